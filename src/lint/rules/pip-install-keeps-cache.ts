import type { Dockerfile } from '../../dockerfile/index.js';
import { flagValues, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import {
  assignedInRun,
  cacheOnMount,
  isPipInstall,
  isShipped,
  isTrueWord,
  removedPaths,
  runSites,
  showCommand,
  variableAt,
  type RunSite,
} from './shared/package-managers.js';

/** pipx and pipenv manage their own environments; hadolint leaves them alone, and so do we. */
function isPipWrapper(cmd: ShellCommand): boolean {
  if (cmd.base.includes('pipx') || cmd.base.includes('pipenv')) return true;
  const args = cmd.args.map((a) => a.value);
  return cmd.base.startsWith('python') && args.some((v, i) => v === '-m' && (args[i + 1] === 'pipx' || args[i + 1] === 'pipenv'));
}

/** `PIP_NO_CACHE_DIR=1` (or true/on/yes) set for the command: in the RUN itself, or by ENV or ARG. */
function cacheDisabledByVariable(df: Dockerfile, site: RunSite): boolean {
  const value = assignedInRun(site, 'PIP_NO_CACHE_DIR') ?? variableAt(df, site, 'PIP_NO_CACHE_DIR');
  return value !== undefined && isTrueWord(value);
}

/** Whether pip's cache (/root/.cache/pip for root, or `--cache-dir`/`PIP_CACHE_DIR`) is on a cache mount. */
function pipCacheOnMount(df: Dockerfile, site: RunSite, cmd: ShellCommand): boolean {
  return cacheOnMount(site, '.cache/pip', [...flagValues(cmd, 'cache-dir'), variableAt(df, site, 'PIP_CACHE_DIR'), assignedInRun(site, 'PIP_CACHE_DIR')]);
}

/** `pip cache purge`, or `rm -rf /root/.cache/pip` (or `~/.cache`) after the install, empties the cache. */
function purgesCache(cmd: ShellCommand): boolean {
  const args = cmd.args.map((a) => a.value);
  if (cmd.base.startsWith('pip') && args.includes('cache') && (args.includes('purge') || args.includes('remove'))) return true;
  return removedPaths(cmd).some((p) => p.includes('.cache/pip') || /(^|\/)\.cache\/?\*?$/.test(p));
}

export const pipInstallKeepsCache: Rule = {
  id: 'pip-install-keeps-cache',
  title: 'Avoid use of cache directory with pip',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3042'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      // A build stage the target never ships may keep its cache: it costs nothing in the image.
      if (!isShipped(site, ctx)) continue;
      const at = site.commands.findIndex(
        (cmd) => isPipInstall(cmd) && !isPipWrapper(cmd) && !cmd.args.some((a) => a.value === '--no-cache-dir') && !pipCacheOnMount(ctx.dockerfile, site, cmd),
      );
      // The variables are looked up last: only for a RUN that installs with pip.
      if (at < 0 || site.commands.slice(at + 1).some(purgesCache) || cacheDisabledByVariable(ctx.dockerfile, site)) continue;
      const caching = site.commands[at]!;
      ctx.reportAt(
        site.instruction,
        `Avoid use of cache directory with pip: \`${showCommand(caching)}\` keeps downloaded packages in the layer. ` +
          'Use `pip install --no-cache-dir <package>`, or mount a cache at /root/.cache/pip',
      );
    }
  },
};
