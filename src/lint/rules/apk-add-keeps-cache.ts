import { hasFlag, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { hasCacheMountCovering, hasCacheMountWith, isApkAdd, isShipped, removedPaths, runSites, showCommand } from './shared/package-managers.js';

/** `rm -rf /var/cache/apk/*` (or the directory itself) removes what `apk add` cached. */
function deletesApkCache(cmd: ShellCommand): boolean {
  return removedPaths(cmd).some((path) => path.startsWith('/var/cache/apk'));
}

export const apkAddKeepsCache: Rule = {
  id: 'apk-add-keeps-cache',
  title: 'Use apk add --no-cache',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3019'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      // A build stage the target never ships may keep its cache: it costs nothing in the image.
      if (!isShipped(site, ctx)) continue;
      if (hasCacheMountWith(site.run, '/var/cache/apk') || hasCacheMountCovering(site.run, '/var/cache/apk')) continue;
      // `--no-network` installs from what is already on disk: it downloads no index to keep.
      const adding = site.commands.find((cmd) => isApkAdd(cmd) && !hasFlag(cmd, 'no-cache') && !hasFlag(cmd, 'no-network'));
      if (!adding || site.commands.some(deletesApkCache)) continue;
      ctx.reportAt(
        site.instruction,
        `Use the \`--no-cache\` switch to avoid the need to use \`--update\` and remove \`/var/cache/apk/*\` when done installing packages: ` +
          `\`${showCommand(adding)}\` leaves the package index in the layer. Write \`apk add --no-cache <package>\``,
      );
    }
  },
};
