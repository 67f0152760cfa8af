import { subcommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { checkCacheCleanup } from './shared/cache-cleanup.js';
import { describeCommand, hasAnyArg } from './shared/run-instructions.js';

const DNF = ['dnf', 'microdnf'];
/** dnf actions that download packages into the cache. */
const INSTALL_ACTIONS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];

export const dnfCacheNotCleaned: Rule = {
  id: 'dnf-cache-not-cleaned',
  title: '`dnf clean all` should follow dnf install in the same RUN',
  severity: 'warning',
  scope: 'shipped',
  aliases: ['DL3040'],
  checkFile(ctx) {
    checkCacheCleanup(ctx, {
      isInstall: (cmd) => DNF.includes(cmd.base) && hasAnyArg(cmd, INSTALL_ACTIONS),
      // The same tool must clean: `microdnf clean all` does not empty dnf's cache, and the reverse.
      isCleanup: (cmd, install) => cmd.base === install.base && subcommand(cmd) === 'clean',
      cacheDirs: ['/var/cache/libdnf5', '.cache/libdnf5', '/var/cache/dnf', '/var/cache/yum'],
      message: (install) =>
        `\`dnf clean all\` missing after dnf command: the packages and metadata \`${describeCommand(install)}\` downloaded stay in the image; end the same RUN with \`&& ${install.base} clean all\` (or mount a cache at /var/cache/libdnf5)`,
    });
  },
};
