import type { Rule } from '../types.js';

/**
 * Relays ShellCheck's findings on RUN scripts. ShellCheck runs in batches over every Dockerfile of a lint
 * (src/lint/shellcheck computes the scripts and maps the results back; src/files/shellcheck-runner.ts
 * runs the program); each finding keeps its own `SCxxxx` code, which suppressions and config accept,
 * and its own level.
 */
export const shellcheck: Rule = {
  id: 'shellcheck',
  title: 'ShellCheck findings in RUN scripts',
  severity: 'warning',
  scope: 'all',
  aliases: [],
  checkFile(ctx) {
    for (const finding of ctx.externalFindings('shellcheck')) ctx.report(finding);
  },
};
