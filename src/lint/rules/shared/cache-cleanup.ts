import { isCommand, positionalArgs, type ShellCommand } from '../../../shell/index.js';
import type { RuleContext } from '../../types.js';
import { executedCommands, hasCacheMount, isShipped, runInstructions } from './run-instructions.js';

/** What a "clean the package cache after installing" rule needs to know about one package manager. */
export interface CacheCleanupSpec {
  /** Whether the command downloads packages into the cache. */
  isInstall(cmd: ShellCommand): boolean;
  /** Whether the command, run after `install`, empties the cache (given the install command). */
  isCleanup(cmd: ShellCommand, install: ShellCommand): boolean;
  /** Cache folders: a cache or tmpfs mount there, or `rm -rf` of them, makes cleaning unnecessary. */
  cacheDirs: readonly string[];
  /** The message for an install left uncleaned. */
  message(install: ShellCommand): string;
}

/** Removing every cache at once. */
const ALL_CACHES = ['/var/cache', '/var/cache/', '/var/cache/*'];

/** `rm` of one of the cache folders or something inside them (`rm -rf /var/cache/yum/*`), or of /var/cache itself. */
export function removesCache(cmd: ShellCommand, cacheDirs: readonly string[]): boolean {
  if (!isCommand(cmd, 'rm')) return false;
  return positionalArgs(cmd).some(
    (path) => ALL_CACHES.includes(path) || cacheDirs.some((dir) => path === dir || path.startsWith(`${dir}/`) || path.startsWith(`${dir}*`)),
  );
}

/**
 * The install whose cache is still in the layer when the RUN ends: the last install with no cleanup
 * after it. Cleaning before installing (`yum clean all && yum install …`) does not count.
 */
export function uncleanedInstall(commands: readonly ShellCommand[], spec: CacheCleanupSpec): ShellCommand | null {
  let pending: ShellCommand | null = null;
  for (const cmd of commands) {
    if (spec.isInstall(cmd)) pending = cmd;
    else if (pending && (spec.isCleanup(cmd, pending) || removesCache(cmd, spec.cacheDirs))) pending = null;
  }
  return pending;
}

/**
 * The shared check of yum-, dnf- and zypper-cache-not-cleaned. Only stages whose filesystem ends up in
 * the built image matter (a builder stage's cache never ships), and a cache mount keeps the cache out
 * of the layer altogether. ONBUILD triggers are always checked: they run in images built from this
 * one, which this file cannot see.
 */
export function checkCacheCleanup(ctx: RuleContext, spec: CacheCleanupSpec): void {
  for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
    if (run === instruction && !isShipped(ctx, instruction)) continue;
    if (hasCacheMount(run, spec.cacheDirs)) continue;
    const install = uncleanedInstall(executedCommands(run), spec);
    if (install) ctx.reportAt(instruction, spec.message(install));
  }
}

