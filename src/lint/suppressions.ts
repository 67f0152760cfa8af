import type { Dockerfile, Instruction } from '../dockerfile/index.js';

/**
 * The suppressions written in a Dockerfile, in every dialect a team may already use:
 * - `# stagecraft ignore=ID[,ID]` / `# hadolint ignore=…` on the lines above an instruction;
 * - `# stagecraft global ignore=…` / `# hadolint global ignore=…` anywhere: the whole file;
 * - `# stagecraft stage ignore=…` / `# hadolint stage ignore=…`: from there to the end of the stage;
 * - BuildKit's `# check=skip=A,B` (or `skip=all`) directive, and the same comment above an instruction;
 * - `# hadolint shell=…`: the shell ShellCheck should assume for RUN.
 * Codes are rule ids or any alias, compared case-insensitively.
 */
export interface Suppressions {
  /** Every code of every suppression comment and `check=skip=` directive, in file order. */
  entries: Suppression[];
  /** BuildKit checks switched on with `# check=experimental=…` (`all` for all of them). */
  experimental: Set<string>;
  /** `# check=error=true`: BuildKit's checks fail the build. */
  checkErrors: boolean;
  /** `# hadolint shell=…`, the last one written. */
  shell: string | null;
}

/** One code of one suppression: `DL3008` in `# hadolint ignore=DL3008,DL3015`. */
export interface Suppression {
  /** As written, for messages. */
  written: string;
  /** Lower-cased, as findings are matched; BUILDKIT_ALL for `skip=all`. */
  code: string;
  /** The comment's (or directive's) line. */
  line: number;
  /** The lines it silences; null for the whole file (`global ignore=`, the `check=skip=` directive). */
  covers: { line: number; endLine: number } | null;
  /** How it is written, for messages: `# hadolint ignore=`, `# stagecraft stage ignore=`, `# check=skip=`. */
  form: string;
  /** Set by the engine once it silences a finding (unused-suppression reports those never set). */
  used: boolean;
}

/** Stands for "every check BuildKit knows" in `check=skip=all`. */
export const BUILDKIT_ALL = 'buildkit:all';

const PRAGMA = /^(stagecraft|hadolint)\s+(?:(global|stage)\s+)?ignore\s*=\s*([\w\-.*]+(?:\s*,\s*[\w\-.*]+)*)/i;
const SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*(\S+)/i;
const CHECK_COMMENT = /^check\s*=\s*(\S+)/i;
const CHECK_FORM = '# check=skip=';

/** A comma-separated list of codes, as written. */
function codes(list: string): string[] {
  return list
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

interface CheckOptions {
  /** Check names as written; `all` alone stands for every one. */
  skip: string[];
  /** Lower-cased; BUILDKIT_ALL for `all`. */
  experimental: string[];
  error: boolean | null;
}

/** BuildKit's `check=` value: `skip=A,B;experimental=all;error=true`. Returns null when malformed. */
export function parseCheckOptions(value: string): CheckOptions | null {
  const out: CheckOptions = { skip: [], experimental: [], error: null };
  const first = value.trim().split(/\s/)[0] ?? '';
  if (first === '') return out;
  for (const part of first.split(';').slice(0, 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const key = part.slice(0, eq).trim().toLowerCase();
    const v = part.slice(eq + 1).trim();
    if (key === 'skip') out.skip = codes(v);
    else if (key === 'experimental') out.experimental = v === 'all' ? [BUILDKIT_ALL] : codes(v).map((c) => c.toLowerCase());
    else if (key === 'error') out.error = /^(1|t|true)$/i.test(v);
    else return null;
  }
  return out;
}

/** The entries of one comment or directive, one per code. `check=skip=all` (alone) is the only wildcard, and BuildKit's. */
function entriesOf(written: string[], at: Pick<Suppression, 'line' | 'covers' | 'form'>): Suppression[] {
  const wildcard = at.form === CHECK_FORM && written.length === 1 && written[0] === 'all';
  return written.map((w) => ({ ...at, written: w, code: wildcard ? BUILDKIT_ALL : w.toLowerCase(), used: false }));
}

/**
 * @param inlineIgnores false (hadolint's `disable-ignore-pragma`): `# stagecraft/hadolint … ignore=`
 *   comments are not honoured; BuildKit's `# check=` directives and comments still are.
 */
export function collectSuppressions(df: Dockerfile, inlineIgnores = true): Suppressions {
  const result: Suppressions = { entries: [], experimental: new Set(), checkErrors: false, shell: null };

  for (const directive of df.directives) {
    if (directive.name !== 'check') continue;
    const opts = parseCheckOptions(directive.value);
    if (!opts) continue;
    result.entries.push(...entriesOf(opts.skip, { line: directive.line, covers: null, form: CHECK_FORM }));
    for (const c of opts.experimental) result.experimental.add(c);
    if (opts.error !== null) result.checkErrors = opts.error;
  }

  const sorted = df.instructions;
  let cursor = 0;
  const nextInstruction = (line: number): Instruction | null => {
    while (cursor < sorted.length && sorted[cursor]!.line <= line) cursor++;
    return sorted[cursor] ?? null;
  };
  const stageEnd = (line: number): number => {
    const stage = df.stages.find((s) => s.from.line <= line + 1 && line + 1 <= s.endLine);
    if (stage) return stage.endLine;
    const next = df.stages.find((s) => s.from.line > line);
    return next ? next.endLine : df.lines.length;
  };

  for (const comment of df.comments) {
    if (comment.embedded) continue;
    const text = comment.text;
    const shell = SHELL_PRAGMA.exec(text);
    if (shell) result.shell = shell[1]!;
    const pragma = PRAGMA.exec(text);
    const check = CHECK_COMMENT.exec(text);
    let found: string[];
    let kind: string | undefined;
    let form: string;
    if (pragma) {
      if (!inlineIgnores) continue;
      found = codes(pragma[3]!);
      kind = pragma[2]?.toLowerCase();
      form = `# ${pragma[1]!.toLowerCase()} ${kind ? `${kind} ` : ''}ignore=`;
    } else if (check) {
      const opts = parseCheckOptions(check[1]!);
      if (!opts || opts.skip.length === 0) continue;
      found = opts.skip;
      form = CHECK_FORM;
    } else continue;

    const at = (covers: Suppression['covers']) => ({ line: comment.line, covers, form });
    if (kind === 'global') {
      result.entries.push(...entriesOf(found, at(null)));
    } else if (kind === 'stage') {
      result.entries.push(...entriesOf(found, at({ line: comment.line + 1, endLine: stageEnd(comment.line) })));
    } else {
      const ins = nextInstruction(comment.line);
      if (!ins || !onlyCommentsBetween(df, comment.line, ins.line)) continue;
      result.entries.push(...entriesOf(found, at({ line: ins.line, endLine: ins.endLine })));
    }
  }
  return result;
}

function onlyCommentsBetween(df: Dockerfile, from: number, to: number): boolean {
  for (let l = from + 1; l < to; l++) {
    const text = df.lines[l - 1]!.trim();
    if (text !== '' && !text.startsWith('#')) return false;
  }
  return true;
}
