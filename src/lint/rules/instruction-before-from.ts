import { KNOWN_KEYWORDS } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

export const instructionBeforeFrom: Rule = {
  id: 'instruction-before-from',
  title: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3061'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    const firstFrom = df.stages[0]?.from.line ?? null;
    for (const ins of df.preamble) {
      // Unknown words are parse-error's to report; ARG is the one instruction allowed before FROM.
      if (ins.keyword === 'ARG' || !KNOWN_KEYWORDS.has(ins.keyword)) continue;
      const where = firstFrom !== null ? `the first \`FROM\` (line ${firstFrom})` : 'any `FROM`';
      ctx.reportAt(
        ins,
        `Invalid instruction order. Dockerfile must begin with \`FROM\`, \`ARG\` or comment: \`${ins.rawKeyword}\` comes before ${where}, ` +
          `where there is no stage for it to apply to. Move it after \`FROM\``,
      );
    }
  },
};
