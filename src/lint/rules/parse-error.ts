import type { Rule } from '../types.js';

/** What `docker build` would refuse before any check runs: reported so the other findings still come. */
export const parseError: Rule = {
  id: 'parse-error',
  title: 'The Dockerfile cannot be built as written',
  severity: 'error',
  scope: 'all',
  aliases: [],
  checkFile(ctx) {
    for (const problem of ctx.dockerfile.problems) {
      ctx.report({ message: problem.message, line: problem.line, endLine: problem.endLine, column: problem.column });
    }
  },
};
