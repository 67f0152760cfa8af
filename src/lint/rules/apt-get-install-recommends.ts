import { hasFlag, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { aptConfigWritten, aptOptions, isAptGetInstall, isFalseWord, isShipped, runSites, showCommand } from './shared/package-managers.js';

/** `--no-install-recommends`, or `-o APT::Install-Recommends=false` on the command. */
function skipsRecommends(cmd: ShellCommand): boolean {
  if (hasFlag(cmd, 'no-install-recommends')) return true;
  const option = aptOptions(cmd).get('apt::install-recommends');
  return option !== undefined && isFalseWord(option);
}

export const aptGetInstallRecommends: Rule = {
  id: 'apt-get-install-recommends',
  title: 'Avoid additional packages by specifying --no-install-recommends',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3015'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      // Recommended packages in a build stage the target never ships do not reach the image.
      if (!isShipped(site, ctx)) continue;
      const installing = site.commands.find((cmd) => isAptGetInstall(cmd) && !skipsRecommends(cmd));
      if (!installing) continue;
      // `APT::Install-Recommends "false";` in /etc/apt/apt.conf.d, written earlier, applies to every later install.
      if (aptConfigWritten(ctx.dockerfile, site.instruction, 'APT::Install-Recommends', isFalseWord)) continue;
      ctx.reportAt(
        site.instruction,
        `Avoid additional packages by specifying \`--no-install-recommends\`: \`${showCommand(installing)}\` also installs every package these recommend into the shipped image. ` +
          'Write `apt-get install --no-install-recommends <package>`',
      );
    }
  },
};
