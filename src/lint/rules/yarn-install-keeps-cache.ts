import type { Dockerfile } from '../../dockerfile/index.js';
import { flagValues, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { assignedInRun, cacheOnMount, isShipped, removedPaths, runSites, variableAt, type RunSite } from './shared/package-managers.js';

function isYarnInstall(cmd: ShellCommand): boolean {
  return cmd.base === 'yarn' && cmd.args.some((a) => a.value === 'install');
}

function isYarnCacheClean(cmd: ShellCommand): boolean {
  const args = cmd.args.map((a) => a.value);
  return cmd.base === 'yarn' && args.includes('cache') && args.includes('clean');
}

/** `rm -rf /usr/local/share/.cache/yarn` (or `"$(yarn cache dir)"`) does what `yarn cache clean` does. */
function deletesYarnCache(cmd: ShellCommand): boolean {
  return removedPaths(cmd).some((path) => /\.cache\/yarn|yarn cache dir/.test(path));
}

/** Whether yarn's cache (under `.cache/yarn`, or `--cache-folder`/`YARN_CACHE_FOLDER`) is on a cache mount. */
function yarnCacheOnMount(df: Dockerfile, site: RunSite, cmd: ShellCommand): boolean {
  return cacheOnMount(site, '.cache/yarn', [...flagValues(cmd, 'cache-folder'), variableAt(df, site, 'YARN_CACHE_FOLDER'), assignedInRun(site, 'YARN_CACHE_FOLDER')]);
}

export const yarnInstallKeepsCache: Rule = {
  id: 'yarn-install-keeps-cache',
  title: 'Run yarn cache clean after yarn install',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3060'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      // A build stage the target never ships may keep its cache: it costs nothing in the image.
      if (!isShipped(site, ctx)) continue;
      const install = site.commands.findIndex(isYarnInstall);
      if (install < 0 || yarnCacheOnMount(ctx.dockerfile, site, site.commands[install]!)) continue;
      // The cleaning has to come after the install: a clean before it leaves the install's cache behind.
      const cleanedAfter = site.commands.some((cmd, i) => i > install && (isYarnCacheClean(cmd) || deletesYarnCache(cmd)));
      if (cleanedAfter) continue;
      const cleanedBefore = site.commands.some((cmd, i) => i < install && isYarnCacheClean(cmd));
      ctx.reportAt(
        site.instruction,
        cleanedBefore
          ? '`yarn cache clean` missing after `yarn install` was run: the clean runs before the install, so the install\'s cache stays in the layer. Move `&& yarn cache clean` after it'
          : '`yarn cache clean` missing after `yarn install` was run: the downloaded packages stay in the layer. End the same RUN with `&& yarn cache clean`',
      );
    }
  },
};
