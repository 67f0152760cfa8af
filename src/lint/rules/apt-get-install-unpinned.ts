import type { Rule } from '../types.js';
import { APT_GET_VALUE_FLAGS, isAptGetInstall, noVersion, operandWords, runSites, unpinnedPackages } from './shared/package-managers.js';

/**
 * A version (`curl=7.88.1-10`, `curl=7.*`), a release (`curl/bookworm-backports`) or a local `.deb`
 * file fixes what gets installed.
 */
function isPinned(name: string): boolean {
  return name.includes('=') || name.includes('/') || name.endsWith('.deb');
}

export const aptGetInstallUnpinned: Rule = {
  id: 'apt-get-install-unpinned',
  title: 'Pin versions in apt-get install',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3008'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const unpinned = site.commands
        .filter(isAptGetInstall)
        .flatMap((cmd) => unpinnedPackages(site, cmd, operandWords(cmd, APT_GET_VALUE_FLAGS).slice(1), isPinned));
      if (unpinned.length === 0) continue;
      ctx.reportAt(
        site.instruction,
        `Pin versions in apt-get install: ${noVersion(unpinned)}. ` +
          `Instead of \`apt-get install ${unpinned[0]}\` use \`apt-get install ${unpinned[0]}=<version>\``,
      );
    }
  },
};
