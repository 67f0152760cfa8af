import { flagValues, unwrap } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { runSites, showCommand } from './shared/package-managers.js';

export const sudoInRun: Rule = {
  id: 'sudo-in-run',
  title: 'Do not use sudo',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3004'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const sudo = site.written.find((cmd) => cmd.base === 'sudo');
      if (!sudo) continue;
      const user = [...flagValues(sudo, 'u'), ...flagValues(sudo, 'user')][0];
      const inner = unwrap(sudo);
      const command = inner === sudo ? '<command>' : showCommand(inner, 40);
      // `sudo -u app …` switches to another user; plain `sudo …` asks for root from a non-root USER.
      const fix = user
        ? `run it as \`USER ${user}\` in its own RUN, or as \`gosu ${user} ${command}\``
        : 'put `USER root` before this RUN (and switch back after), or use `gosu` in an entrypoint';
      ctx.reportAt(
        site.instruction,
        `Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root: \`${showCommand(sudo)}\` depends on sudo's configuration and TTY handling; ${fix}`,
      );
    }
  },
};
