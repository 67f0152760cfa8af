import { subcommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { checkCacheCleanup } from './shared/cache-cleanup.js';
import { describeCommand, hasAnyArg } from './shared/run-instructions.js';

export const yumCacheNotCleaned: Rule = {
  id: 'yum-cache-not-cleaned',
  title: '`yum clean all` should follow yum install in the same RUN',
  severity: 'warning',
  scope: 'shipped',
  aliases: ['DL3032'],
  checkFile(ctx) {
    checkCacheCleanup(ctx, {
      isInstall: (cmd) => cmd.base === 'yum' && hasAnyArg(cmd, ['install']),
      isCleanup: (cmd) => cmd.base === 'yum' && subcommand(cmd) === 'clean',
      cacheDirs: ['/var/cache/yum', '/var/cache/dnf'],
      message: (install) =>
        `\`yum clean all\` missing after yum command: the packages and metadata \`${describeCommand(install)}\` downloaded stay in the image; end the same RUN with \`&& yum clean all\` (or mount a cache at /var/cache/yum)`,
    });
  },
};
