import type { Dockerfile, Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/** The line BuildKit's parser ends the instruction on: the last continuation line, heredoc bodies excluded. */
function continuationEnd(df: Dockerfile, ins: Instruction): number {
  const end = ins.heredocs.length > 0 ? ins.heredocs[0]!.line - 1 : ins.endLine;
  // The empty string after a final line break is not a line.
  const physicalLines = df.lines[df.lines.length - 1] === '' ? df.lines.length - 1 : df.lines.length;
  return Math.min(end, physicalLines);
}

export const noEmptyContinuation: Rule = {
  id: 'no-empty-continuation',
  title: 'Empty continuation lines will become errors in a future release',
  severity: 'warning',
  scope: 'all',
  aliases: ['NoEmptyContinuation'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      const empty = ins.emptyContinuationLines;
      if (empty.length === 0) continue;
      const where = empty.length === 1 ? `line ${empty[0]}` : `lines ${empty.join(', ')}`;
      ctx.report({
        line: continuationEnd(df, ins),
        message: `Empty continuation line: delete the blank ${where} inside this ${ins.keyword}`,
      });
    }
  },
};
