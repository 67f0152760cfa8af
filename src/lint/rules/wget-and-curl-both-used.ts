import type { Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { executedCommands, runInstructions, type RunInstruction } from './shared/run-instructions.js';

type Downloader = 'curl' | 'wget';

function isDownloader(name: string): name is Downloader {
  return name === 'curl' || name === 'wget';
}

export const wgetAndCurlBothUsed: Rule = {
  id: 'wget-and-curl-both-used',
  title: 'Use either wget or curl in a stage, not both',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL4001'],
  checkFile(ctx) {
    // Per stage, as hadolint does; ONBUILD triggers run in another build, so they form a group of their own.
    const groups = new Map<string, RunInstruction[]>();
    for (const entry of runInstructions(ctx.dockerfile)) {
      const key = `${entry.instruction.stage}:${entry.run === entry.instruction ? 'run' : 'onbuild'}`;
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
    for (const runs of groups.values()) {
      const firstUse = new Map<Downloader, Instruction>();
      for (const { instruction, run } of runs) {
        const used = new Set(executedCommands(run).map((c) => c.base).filter(isDownloader));
        for (const tool of used) if (!firstUse.has(tool)) firstUse.set(tool, instruction);
        if (used.size === 0 || firstUse.size < 2) continue;
        if (used.size === 2) {
          ctx.reportAt(instruction, 'Either use Wget or Curl but not both: this RUN downloads with both wget and curl; pick one tool so the image needs only one');
          continue;
        }
        const mine = [...used][0]!;
        const other: Downloader = mine === 'curl' ? 'wget' : 'curl';
        ctx.reportAt(
          instruction,
          `Either use Wget or Curl but not both: this RUN uses ${mine} while line ${firstUse.get(other)!.line} of the same stage uses ${other}; pick one tool so the image needs only one`,
        );
      }
    }
  },
};
