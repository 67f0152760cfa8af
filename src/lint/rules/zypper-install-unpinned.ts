import { operands } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { listWords } from './shared/format.js';
import { executedCommands, hasAnyArg, runInstructions } from './shared/run-instructions.js';

/** zypper options whose value is a separate word: `-t pattern`, `--repo oss`, `--from oss`. */
const OPTIONS_WITH_VALUE = ['t', 'type', 'r', 'repo', 'from', 'root', 'R', 'config', 'c', 'cache-dir', 'C'];
const ACTION_WORDS = new Set(['install', 'in']);

/** `pkg=1.2`, `pkg>=1.2`, `pkg<2`, or an rpm file: a version is fixed or bounded. */
function isPinned(spec: string): boolean {
  return /[=<>]/.test(spec) || spec.endsWith('.rpm') || /^(\$\([^)]*\)|`[^`]*`)$/.test(spec);
}

export const zypperInstallUnpinned: Rule = {
  id: 'zypper-install-unpinned',
  title: 'zypper install should pin package versions',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3037'],
  checkFile(ctx) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
      const unpinned: string[] = [];
      for (const cmd of executedCommands(run)) {
        if (cmd.base !== 'zypper' || !hasAnyArg(cmd, [...ACTION_WORDS])) continue;
        unpinned.push(...operands(cmd, OPTIONS_WITH_VALUE).filter((w) => !ACTION_WORDS.has(w) && !isPinned(w)));
      }
      if (unpinned.length === 0) continue;
      ctx.reportAt(
        instruction,
        `Specify version with \`zypper install -y <package>=<version>\`: ${listWords(unpinned)} ${unpinned.length === 1 ? 'is' : 'are'} not pinned, so each build may install a different release; write e.g. \`${unpinned[0]}=<version>\``,
      );
    }
  },
};
