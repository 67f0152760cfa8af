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
  /** Codes ignored in the whole file; `*` means every BuildKit check. */
  global: Set<string>;
  /** Per instruction line range, the codes ignored there. */
  ranges: SuppressedRange[];
  /** BuildKit checks switched on with `# check=experimental=…` (`all` for all of them). */
  experimental: Set<string>;
  /** `# check=error=true`: BuildKit's checks fail the build. */
  checkErrors: boolean;
  /** `# hadolint shell=…`, the last one written. */
  shell: string | null;
}

export interface SuppressedRange {
  line: number;
  endLine: number;
  codes: Set<string>;
  /** Line of the comment, so unused suppressions can be reported. */
  commentLine: number;
}

/** Stands for "every check BuildKit knows" in `check=skip=all`. */
export const BUILDKIT_ALL = 'buildkit:all';

const PRAGMA = /^(stagecraft|hadolint)\s+(?:(global|stage)\s+)?ignore\s*=\s*([\w\-.*]+(?:\s*,\s*[\w\-.*]+)*)/i;
const SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*(\S+)/i;
const CHECK_COMMENT = /^check\s*=\s*(\S+)/i;

function codes(list: string): string[] {
  return list
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
}

interface CheckOptions {
  skip: string[];
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
    if (key === 'skip') out.skip = v === 'all' ? [BUILDKIT_ALL] : codes(v);
    else if (key === 'experimental') out.experimental = v === 'all' ? [BUILDKIT_ALL] : codes(v);
    else if (key === 'error') out.error = /^(1|t|true)$/i.test(v);
    else return null;
  }
  return out;
}

/**
 * @param inlineIgnores false (hadolint's `disable-ignore-pragma`): `# stagecraft/hadolint … ignore=`
 *   comments are not honoured; BuildKit's `# check=` directives and comments still are.
 */
export function collectSuppressions(df: Dockerfile, inlineIgnores = true): Suppressions {
  const result: Suppressions = { global: new Set(), ranges: [], experimental: new Set(), checkErrors: false, shell: null };

  for (const directive of df.directives) {
    if (directive.name !== 'check') continue;
    const opts = parseCheckOptions(directive.value);
    if (!opts) continue;
    for (const c of opts.skip) result.global.add(c);
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
    let found: string[] = [];
    let kind: string | undefined;
    if (pragma) {
      if (!inlineIgnores) continue;
      found = codes(pragma[3]!);
      kind = pragma[2]?.toLowerCase();
    } else if (check) {
      const opts = parseCheckOptions(check[1]!);
      if (!opts || opts.skip.length === 0) continue;
      found = opts.skip;
    } else continue;

    if (kind === 'global') {
      for (const c of found) result.global.add(c);
    } else if (kind === 'stage') {
      result.ranges.push({ line: comment.line + 1, endLine: stageEnd(comment.line), codes: new Set(found), commentLine: comment.line });
    } else {
      const ins = nextInstruction(comment.line);
      if (!ins || !onlyCommentsBetween(df, comment.line, ins.line)) continue;
      result.ranges.push({ line: ins.line, endLine: ins.endLine, codes: new Set(found), commentLine: comment.line });
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
