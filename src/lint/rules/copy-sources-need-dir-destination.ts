import { instructionToCheck, expandWord, scopeLookup } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { copyArgs, isWindowsAbsolute } from './shared/copy-args.js';

/**
 * `C:\app\`, `\app\`: a Windows path ending in a backslash. BuildKit turns a Windows image's
 * backslashes into slashes (and drops the drive letter), so the destination ends with `/` and is a
 * directory. On Linux a backslash is an ordinary file-name character, so only paths that are
 * unmistakably Windows ones count.
 */
function isWindowsDirectory(dest: string): boolean {
  return dest.endsWith('\\') && (isWindowsAbsolute(dest) || dest.startsWith('\\'));
}

export const copySourcesNeedDirDestination: Rule = {
  id: 'copy-sources-need-dir-destination',
  title: 'COPY with more than 2 arguments requires the last argument to end with /',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3021'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      const copy = instructionToCheck(ins);
      const args = copyArgs(copy, df.escapeChar);
      if (!args || args.sources.length < 2) continue;
      const dest = args.destination;
      // BuildKit reads `.` as "the working directory", a directory like `./`.
      if (dest.endsWith('/') || dest === '.' || isWindowsDirectory(dest)) continue;
      // `$DEST` may well end with a slash; judge it by its value when the stage defines one.
      if (dest.includes('$')) {
        const exp = expandWord(dest, scopeLookup(copy.scope), { escapeChar: df.escapeChar });
        if (exp.error || exp.unmatched.size > 0 || exp.result.endsWith('/')) continue;
      }
      // `C:\app` is fixed the way it is written: `C:\app\`.
      const separator = isWindowsAbsolute(dest) && dest.includes('\\') ? '\\' : '/';
      ctx.reportAt(
        ins,
        `${copy.keyword} with more than 2 arguments requires the last argument to end with /: ${args.sources.length} sources go to \`${dest}\`, ` +
          `which the build refuses unless it is a directory. Write \`${dest}${separator}\``,
      );
    }
  },
};
