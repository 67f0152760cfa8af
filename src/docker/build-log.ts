/**
 * What a failed `docker buildx build --progress=plain` says about where and why it failed. Pure: the
 * log in, facts out. BuildKit ends a failed build with the Dockerfile excerpt of the failing
 * instruction and the error:
 *
 *     app.Dockerfile:3
 *     --------------------
 *        2 |     RUN echo hi
 *        3 | >>> RUN make && \
 *        4 | >>>   make install
 *     --------------------
 *     ERROR: failed to solve: process "/bin/sh -c make && make install" did not complete successfully: exit code: 2
 */

/** Characters of BuildKit's error line kept for a finding's message. */
const MAX_ERROR_CHARS = 500;

/**
 * The lines of the instruction the build stopped at, as BuildKit's excerpt of `dockerfileName` (the
 * file's base name, as BuildKit names it) marks them with `>>>`; null when the log names no line.
 */
export function failedInstructionLines(log: string, dockerfileName: string): { line: number; endLine: number } | null {
  const lines = log.split(/\r?\n/);
  const header = `${dockerfileName}:`;
  // The last excerpt: a build that failed in several places stopped on the last one reported.
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (!text.startsWith(header) || !/^\d+$/.test(text.slice(header.length))) continue;
    const marked: number[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const row = /^\s*(\d+) \| (>>>)?/.exec(lines[j]!);
      if (!row) {
        if (marked.length > 0 || !/^-+$/.test(lines[j]!.trim())) break;
        continue;
      }
      if (row[2]) marked.push(Number(row[1]));
    }
    const start = Number(text.slice(header.length));
    if (start < 1) return null;
    return marked.length > 0 ? { line: Math.min(...marked), endLine: Math.max(...marked) } : { line: start, endLine: start };
  }
  return null;
}

/** BuildKit's last `ERROR:` line without the prefix (`failed to solve: …`); null when there is none. */
export function buildErrorLine(log: string): string | null {
  const errors = log.split(/\r?\n/).filter((line) => line.startsWith('ERROR: '));
  const last = errors.at(-1)?.slice('ERROR: '.length).trim();
  if (!last) return null;
  return last.length > MAX_ERROR_CHARS ? `${last.slice(0, MAX_ERROR_CHARS - 1)}…` : last;
}
