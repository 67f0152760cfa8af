import { hasAnyFlag, operands, positionalArgs } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { describeCommand, executedCommands, runInstructions } from './shared/run-instructions.js';

/** Where the default shell lives (/bin is /usr/bin on merged-/usr distributions). */
const DEFAULT_SHELL_PATHS = ['/bin/sh', '/usr/bin/sh'];
const LN_OPTIONS_WITH_VALUE = ['t', 'target-directory', 'S', 'suffix'];

export const shellChangedWithLn: Rule = {
  id: 'shell-changed-with-ln',
  title: 'Use SHELL instead of replacing /bin/sh with ln',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL4005'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      let removed = false;
      for (const cmd of executedCommands(run)) {
        if (cmd.base === 'rm' && positionalArgs(cmd).some((p) => DEFAULT_SHELL_PATHS.includes(p))) removed = true;
        if (cmd.base !== 'ln') continue;
        // The link being made is the last operand. Without -f (or an rm before), ln fails when /bin/sh
        // exists, so a plain `ln -s /busybox/sh /bin/sh` gives a shell to an image that had none.
        const paths = operands(cmd, LN_OPTIONS_WITH_VALUE);
        if (paths.length < 2 || !DEFAULT_SHELL_PATHS.includes(paths[paths.length - 1]!)) continue;
        if (!removed && !hasAnyFlag(cmd, ['f', 'force'])) continue;
        ctx.reportAt(
          instruction,
          `Use SHELL to change the default shell: \`${describeCommand(cmd)}\` replaces /bin/sh for every later RUN and for whatever runs in the container; write \`SHELL ["${paths[0]}", "-c"]\` instead`,
        );
        break;
      }
    }
  },
};
