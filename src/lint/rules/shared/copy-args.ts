import { parseWords, type Instruction } from '../../../dockerfile/index.js';

/**
 * The sources and destination of a COPY or ADD as hadolint reads them: words split as BuildKit does,
 * surrounding quotes removed, backslashes kept (Windows paths such as `C:\app` stay readable).
 * Variables are left as written.
 */
export interface CopyArgs {
  /** Source words, heredoc markers (`<<EOF`) included. */
  sources: string[];
  destination: string;
  /** The `--from` value as written, or null when the sources come from the build context. */
  from: string | null;
}

/** Removes the quote characters around a word (`"/app"` → `/app`), like hadolint's `dropQuotes`. */
export function stripQuotes(word: string): string {
  return word.replace(/^["']+|["']+$/g, '');
}

/** Whether a source word is a heredoc (`<<EOF`, `<<-"EOF"`) rather than a path. */
export function isHeredocSource(word: string): boolean {
  return /^<<-?\S/.test(word);
}

/** Reads a COPY or ADD (or an ONBUILD trigger that is one); null for other instructions or fewer than two words. */
export function copyArgs(ins: Instruction, escapeChar = '\\'): CopyArgs | null {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return null;
  const words = ins.execForm ?? parseWords(ins.args, escapeChar).map(stripQuotes);
  if (words.length < 2) return null;
  const from = ins.flags.find((f) => f.name === 'from');
  return { sources: words.slice(0, -1), destination: words[words.length - 1]!, from: from ? (from.value ?? '') : null };
}

/** `C:\x`, `d:/y`: a Windows absolute path. */
export function isWindowsAbsolute(path: string): boolean {
  return /^[a-zA-Z]:/.test(path);
}

/** The last path component, split on `/` and `\` (hadolint compares archive names this way). */
export function pathBasename(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

/** hadolint's archive suffixes: what `ADD` may unpack (and `.Z`, `.lz`, which it may not). */
export const ARCHIVE_SUFFIXES = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];

export function isArchiveName(path: string): boolean {
  const name = stripQuotes(path);
  return ARCHIVE_SUFFIXES.some((suffix) => name.endsWith(suffix));
}
