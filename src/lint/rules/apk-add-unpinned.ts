import type { Rule } from '../types.js';
import { APK_VALUE_FLAGS, isApkAdd, noVersion, operandWords, runSites, unpinnedPackages } from './shared/package-managers.js';

/** A version constraint (`curl=8.5.0-r0`, `curl~8.5`, `curl>=8`, `curl<9`) or a local `.apk` file. */
function isPinned(name: string): boolean {
  return /[=~<>]/.test(name) || name.endsWith('.apk');
}

export const apkAddUnpinned: Rule = {
  id: 'apk-add-unpinned',
  title: 'Pin versions in apk add',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3018'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const unpinned = site.commands
        .filter(isApkAdd)
        .flatMap((cmd) => unpinnedPackages(site, cmd, operandWords(cmd, APK_VALUE_FLAGS).slice(1), isPinned));
      if (unpinned.length === 0) continue;
      ctx.reportAt(
        site.instruction,
        `Pin versions in apk add: ${noVersion(unpinned)}. ` +
          `Instead of \`apk add ${unpinned[0]}\` use \`apk add ${unpinned[0]}~<major.minor>\`: an Alpine branch keeps only the newest build of a package, ` +
          `so an exact pin (\`${unpinned[0]}=<version>\`) breaks the build at the next security fix`,
      );
    }
  },
};
