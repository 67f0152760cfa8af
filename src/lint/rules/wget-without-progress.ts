import { ancestry, type Instruction } from '../../dockerfile/index.js';
import { hasAnyFlag, hasArg, subcommand } from '../../shell/index.js';
import type { Rule, RuleContext } from '../types.js';
import { describeCommand, executedCommands, hasAnyArg, runInstructions } from './shared/run-instructions.js';

/** Options that already keep wget's progress out of the build log. */
const QUIET_OPTIONS = ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose'];

/**
 * Whether `wget` in this instruction's stage is BusyBox's: the stage comes from an Alpine or BusyBox
 * image and no RUN before it installs GNU wget with apk. BusyBox wget has no `--progress` option and
 * redraws one status line instead of printing dots, so it does not bloat the log.
 */
function isBusyboxWget(ctx: RuleContext, instruction: Instruction): boolean {
  const stage = ctx.dockerfile.stages[instruction.stage];
  if (!stage) return false;
  const chain = ancestry(ctx.dockerfile, stage);
  const base = chain[chain.length - 1]!.base;
  if (base.kind !== 'image' || !base.image) return false;
  const { basename, tag } = base.image;
  if (!(basename === 'alpine' || basename === 'busybox' || /alpine/.test(tag ?? ''))) return false;
  for (const s of chain) {
    for (const ins of s.instructions) {
      if (ins.line >= instruction.line) break;
      if (ins.keyword !== 'RUN') continue;
      const installsWget = executedCommands(ins).some((c) => c.base === 'apk' && subcommand(c) === 'add' && hasAnyArg(c, ['wget']));
      if (installsWget) return false;
    }
  }
  return true;
}

export const wgetWithoutProgress: Rule = {
  id: 'wget-without-progress',
  title: 'wget should run with --progress=dot:giga, -q or -nv',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3047'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const cmd = executedCommands(run).find((c) => c.base === 'wget' && !hasAnyFlag(c, QUIET_OPTIONS) && !hasArg(c, '-nv'));
      if (!cmd || isBusyboxWget(ctx, instruction)) continue;
      ctx.reportAt(
        instruction,
        `Avoid use of wget without progress bar: \`${describeCommand(cmd, 3)}\` prints a line of dots per 50 KB into the build log; use \`wget --progress=dot:giga <url>\`, or \`-q\` / \`-nv\` (\`--quiet\` / \`--no-verbose\`)`,
      );
    }
  },
};
