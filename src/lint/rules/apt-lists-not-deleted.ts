import type { ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { cacheMountTargets, hasCacheMountCovering, isShipped, removedPaths, runSites, type RunSite } from './shared/package-managers.js';

/** `apt-get update`, `apt update`, `aptitude update`: what downloads the package lists. */
function updatesLists(cmd: ShellCommand): boolean {
  return ['apt-get', 'apt', 'aptitude'].includes(cmd.base) && cmd.args.some((a) => a.value === 'update');
}

/**
 * Helpers that install and then delete the lists themselves: `install_packages` (bitnami/minideb) and
 * `install-packages` (Gitpod's workspace images).
 */
const CLEANING_INSTALLERS = new Set(['install_packages', 'install-packages']);

/**
 * What removes the lists again in the same RUN: `rm` of `/var/lib/apt/lists` (or of something under or
 * above it), `find /var/lib/apt/lists … -delete`, `apt-get distclean` (apt 2.7+), or an installer
 * helper that cleans up after itself.
 */
function deletesLists(cmd: ShellCommand): boolean {
  const touchesLists = (path: string) => path.startsWith('/var/lib/apt') || path === '/var/lib' || path === '/var/lib/';
  if (CLEANING_INSTALLERS.has(cmd.base)) return true;
  if (cmd.base === 'rm') return removedPaths(cmd).some(touchesLists);
  if (cmd.base === 'find') {
    return cmd.args.some((a) => touchesLists(a.value)) && cmd.args.some((a) => a.value === '-delete' || a.value === '-exec' || a.value === '-execdir');
  }
  if (['apt-get', 'apt'].includes(cmd.base)) return cmd.args.some((a) => a.value === 'distclean' || a.value === 'dist-clean');
  return false;
}

/**
 * Cache or tmpfs mounts keep the lists out of the layer: one at the lists directory itself, or the pair
 * Docker's documentation shows (`/var/lib/apt` and `/var/cache/apt`). `/var/lib/apt` alone, with
 * `docker-clean` disabled, still leaves the downloaded archives in `/var/cache/apt` (hadolint's reading).
 */
function listsOnCacheMount(site: RunSite): boolean {
  if (cacheMountTargets(site.run).some((t) => t.includes('/var/lib/apt/lists'))) return true;
  return hasCacheMountCovering(site.run, '/var/lib/apt/lists') && hasCacheMountCovering(site.run, '/var/cache/apt');
}

export const aptListsNotDeleted: Rule = {
  id: 'apt-lists-not-deleted',
  title: 'Delete the apt lists after installing something',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3009'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      // Lists left in a build stage the target never ships cost nothing in the image.
      if (!isShipped(site, ctx)) continue;
      const update = site.commands.find(updatesLists);
      if (!update || site.commands.some(deletesLists) || listsOnCacheMount(site)) continue;
      const where = site.onbuild ? 'a layer of every image built FROM this one' : 'a layer of the shipped image';
      ctx.reportAt(
        site.instruction,
        `Delete the apt lists (/var/lib/apt/lists) after installing something: \`${update.base} update\` downloads them into ${where}. ` +
          'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or mount a cache at /var/lib/apt/lists',
      );
    }
  },
};
