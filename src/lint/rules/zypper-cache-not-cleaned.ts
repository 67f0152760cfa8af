import { subcommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { checkCacheCleanup } from './shared/cache-cleanup.js';
import { describeCommand, hasAnyArg } from './shared/run-instructions.js';

/** zypper's global options that take a value, so `zypper --root /x clean` is still `clean`. */
const GLOBAL_OPTIONS_WITH_VALUE = ['root', 'R', 'config', 'c', 'reposd-dir', 'D', 'cache-dir', 'C', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir'];

export const zypperCacheNotCleaned: Rule = {
  id: 'zypper-cache-not-cleaned',
  title: '`zypper clean` should follow zypper install in the same RUN',
  severity: 'warning',
  scope: 'shipped',
  aliases: ['DL3036'],
  checkFile(ctx) {
    checkCacheCleanup(ctx, {
      isInstall: (cmd) => cmd.base === 'zypper' && hasAnyArg(cmd, ['install', 'in']),
      isCleanup: (cmd) => cmd.base === 'zypper' && ['clean', 'cc'].includes(subcommand(cmd, GLOBAL_OPTIONS_WITH_VALUE) ?? ''),
      cacheDirs: ['/var/cache/zypp'],
      message: (install) =>
        `\`zypper clean\` missing after zypper use: the packages and metadata \`${describeCommand(install)}\` downloaded stay in the image; end the same RUN with \`&& zypper clean --all\` (or mount a cache at /var/cache/zypp)`,
    });
  },
};
