import { parseMountOptions, stageSystemShell, type Dockerfile, type Heredoc, type Instruction, type SystemShell } from '../../dockerfile/index.js';
import { runScripts, type RunScript } from '../../shell/index.js';
import { breakableContinuations } from './continuations.js';
import { MappedText, type Position } from './mapped-text.js';
import { isNonPosixShell, runShells, scriptShell, shebangArgv, shellName } from './shell.js';

/** The dialects ShellCheck checks; `ash` is BusyBox ash, Alpine's /bin/sh. */
export type ShellDialect = 'sh' | 'bash' | 'dash' | 'ksh' | 'ash';

/** One script to give ShellCheck, with the way back to the Dockerfile. */
export interface ShellcheckScript {
  /** The instruction written in the file: a RUN, the ONBUILD around one, or a COPY/ADD whose heredoc is a script. */
  instruction: Instruction;
  dialect: ShellDialect;
  /**
   * The file ShellCheck reads: a shebang, the `# shellcheck shell=` directive, `export NAME=1` for every
   * variable in scope, then the script on the Dockerfile's own lines.
   */
  content: string;
  /** Maps a 1-based line/column of `content` to the Dockerfile. */
  locate(line: number, column: number): Position;
}

export interface ScriptOptions {
  /** Whether ShellCheck knows `busybox` as a shell (0.10 and later). */
  busybox: boolean;
  /** Stop after this many scripts (a file of 40,000 RUNs need not build them all to be refused). */
  maxScripts?: number;
}

/** Variables BuildKit passes to every RUN without an ARG (hadolint exports them too). */
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Past this many variables in scope a script declares only those it mentions: declaring every one for
 * every RUN costs the square of a Dockerfile's length (20,000 ARG + RUN pairs would write 200 million
 * `export` lines, and ShellCheck takes about a second per 250 of them), and ShellCheck only asks about
 * the names a script uses.
 */
const DECLARE_ALL_UP_TO = 64;

/** The names a scope holds that these texts mention (as a word: `$NAME`, `${NAME}`), or all of them in a small scope. */
function inScope(scope: ReadonlyMap<string, unknown>, texts: () => readonly string[]): Iterable<string> {
  if (scope.size <= DECLARE_ALL_UP_TO) return scope.keys();
  const mentioned = new Set<string>();
  for (const text of texts()) for (const word of text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) mentioned.add(word);
  return [...mentioned].filter((name) => scope.has(name));
}
const DEFAULT_SHELL = ['/bin/sh', '-c'];

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

/**
 * The shell ShellCheck is told a script is for. BusyBox ash is `busybox` from ShellCheck 0.10 on;
 * before that POSIX `sh`, because ShellCheck's `ash` means dash, whose errors BusyBox does not share.
 */
export function shellcheckShell(dialect: ShellDialect, options: ScriptOptions): string {
  return dialect === 'ash' ? (options.busybox ? 'busybox' : 'sh') : dialect;
}

/** The dialect of a shell's argv, `sh` read as the image's /bin/sh when the base image says which it is. */
function dialectOfShell(argv: readonly string[], system: SystemShell | null): ShellDialect | null {
  if (isNonPosixShell(argv)) return null;
  const dialect = dialectOf(shellName(argv));
  return dialect === 'sh' && system ? system.shell : dialect;
}

/** The variables a RUN sees: the proxies BuildKit passes, ENV, this build's ARGs, and secrets mounted as variables. */
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
    const texts = () => [run.args, ...run.heredocs.map((h) => h.content)];
    for (const name of inScope(run.scope.env, texts)) names.add(name);
    if (withArgs) for (const name of inScope(run.scope.args, texts)) names.add(name);
  }
  // `--mount=type=secret,id=token,env=TOKEN` puts the secret in the RUN's environment.
  for (const flag of run.flags) {
    if (flag.name !== 'mount' || flag.value === null) continue;
    const options = parseMountOptions(flag.value);
    const env = options.get('env');
    if (options.get('type') === 'secret' && env) names.add(env);
  }
  return [...names].filter((n) => IDENTIFIER.test(n)).sort();
}

/** Builds a script: its shebang (the script's own, or one for the dialect), the header, then the body. */
function makeScript(
  instruction: Instruction,
  dialect: ShellDialect,
  variables: readonly string[],
  options: ScriptOptions,
  shebang: { text: string; at: Position } | null,
  writeBody: (text: MappedText) => void,
): ShellcheckScript {
  const at = { line: instruction.line, column: instruction.column };
  const text = new MappedText();
  if (shebang) text.copy(shebang.text, shebang.at);
  else text.add(`#!/bin/${dialect}`, at);
  // The directive, not the shebang, decides the shell: `#!/bin/sh` on Alpine is BusyBox ash.
  text.add(`\n# shellcheck shell=${shellcheckShell(dialect, options)}\n`, at);
  for (const name of variables) text.add(`export ${name}=1\n`, at);
  writeBody(text);
  text.add('\n', at);
  return { instruction, dialect, content: text.content, locate: (line, column) => text.locate(line, column) };
}

/**
 * A shell-form RUN as the shell reads it, on the Dockerfile's own lines: each continuation BuildKit
 * joined becomes `\` and a line break again (which the shell removes the same way), so ShellCheck sees
 * no joined lines (SC2291) and its columns are the file's. Heredoc bodies the script reads as data
 * (`cat <<EOF > file`) follow, as the shell sees them.
 */
function writeShellForm(df: Dockerfile, run: Instruction, text: MappedText): void {
  const starts = run.argsLines.length > 0 ? run.argsLines : [{ offset: 0, line: run.line }];
  const breakable = breakableContinuations(run.args, starts.slice(1).map((s) => s.offset));
  let end: Position = { line: run.line, column: run.column };
  starts.forEach((start, i) => {
    const piece = run.args.slice(i === 0 ? 0 : start.offset, starts[i + 1]?.offset ?? run.args.length);
    // Each piece is the text of its physical line up to the continuation, after keyword and flags on the first.
    const column = (df.lines[start.line - 1] ?? '').lastIndexOf(piece) + 1 || 1;
    if (i > 0 && breakable[i - 1]) text.add('\\\n', end);
    text.copy(piece, { line: start.line, column });
    end = { line: start.line, column: column + piece.length };
  });
  // A `<<<` here-string is not a heredoc, though the model may list one named `<` (reported upstream).
  for (const heredoc of run.heredocs.filter((h) => !h.name.startsWith('<'))) {
    text.add('\n', end);
    text.copy(heredoc.content, { line: heredoc.line, column: 1 });
    end = { line: heredoc.line + heredoc.content.split('\n').length, column: 1 };
    text.add(`\n${heredoc.name}`, end);
  }
}

/** A heredoc body that is a script: its own shebang stays its first line. */
function heredocScript(instruction: Instruction, heredoc: Heredoc, dialect: ShellDialect, variables: readonly string[], options: ScriptOptions): ShellcheckScript {
  const content = heredoc.content;
  const firstBreak = content.startsWith('#!') ? content.indexOf('\n') : -1;
  const shebang = content.startsWith('#!') ? { text: firstBreak < 0 ? content : content.slice(0, firstBreak), at: { line: heredoc.line, column: 1 } } : null;
  const body = shebang ? (firstBreak < 0 ? '' : content.slice(firstBreak + 1)) : content;
  const bodyLine = shebang ? heredoc.line + 1 : heredoc.line;
  return makeScript(instruction, dialect, variables, options, shebang, (text) => text.copy(body, { line: bodyLine, column: 1 }));
}

/** The scripts a RUN (or an ONBUILD's RUN trigger) executes, each under the shell that runs it. */
function runScriptsOf(df: Dockerfile, instruction: Instruction, run: Instruction, shell: readonly string[], system: SystemShell | null, options: ScriptOptions): ShellcheckScript[] {
  const out: ShellcheckScript[] = [];
  const variables = variablesFor(df, instruction, run);
  const scripts = runScripts(run);
  const launchesHeredocs = scripts.some((s) => s.source === 'heredoc');
  let heredocIndex = 0;
  for (const script of scripts) {
    const dialect = dialectOfShell(scriptShell(script, scripts, run.execForm, shell), system);
    if (script.source === 'heredoc') {
      const heredoc = heredocBodyOf(run, script, heredocIndex++);
      if (heredoc && dialect) out.push(heredocScript(instruction, heredoc, dialect, variables, options));
    } else if (!dialect) {
      continue;
    } else if (script.source === 'shell') {
      // `RUN <<EOF` / `RUN bash <<EOF`: the shell form only launches the heredoc scripts checked on their own.
      if (!launchesHeredocs) out.push(makeScript(instruction, dialect, variables, options, null, (text) => writeShellForm(df, run, text)));
    } else {
      // An exec form is a script only when it starts a shell with `-c`; the JSON array has no lines of its own.
      const argv = run.execForm ?? [];
      const c = argv.indexOf('-c');
      if (c < 0 || c + 1 >= argv.length) continue;
      out.push(makeScript(instruction, dialect, variables, options, null, (text) => text.add(script.text, { line: instruction.line, column: instruction.column })));
    }
  }
  return out;
}

/**
 * Scripts an instruction writes into the image for later — a COPY or ADD heredoc (`COPY <<'EOF'
 * /entrypoint.sh`) or a body a RUN reads as data (`RUN cat <<'EOF' > /entrypoint.sh`) — when they start
 * with a shell's shebang: they run in the container under that shell, with the stage's ENV. Only bodies
 * written as they stand are checked: a quoted delimiter, or nothing for BuildKit or the shell to expand
 * (`$`, backticks, backslashes), since an expanded body is not the script that ends up in the image.
 */
function writtenScripts(instruction: Instruction, system: SystemShell | null, options: ScriptOptions): ShellcheckScript[] {
  let bodies: readonly Heredoc[];
  if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') bodies = instruction.heredocs;
  else if (instruction.keyword === 'RUN') {
    const executed = runScripts(instruction).filter((s) => s.source === 'heredoc');
    bodies = instruction.heredocs.filter((h) => !h.name.startsWith('<') && !executed.some((s) => s.text === h.content));
  } else return [];
  const out: ShellcheckScript[] = [];
  for (const heredoc of bodies) {
    const argv = shebangArgv(heredoc.content);
    const dialect = argv ? dialectOfShell(argv, system) : null;
    if (!dialect || (!heredoc.quoted && /[$`\\]/.test(heredoc.content))) continue;
    const variables = [...inScope(instruction.scope.env, () => [heredoc.content])].filter((n) => IDENTIFIER.test(n)).sort();
    out.push(heredocScript(instruction, heredoc, dialect, variables, options));
  }
  return out;
}

/**
 * The scripts ShellCheck should read for one Dockerfile: every RUN and ONBUILD RUN in shell form under
 * the shell in effect, `sh -c`/`bash -c` scripts of exec forms under that shell, heredoc scripts under
 * their shebang or their launcher, and scripts COPY, ADD and RUN heredocs write into the image. `sh` is
 * the base image's /bin/sh when the image says which (dash on Debian, BusyBox ash on Alpine). Scripts
 * for shells ShellCheck does not know (PowerShell, cmd, zsh, python heredocs) are left out, as are exec
 * forms that start no shell.
 */
export function shellcheckScripts(df: Dockerfile, options: ScriptOptions = { busybox: false }): ShellcheckScript[] {
  const shells = runShells(df);
  const out: ShellcheckScript[] = [];
  for (const instruction of df.instructions) {
    const system = stageSystemShell(df, df.stages[instruction.stage]);
    const run = instruction.keyword === 'RUN' ? instruction : instruction.trigger?.keyword === 'RUN' ? instruction.trigger : null;
    if (run) out.push(...runScriptsOf(df, instruction, run, shells.get(instruction)?.argv ?? DEFAULT_SHELL, system, options));
    out.push(...writtenScripts(instruction, system, options));
    if (options.maxScripts !== undefined && out.length >= options.maxScripts) return out.slice(0, options.maxScripts);
  }
  return out;
}

/** The heredoc a heredoc script comes from (they are listed in the same order). */
function heredocBodyOf(run: Instruction, script: RunScript, index: number): Heredoc | null {
  const heredoc = run.heredocs[index];
  return heredoc && heredoc.content === script.text ? heredoc : (run.heredocs.find((h) => h.content === script.text) ?? null);
}
