import { hasAnyFlag } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { describeCommand, executedCommands, hasAnyArg, runInstructions } from './shared/run-instructions.js';

const INSTALL_ACTIONS = ['install', 'groupinstall', 'localinstall'];

export const yumInstallWithoutYes: Rule = {
  id: 'yum-install-without-yes',
  title: 'yum install should run with -y so the build does not wait for a confirmation',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3030'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const cmd = executedCommands(run).find((c) => c.base === 'yum' && hasAnyArg(c, INSTALL_ACTIONS) && !hasAnyFlag(c, ['y', 'assumeyes']));
      if (!cmd) continue;
      ctx.reportAt(
        instruction,
        `Use the -y switch to avoid manual input: \`${describeCommand(cmd)}\` asks for a confirmation no one can give during a build; write \`yum install -y …\``,
      );
    }
  },
};
