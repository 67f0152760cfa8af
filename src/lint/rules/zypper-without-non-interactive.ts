import { hasAnyFlag } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { describeCommand, executedCommands, hasAnyArg, runInstructions } from './shared/run-instructions.js';

/** zypper actions that stop for a confirmation unless told not to. */
const PROMPTING_ACTIONS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];
const NON_INTERACTIVE = ['non-interactive', 'n', 'no-confirm', 'y'];

export const zypperWithoutNonInteractive: Rule = {
  id: 'zypper-without-non-interactive',
  title: 'zypper should run non-interactively (-n / -y) in a build',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3034'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const cmd = executedCommands(run).find((c) => c.base === 'zypper' && hasAnyArg(c, PROMPTING_ACTIONS) && !hasAnyFlag(c, NON_INTERACTIVE));
      if (!cmd) continue;
      ctx.reportAt(
        instruction,
        `Non-interactive switch missing from \`zypper\` command: \`${describeCommand(cmd)}\` waits for a confirmation; write \`zypper --non-interactive …\` or \`zypper install -y …\``,
      );
    }
  },
};
