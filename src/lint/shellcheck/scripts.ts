import { ancestry, type Dockerfile, type Heredoc, type Instruction } from '../../dockerfile/index.js';
import { runScripts, type RunScript } from '../../shell/index.js';
import { isNonPosixShell, runShells, shellName } from './shell.js';

/** The dialects ShellCheck checks. ash and busybox are read as dash (hadolint silences SC2187 about it). */
export type ShellDialect = 'sh' | 'bash' | 'dash' | 'ksh' | 'ash';

/** One script to give ShellCheck, with the way back to the Dockerfile. */
export interface ShellcheckScript {
  /** The RUN (or ONBUILD) instruction written in the file. */
  instruction: Instruction;
  dialect: ShellDialect;
  /** The file ShellCheck reads: shebang, `export NAME=1` for every variable in scope, then the script. */
  content: string;
  /** Maps a 1-based line/column of `content` to the Dockerfile. */
  locate(line: number, column: number): { line: number; column: number };
}

/** Variables BuildKit passes to every RUN without an ARG (hadolint exports them too). */
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The dialect for a shell program name, or null when ShellCheck cannot read its scripts (zsh, fish, pwsh). */
export function dialectOf(name: string): ShellDialect | null {
  switch (name) {
    case 'sh':
    case 'bash':
    case 'dash':
    case 'ksh':
      return name;
    case 'mksh':
    case 'ksh93':
      return 'ksh';
    case 'ash':
    case 'busybox':
      return 'ash';
    default:
      return null;
  }
}

/** Distributions whose /bin/sh is bash: scripts there may use bash features under `sh`. */
const BASH_AS_SH = /^(fedora|centos|rockylinux|almalinux|amazonlinux|oraclelinux|rhel\d*|ubi\d*(-\w+)?|archlinux|opensuse|leap|tumbleweed)$/;
const DASH_AS_SH = /^(debian|ubuntu)$/;
const ASH_AS_SH = /^(alpine|busybox)$/;
/** Tags naming a Debian or Ubuntu release (`node:22-bookworm`, `eclipse-temurin:21-jammy`). */
const DEBIAN_TAG = /(^|[-_.])(buster|bullseye|bookworm|trixie|forky|sid|focal|jammy|noble|oracular|plucky|questing|resolute)([-_.]|$)/;

/**
 * The dialect `/bin/sh` has in a stage, when its base image says: bash on Fedora and the RHEL family,
 * dash on Debian and Ubuntu (and images tagged with their release names), BusyBox ash on Alpine;
 * plain POSIX sh, as hadolint assumes, when the base does not say.
 */
function shDialect(df: Dockerfile, instruction: Instruction): ShellDialect {
  const stage = df.stages[instruction.stage];
  if (!stage) return 'sh';
  const base = ancestry(df, stage).pop()!.base;
  if (base.kind !== 'image' || !base.image) return 'sh';
  const name = base.image.basename;
  if (BASH_AS_SH.test(name)) return 'bash';
  if (DASH_AS_SH.test(name)) return 'dash';
  const tag = base.image.tag ?? '';
  if (ASH_AS_SH.test(name) || /alpine/.test(tag)) return 'ash';
  if (DEBIAN_TAG.test(tag)) return 'dash';
  return 'sh';
}

/** The interpreter a `#!` line names: `#!/usr/bin/env bash` → `bash`; null without a shebang. */
function shebangProgram(text: string): string | null {
  const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
  if (!m) return null;
  const program = m[1]!.slice(m[1]!.lastIndexOf('/') + 1);
  return program === 'env' && m[2] ? m[2] : program;
}

/** Where an offset of an instruction's joined arguments is in the file (line and column). */
function argsPosition(df: Dockerfile, ins: Instruction, offset: number): { line: number; column: number } {
  let index = 0;
  for (let i = 0; i < ins.argsLines.length; i++) if (ins.argsLines[i]!.offset <= offset) index = i;
  const start = ins.argsLines[index];
  if (!start) return { line: ins.line, column: ins.column };
  const end = ins.argsLines[index + 1]?.offset ?? ins.args.length;
  // The physical line holds this piece of the arguments, after the keyword or indentation.
  const piece = ins.args.slice(start.offset, Math.min(end, start.offset + 24)).trimEnd();
  const physical = df.lines[start.line - 1] ?? '';
  const at = piece === '' ? -1 : physical.indexOf(piece);
  return { line: start.line, column: at < 0 ? 1 : at + 1 + (offset - start.offset) };
}

function heredocPosition(heredoc: Heredoc, offset: number): { line: number; column: number } {
  const before = heredoc.content.slice(0, offset);
  const newline = before.lastIndexOf('\n');
  return { line: heredoc.line + (before.split('\n').length - 1), column: offset - newline };
}

/** Start offsets of each line of a text. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function variablesFor(df: Dockerfile, instruction: Instruction, run: Instruction): string[] {
  const names = new Set<string>(PROXY_VARIABLES);
  // An ONBUILD trigger runs in a later build, where this build's ARGs no longer exist; ENV does.
  const withArgs = run === instruction;
  if (instruction.stage < 0) {
    // Before any FROM (hadolint's fragments) the model has no scope: take the ARGs and ENVs written so far.
    for (const ins of df.preamble) {
      if (ins.line >= instruction.line) break;
      if (ins.keyword === 'ENV' || (ins.keyword === 'ARG' && withArgs)) for (const p of ins.pairs) names.add(p.key);
    }
  } else {
    for (const name of run.scope.env.keys()) names.add(name);
    if (withArgs) for (const name of run.scope.args.keys()) names.add(name);
  }
  return [...names].filter((n) => IDENTIFIER.test(n)).sort();
}

/**
 * Builds a script file: header (shebang and exports, or the script's own shebang followed by the
 * exports) and body, with `position(offset)` mapping body offsets to the file.
 */
function makeScript(
  instruction: Instruction,
  dialect: ShellDialect,
  variables: readonly string[],
  body: string,
  position: (offset: number) => { line: number; column: number },
): ShellcheckScript {
  const exports = variables.map((v) => `export ${v}=1`);
  const ownShebang = body.startsWith('#!');
  const firstBreak = body.indexOf('\n');
  const shebang = ownShebang ? body.slice(0, firstBreak < 0 ? body.length : firstBreak) : `#!/bin/${dialect}`;
  const rest = ownShebang ? (firstBreak < 0 ? '' : body.slice(firstBreak + 1)) : body;
  const restOffset = ownShebang ? (firstBreak < 0 ? body.length : firstBreak + 1) : 0;
  const content = [shebang, ...exports, rest].join('\n') + '\n';
  const header = 1 + exports.length;
  const starts = lineStarts(rest);
  return {
    instruction,
    dialect,
    content,
    locate(line, column) {
      if (line <= header) return ownShebang && line === 1 ? position(Math.max(0, column - 1)) : { line: instruction.line, column: instruction.column };
      const start = starts[line - header - 1];
      if (start === undefined) return { line: instruction.line, column: instruction.column };
      return position(restOffset + start + Math.max(0, column - 1));
    },
  };
}

/** Appends heredoc bodies the shell reads as data (`cat <<EOF > file`), so the script is what the shell sees. */
function withHeredocData(run: Instruction): { text: string; position: (df: Dockerfile, offset: number) => { line: number; column: number } } {
  let text = run.args;
  const segments: { start: number; heredoc: Heredoc }[] = [];
  // A `<<<` here-string is not a heredoc, though the model may list one named `<` (reported upstream).
  for (const heredoc of run.heredocs.filter((h) => !h.name.startsWith('<'))) {
    text += '\n';
    segments.push({ start: text.length, heredoc });
    text += `${heredoc.content}\n${heredoc.name}`;
  }
  return {
    text,
    position(df, offset) {
      for (let i = segments.length - 1; i >= 0; i--) {
        const segment = segments[i]!;
        if (offset >= segment.start) return heredocPosition(segment.heredoc, Math.min(offset - segment.start, segment.heredoc.content.length));
      }
      return argsPosition(df, run, Math.min(offset, run.args.length));
    },
  };
}

/**
 * The scripts ShellCheck should read for one Dockerfile: every RUN and ONBUILD RUN in shell form under
 * the shell in effect, `sh -c`/`bash -c` scripts of exec forms under that shell, and heredoc scripts
 * under their shebang or their launcher. Scripts for shells ShellCheck does not know (PowerShell,
 * cmd, zsh, python heredocs) are left out, as are exec forms that start no shell.
 */
export function shellcheckScripts(df: Dockerfile): ShellcheckScript[] {
  const shells = runShells(df);
  const out: ShellcheckScript[] = [];
  for (const instruction of df.instructions) {
    const run = instruction.keyword === 'RUN' ? instruction : instruction.trigger?.keyword === 'RUN' ? instruction.trigger : null;
    if (!run) continue;
    const shell = shells.get(instruction)?.argv ?? ['/bin/sh', '-c'];
    const named = isNonPosixShell(shell) ? null : dialectOf(shellName(shell));
    const stageDialect = named === 'sh' ? shDialect(df, instruction) : named;
    const variables = variablesFor(df, instruction, run);
    const scripts = runScripts(run);
    const runsHeredocScripts = scripts.some((s) => s.source === 'heredoc');
    let heredocIndex = 0;
    for (const script of scripts) {
      if (script.source === 'shell') {
        // `RUN <<EOF` / `RUN bash <<EOF`: the shell form only launches the heredoc scripts checked below.
        if (runsHeredocScripts || !stageDialect) continue;
        const { text, position } = withHeredocData(run);
        out.push(makeScript(instruction, stageDialect, variables, text, (offset) => position(df, offset)));
      } else if (script.source === 'exec') {
        const argv = run.execForm ?? [];
        const dialect = dialectOf(shellName(argv));
        const c = argv.indexOf('-c');
        if (!dialect || c < 0 || c + 1 >= argv.length) continue;
        out.push(makeScript(instruction, dialect, variables, script.text, () => ({ line: instruction.line, column: instruction.column })));
      } else {
        const heredoc = heredocBodyOf(run, script, heredocIndex++);
        if (!heredoc) continue;
        const program = shebangProgram(script.text);
        const launcher = scripts.find((s) => s.source === 'shell')?.parsed.commands.find((c) => c.depth === 0);
        const dialect = program !== null ? dialectOf(program) : launcher ? dialectOf(launcher.base) : stageDialect;
        if (!dialect) continue;
        out.push(makeScript(instruction, dialect, variables, script.text, (offset) => heredocPosition(heredoc, offset)));
      }
    }
  }
  return out;
}

/** The heredoc a heredoc script comes from (they are listed in the same order). */
function heredocBodyOf(run: Instruction, script: RunScript, index: number): Heredoc | null {
  const heredoc = run.heredocs[index];
  return heredoc && heredoc.content === script.text ? heredoc : (run.heredocs.find((h) => h.content === script.text) ?? null);
}
