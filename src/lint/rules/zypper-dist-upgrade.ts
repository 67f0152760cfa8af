import type { Rule } from '../types.js';
import { describeCommand, executedCommands, hasAnyArg, runInstructions } from './shared/run-instructions.js';

export const zypperDistUpgrade: Rule = {
  id: 'zypper-dist-upgrade',
  title: 'Do not run zypper dist-upgrade in a Dockerfile',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3035'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const cmd = executedCommands(run).find((c) => c.base === 'zypper' && hasAnyArg(c, ['dist-upgrade', 'dup']));
      if (!cmd) continue;
      ctx.reportAt(
        instruction,
        `Do not use \`zypper dist-upgrade\`: \`${describeCommand(cmd)}\` moves the image to whatever the distribution publishes that day; pin a newer base image instead, or use \`zypper patch\` for security fixes`,
      );
    }
  },
};
