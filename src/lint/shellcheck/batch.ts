import type { Dockerfile } from '../../dockerfile/index.js';
import type { FindingInput, Severity } from '../types.js';
import { busyboxAshRuns, declarationOperands } from './busybox.js';
import { parseShell } from '../../shell/index.js';
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

/**
 * What one ShellCheck process gave. `failed` says this batch of scripts failed on its own (timed out, ran
 * out of memory, crashed): the scripts are tried again in smaller batches. A notice without it (ShellCheck
 * missing or too old) holds for the whole run.
 */
export type ShellcheckOutcome = { ok: true; comments: ShellcheckComment[] } | { ok: false; notice: string; failed?: boolean };

/** Runs ShellCheck over a set of files (the I/O lives outside the pure lint code). */
export interface ShellcheckRunner {
  /** The version of ShellCheck that runs (`0.10.0`), null when it cannot run; BusyBox ash scripts are named by it. */
  version?(): string | null;
  /** How many batches may run at once (the cores ShellCheck may use); 1 when absent. */
  parallelism?: number;
  run(files: readonly ShellcheckFile[], excluded: readonly number[]): ShellcheckOutcome | Promise<ShellcheckOutcome>;
}

/**
 * What ShellCheck is given. Its time and memory grow faster than a script: a RUN of 1,000 commands
 * joined by `&&` takes it 19 s and 2 GB, 4,000 take 400 s and 23 GB, while 200 take 1 s and 90 MB.
 * A script over a limit is not sent; its RUN gets a notice instead.
 */
export const SCRIPT_LIMITS = { bytes: 64 * 1024, commands: 200, perFile: 500 };
/** A batch is one process: few enough scripts that bisecting a failed one takes few rounds. */
export const BATCH_LIMITS = { bytes: 64 * 1024, scripts: 64 };

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

/** Why a script is not sent to ShellCheck, or null when it is within the limits. */
export function overScriptLimits(content: string): string | null {
  if (content.length > SCRIPT_LIMITS.bytes) return `it is ${Math.ceil(content.length / 1024)} KiB, over the ${SCRIPT_LIMITS.bytes / 1024} KiB ShellCheck is given`;
  // The `export NAME=1` header declares the variables in scope; ShellCheck reads those lines cheaply.
  const commands = parseShell(content).commands.filter((c) => !(c.depth === 0 && c.name === 'export')).length;
  if (commands > SCRIPT_LIMITS.commands) return `it has ${commands} commands, over the ${SCRIPT_LIMITS.commands} ShellCheck is given (its time grows faster than the script)`;
  return null;
}

/** The one finding for a script ShellCheck did not check, on its instruction's line. */
function notChecked(script: ShellcheckScript, why: string): FindingInput {
  const what = ['COPY', 'ADD'].includes(script.instruction.keyword) ? 'script' : 'RUN';
  return {
    message: `ShellCheck did not check this ${what}: ${why}`,
    line: script.instruction.line,
    column: script.instruction.column,
    stage: script.instruction.stage,
    severity: 'info',
  };
}

/**
 * Splits the scripts into batches, one ShellCheck process each: at least one per core when there are
 * enough scripts, a few more so that a slow batch does not leave the other cores idle at the end, and
 * none over BATCH_LIMITS.
 */
export function batchesOf(files: readonly ShellcheckFile[], parallelism: number): ShellcheckFile[][] {
  if (files.length === 0) return [];
  const total = files.reduce((sum, f) => sum + f.content.length, 0);
  const count = Math.min(files.length, Math.max(parallelism > 1 ? parallelism * 2 : 1, Math.ceil(total / BATCH_LIMITS.bytes), Math.ceil(files.length / BATCH_LIMITS.scripts)));
  const bytesEach = Math.min(BATCH_LIMITS.bytes, Math.ceil(total / count));
  const scriptsEach = Math.min(BATCH_LIMITS.scripts, Math.ceil(files.length / count));
  const batches: ShellcheckFile[][] = [];
  let batch: ShellcheckFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length > 0 && (batch.length >= scriptsEach || bytes + file.content.length > bytesEach)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += file.content.length;
  }
  batches.push(batch);
  return batches;
}

/** Runs at most `limit` tasks at a time; a finished task hands its slot to the next one waiting. */
function slots(limit: number): <T>(task: () => T | Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < limit) active++;
    else await new Promise<void>((resume) => waiting.push(resume));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

interface Checked {
  comments: ShellcheckComment[];
  /** Scripts ShellCheck failed on by themselves, with why. */
  failed: Map<string, string>;
  /** Said for the whole run (ShellCheck missing): nothing was checked. */
  notice: string | null;
}

/**
 * Checks every file in batches on `runner.parallelism` processes at once. A batch that fails is split
 * in two and each half tried again, so one script that ShellCheck cannot handle costs only its own
 * findings. Comments come back in the order of the files, whatever order the batches finish in.
 */
async function checkInBatches(files: readonly ShellcheckFile[], runner: ShellcheckRunner): Promise<Checked> {
  const parallelism = Math.max(1, Math.floor(runner.parallelism ?? 1));
  const inSlot = slots(parallelism);
  const results: { index: number; comments: ShellcheckComment[] }[] = [];
  const failed = new Map<string, string>();
  const order = new Map(files.map((f, i) => [f.name, i]));
  let notice: string | null = null;
  const check = async (batch: ShellcheckFile[]): Promise<void> => {
    if (notice !== null) return;
    const outcome = await inSlot(() => (notice === null ? runner.run(batch, EXCLUDED_CODES) : null));
    if (!outcome) return;
    if (outcome.ok) results.push({ index: order.get(batch[0]!.name)!, comments: outcome.comments });
    else if (!outcome.failed) notice ??= outcome.notice;
    else if (batch.length === 1) failed.set(batch[0]!.name, outcome.notice);
    else {
      const half = Math.ceil(batch.length / 2);
      await Promise.all([check(batch.slice(0, half)), check(batch.slice(half))]);
    }
  };
  await Promise.all(batchesOf(files, parallelism).map(check));
  results.sort((a, b) => a.index - b.index);
  return { comments: results.flatMap((r) => r.comments), failed, notice };
}

/**
 * Checks the RUN scripts of every Dockerfile with a few ShellCheck processes, not one per RUN: each
 * distinct script becomes a file (scripts repeat across files: it is checked once), the files go to
 * ShellCheck in batches on every core the runner offers, and each comment is mapped back to every
 * Dockerfile, instruction, line and column it came from, with its `SCxxxx` code as an alias and its level
 * as severity. A script over SCRIPT_LIMITS, or one ShellCheck fails on by itself, gets one notice on its
 * instruction instead. Portability findings about what BusyBox ash runs are left out for Alpine's
 * scripts, and the same finding repeated within one instruction is reported once, saying how many times.
 */
export async function runShellcheckForFiles(dockerfiles: readonly Dockerfile[], runner: ShellcheckRunner): Promise<ShellcheckResults> {
  const findings = new Map<string, FindingInput[]>();
  const files: ShellcheckFile[] = [];
  const owners = new Map<string, { path: string; script: ShellcheckScript }[]>();
  const nameOf = new Map<string, string>();
  const refused = new Map<string, string>();
  const version = runner.version?.() ?? null;
  const options = { busybox: version !== null && versionAtLeast(version, BUSYBOX_SHELL_SINCE), maxScripts: SCRIPT_LIMITS.perFile + 1 };
  for (const df of dockerfiles) {
    const own: FindingInput[] = [];
    findings.set(df.path, own);
    const scripts = shellcheckScripts(df, options);
    if (scripts.length > SCRIPT_LIMITS.perFile) {
      // Real Dockerfiles hold a few dozen scripts; thousands would keep ShellCheck busy for minutes.
      own.push(notChecked(scripts.pop()!, `ShellCheck is given at most ${SCRIPT_LIMITS.perFile} scripts of a Dockerfile; this one and those after it were not checked`));
    }
    for (const script of scripts) {
      const extension = script.dialect === 'bash' ? 'bash' : 'sh';
      const key = `${extension}\0${script.content}`;
      let name = nameOf.get(key);
      if (name === undefined) {
        const over = refused.get(key) ?? overScriptLimits(script.content);
        if (over !== null) {
          refused.set(key, over);
          own.push(notChecked(script, over));
          continue;
        }
        name = `script-${files.length + 1}.${extension}`;
        nameOf.set(key, name);
        files.push({ name, content: script.content });
        owners.set(name, []);
      }
      owners.get(name)!.push({ path: df.path, script });
    }
  }
  if (files.length === 0) return { findings, notices: [] };

  const checked = await checkInBatches(files, runner);
  if (checked.notice !== null) return { findings, notices: [checked.notice] };
  for (const [name, why] of checked.failed) {
    for (const { path, script } of owners.get(name)!) findings.get(path)!.push(notChecked(script, why));
  }
  const located: Located[] = [];
  // Each BusyBox ash script is parsed for its declarations once, and only when a finding asks.
  const declarations = new Map<string, (line: number, column: number) => boolean>();
  const inDeclaration = (script: ShellcheckScript, line: number, column: number) => {
    let test = declarations.get(script.content);
    if (!test) declarations.set(script.content, (test = declarationOperands(script.content)));
    return test(line, column);
  };
  for (const comment of checked.comments) {
    for (const { path, script } of owners.get(comment.file) ?? []) {
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
      located.push({ path, script, comment, finding });
    }
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
