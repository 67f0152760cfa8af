import type { Dockerfile } from '../../dockerfile/index.js';
import type { FindingInput, Severity } from '../types.js';
import { busyboxAshRuns, declarationOperands } from './busybox.js';
import { shellcheckScripts, type ShellcheckScript } from './scripts.js';

/**
 * ShellCheck codes left out, as hadolint does: SC2187 (ash is checked as dash; BusyBox ash scripts are
 * named `busybox` or `sh` here, so it should not come up), SC1090/SC1091 (following `source`d files needs a `# shellcheck source=` directive a Dockerfile
 * cannot carry, and the files are in the image, not next to the Dockerfile).
 */
export const EXCLUDED_CODES: readonly number[] = [1090, 1091, 2187];

/** One file of a ShellCheck run. */
export interface ShellcheckFile {
  /** File name, unique within the run (relative: the runner decides where it lives). */
  name: string;
  content: string;
}

/** One comment of ShellCheck's `--format=json1` output. */
export interface ShellcheckComment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

export type ShellcheckOutcome = { ok: true; comments: ShellcheckComment[] } | { ok: false; notice: string };

/** Runs ShellCheck over a set of files, once (the I/O lives outside the pure lint code). */
export interface ShellcheckRunner {
  /** The version of ShellCheck that runs (`0.10.0`), null when it cannot run; BusyBox ash scripts are named by it. */
  version?(): string | null;
  run(files: readonly ShellcheckFile[], excluded: readonly number[]): ShellcheckOutcome;
}

export interface ShellcheckResults {
  /** ShellCheck's findings per Dockerfile path, ready for the `shellcheck` rule. */
  findings: Map<string, FindingInput[]>;
  /** Said once for the whole run, e.g. that ShellCheck is not installed. */
  notices: string[];
}

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };

/** Reads `shellcheck --format=json1` output; throws on anything else. */
export function parseJson1(output: string): ShellcheckComment[] {
  const data = JSON.parse(output) as { comments?: unknown };
  if (!data || !Array.isArray(data.comments)) throw new Error('no "comments" array in ShellCheck output');
  return data.comments as ShellcheckComment[];
}

/** Whether a ShellCheck version (`0.10.0`) is at least `minimum` (`[0, 10]`). */
export function versionAtLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < minimum.length; i++) {
    const have = parts[i] ?? 0;
    if (have !== minimum[i]) return have > minimum[i]!;
  }
  return true;
}

/** ShellCheck 0.10 added `busybox` as a shell. */
const BUSYBOX_SHELL_SINCE = [0, 10];

/** A ShellCheck comment mapped back to its instruction, before repeats are counted. */
interface Located {
  path: string;
  script: ShellcheckScript;
  comment: ShellcheckComment;
  finding: FindingInput;
}

/**
 * Checks the RUN scripts of every Dockerfile with one ShellCheck run, not one per RUN: each script
 * becomes a file, ShellCheck reads them all, and each comment is mapped back to its Dockerfile,
 * instruction, line and column, with its `SCxxxx` code as an alias and its level as severity.
 * Portability findings about what BusyBox ash runs are left out for Alpine's scripts, and the same
 * finding repeated within one instruction is reported once, saying how many times it occurs.
 */
export function runShellcheckForFiles(dockerfiles: readonly Dockerfile[], runner: ShellcheckRunner): ShellcheckResults {
  const findings = new Map<string, FindingInput[]>();
  const files: ShellcheckFile[] = [];
  const owners = new Map<string, { path: string; script: ShellcheckScript }>();
  const version = runner.version?.() ?? null;
  const options = { busybox: version !== null && versionAtLeast(version, BUSYBOX_SHELL_SINCE) };
  for (const df of dockerfiles) {
    findings.set(df.path, []);
    for (const script of shellcheckScripts(df, options)) {
      const name = `script-${files.length + 1}.${script.dialect === 'bash' ? 'bash' : 'sh'}`;
      files.push({ name, content: script.content });
      owners.set(name, { path: df.path, script });
    }
  }
  if (files.length === 0) return { findings, notices: [] };

  const outcome = runner.run(files, EXCLUDED_CODES);
  if (!outcome.ok) return { findings, notices: [outcome.notice] };
  const located: Located[] = [];
  // Each BusyBox ash script is parsed for its declarations once, and only when a finding asks.
  const declarations = new Map<ShellcheckScript, (line: number, column: number) => boolean>();
  const inDeclaration = (script: ShellcheckScript, line: number, column: number) => {
    let test = declarations.get(script);
    if (!test) declarations.set(script, (test = declarationOperands(script.content)));
    return test(line, column);
  };
  for (const comment of outcome.comments) {
    const owner = owners.get(comment.file);
    if (!owner) continue;
    const { script } = owner;
    if (script.dialect === 'ash' && busyboxAshRuns(comment, (line, column) => inDeclaration(script, line, column))) continue;
    const start = script.locate(comment.line, comment.column);
    const end = comment.endLine === comment.line ? script.locate(comment.endLine, Math.max(comment.column, comment.endColumn - 1)) : script.locate(comment.endLine, 1);
    const finding: FindingInput = {
      message: comment.message,
      line: start.line,
      endLine: Math.max(start.line, end.line),
      column: start.column,
      stage: script.instruction.stage,
      aliases: [`SC${comment.code}`],
      severity: LEVELS[comment.level] ?? 'warning',
    };
    located.push({ path: owner.path, script, comment, finding });
  }
  for (const { path, finding } of countRepeats(located)) findings.get(path)!.push(finding);
  return { findings, notices: [] };
}

/**
 * One finding for each ShellCheck finding an instruction repeats (the same code and message: `$x`
 * unquoted on ten lines of one RUN), at its first place, saying how many times and on which lines.
 */
function countRepeats(located: readonly Located[]): Located[] {
  const groups = new Map<string, Located[]>();
  for (const entry of located) {
    const key = [entry.path, entry.script.instruction.line, entry.comment.code, entry.comment.message].join('\0');
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const first = group.reduce((a, b) => (b.finding.line < a.finding.line || (b.finding.line === a.finding.line && b.finding.column! < a.finding.column!) ? b : a));
    const lines = [...new Set(group.map((g) => g.finding.line))].sort((a, b) => a - b);
    const where = lines.length > 1 ? `, on lines ${lines.join(', ')}` : '';
    const instruction = ['COPY', 'ADD'].includes(first.script.instruction.keyword) ? 'script' : 'RUN';
    return { ...first, finding: { ...first.finding, message: `${first.finding.message} (${group.length} times in this ${instruction}${where})` } };
  });
}
