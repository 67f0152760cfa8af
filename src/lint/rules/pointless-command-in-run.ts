import type { Rule } from '../types.js';
import { runSites } from './shared/package-managers.js';

/** Commands that manage a running machine or talk to a person: a build has neither. */
const POINTLESS: Record<string, string> = {
  free: 'shows the memory of the build machine, not of the container that will run',
  ifconfig: 'shows the build network, not the one the container will run in',
  kill: 'stops a process, and no process outlives the RUN',
  mount: 'cannot mount anything in an unprivileged build',
  ps: 'lists the processes of a build step, which end with it',
  service: 'starts or stops a service that does not outlive the RUN',
  shutdown: 'has no machine to shut down',
  ssh: 'opens a remote session a build cannot answer',
  top: 'is interactive and never returns in a build',
  vim: 'is an interactive editor and never returns in a build',
};

export const pointlessCommandInRun: Rule = {
  id: 'pointless-command-in-run',
  title: 'Commands that make no sense in a Docker build',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3001'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const cmd = site.commands.find((c) => Object.hasOwn(POINTLESS, c.base));
      if (!cmd) continue;
      ctx.reportAt(
        site.instruction,
        `For some bash commands it makes no sense running them in a Docker container like \`ssh\`, \`vim\`, \`shutdown\`, \`service\`, \`ps\`, \`free\`, \`top\`, \`kill\`, \`mount\`, \`ifconfig\`: ` +
          `\`${cmd.base}\` ${POINTLESS[cmd.base]}. Remove it from the RUN`,
      );
    }
  },
};
