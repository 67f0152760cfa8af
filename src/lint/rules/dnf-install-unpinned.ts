import type { Rule } from '../types.js';
import { listWords } from './shared/format.js';
import { definedVariables, isPinnedModule, isPinnedRpm, rpmRequest } from './shared/rpm-packages.js';
import { executedCommands, runInstructions } from './shared/run-instructions.js';

const DNF = ['dnf', 'microdnf'];

export const dnfInstallUnpinned: Rule = {
  id: 'dnf-install-unpinned',
  title: 'dnf install should pin package versions',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3041'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const isDefined = definedVariables(ctx.dockerfile, run);
      const packages: string[] = [];
      const modules: string[] = [];
      let tool = 'dnf';
      for (const cmd of executedCommands(run)) {
        const request = rpmRequest(cmd, DNF);
        if (!request) continue;
        const unpinned = request.packages.filter((p) => !isPinnedRpm(p, isDefined));
        const unstreamed = request.modules.filter((m) => !isPinnedModule(m));
        if (unpinned.length + unstreamed.length > 0 && packages.length + modules.length === 0) tool = cmd.base;
        packages.push(...unpinned);
        modules.push(...unstreamed);
      }
      if (packages.length > 0) {
        ctx.reportAt(
          instruction,
          `Specify version with \`${tool} install -y <package>-<version>\`: ${listWords(packages)} ${packages.length === 1 ? 'is' : 'are'} not pinned, so each build may install a different release; write e.g. \`${packages[0]}-<version>\``,
        );
      } else if (modules.length > 0) {
        ctx.reportAt(
          instruction,
          `Specify version with \`${tool} module install -y <module>:<stream>\`: module ${listWords(modules)} names no stream; write e.g. \`${modules[0]}:<stream>\``,
        );
      }
    }
  },
};
