import type { Rule } from '../types.js';
import { listWords } from './shared/format.js';
import { definedVariables, isPinnedModule, isPinnedRpm, rpmRequest } from './shared/rpm-packages.js';
import { executedCommands, runInstructions } from './shared/run-instructions.js';

export const yumInstallUnpinned: Rule = {
  id: 'yum-install-unpinned',
  title: 'yum install should pin package versions',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3033'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const isDefined = definedVariables(ctx.dockerfile, run);
      const packages: string[] = [];
      const modules: string[] = [];
      for (const cmd of executedCommands(run)) {
        const request = rpmRequest(cmd, ['yum']);
        if (!request) continue;
        packages.push(...request.packages.filter((p) => !isPinnedRpm(p, isDefined)));
        modules.push(...request.modules.filter((m) => !isPinnedModule(m)));
      }
      if (packages.length > 0) {
        ctx.reportAt(
          instruction,
          `Specify version with \`yum install -y <package>-<version>\`: ${listWords(packages)} ${packages.length === 1 ? 'is' : 'are'} not pinned, so each build may install a different release; write e.g. \`${packages[0]}-<version>\``,
        );
      } else if (modules.length > 0) {
        ctx.reportAt(
          instruction,
          `Specify version with \`yum module install -y <module>:<stream>\`: module ${listWords(modules)} names no stream; write e.g. \`${modules[0]}:<stream>\``,
        );
      }
    }
  },
};
