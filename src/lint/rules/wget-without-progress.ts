import { ancestry, type Dockerfile, type Instruction } from '../../dockerfile/index.js';
import { hasAnyFlag, hasArg, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { packagesInstalledBy, runSites, someEarlier, type RunSite } from './shared/package-managers.js';
import { describeCommand } from './shared/run-instructions.js';

/** Options that already keep wget's progress out of the build log. */
const QUIET_OPTIONS = ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose'];

/** Whether the instruction's stage comes from an Alpine or BusyBox image, whose `wget` is BusyBox's. */
function onBusyboxImage(df: Dockerfile, instruction: Instruction): boolean {
  const stage = df.stages[instruction.stage];
  if (!stage) return false;
  const chain = ancestry(df, stage);
  const base = chain[chain.length - 1]!.base;
  if (base.kind !== 'image' || !base.image) return false;
  const { basename, tag } = base.image;
  return basename === 'alpine' || basename === 'busybox' || /alpine/.test(tag ?? '');
}

function installsWget(site: RunSite, cmd: ShellCommand): boolean {
  return packagesInstalledBy(site, cmd).includes('wget');
}

/**
 * Whether the `wget` a command of `site` runs is BusyBox's: the stage comes from an Alpine or BusyBox
 * image, and GNU wget was not installed before it — by an earlier RUN of the image or by an earlier
 * command of the same RUN (`apk add wget && wget …`). BusyBox wget has no `--progress` option and
 * redraws one status line instead of printing dots, so it does not bloat the log.
 */
function isBusyboxWget(df: Dockerfile, site: RunSite, wget: ShellCommand): boolean {
  if (!onBusyboxImage(df, site.instruction)) return false;
  if (site.commands.slice(0, site.commands.indexOf(wget)).some((cmd) => installsWget(site, cmd))) return false;
  return !someEarlier(df, site.instruction, installsWgetBefore);
}

/** The RUNs of each file that install GNU wget. */
const wgetInstallers = new WeakMap<Dockerfile, Set<Instruction>>();

function installsWgetBefore(ins: Instruction, df: Dockerfile): boolean {
  let installers = wgetInstallers.get(df);
  if (!installers) {
    installers = new Set(runSites(df).flatMap((site) => (site.commands.some((cmd) => installsWget(site, cmd)) ? [site.instruction] : [])));
    wgetInstallers.set(df, installers);
  }
  return installers.has(ins);
}

export const wgetWithoutProgress: Rule = {
  id: 'wget-without-progress',
  title: 'wget should run with --progress=dot:giga, -q or -nv',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3047'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const cmd = site.commands.find(
        (c) => c.base === 'wget' && !hasAnyFlag(c, QUIET_OPTIONS) && !hasArg(c, '-nv') && !isBusyboxWget(ctx.dockerfile, site, c),
      );
      if (!cmd) continue;
      ctx.reportAt(
        site.instruction,
        `Avoid use of wget without progress bar: \`${describeCommand(cmd, 3)}\` prints a line of dots per 50 KB into the build log; use \`wget --progress=dot:giga <url>\`, or \`-q\` / \`-nv\` (\`--quiet\` / \`--no-verbose\`)`,
      );
    }
  },
};
