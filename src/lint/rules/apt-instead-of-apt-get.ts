import type { Rule } from '../types.js';
import { runSites, showCommand } from './shared/package-managers.js';

/** What to use instead of an `apt` subcommand: apt-cache answers the questions, apt-get does the work. */
function replacementFor(subcommand: string | undefined): string {
  if (subcommand && ['search', 'show', 'policy', 'depends', 'rdepends', 'showpkg'].includes(subcommand)) return `apt-cache ${subcommand}`;
  if (subcommand === 'list') return 'apt-cache policy';
  if (subcommand === 'full-upgrade') return 'apt-get dist-upgrade';
  return `apt-get ${subcommand ?? '<command>'}`;
}

export const aptInsteadOfAptGet: Rule = {
  id: 'apt-instead-of-apt-get',
  title: 'Do not use apt in scripts, use apt-get or apt-cache',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3027'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const apt = site.commands.find((cmd) => cmd.base === 'apt');
      if (!apt) continue;
      const subcommand = apt.args.find((a) => !a.value.startsWith('-'))?.value;
      ctx.reportAt(
        site.instruction,
        `Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead: ` +
          `replace \`${showCommand(apt)}\` with \`${replacementFor(subcommand)}\``,
      );
    }
  },
};
