import type { Instruction } from '../../dockerfile/index.js';
import { runCommands, runScripts } from '../../shell/index.js';
import type { Rule } from '../types.js';

/** RUNs can only merge when they run with the same mounts, network and security options. */
function flagsKey(ins: Instruction): string {
  return ins.flags
    .map((f) => `${f.name}=${f.value ?? ''}`)
    .sort()
    .join('\n');
}

/**
 * Whether a script the POSIX reader leaves alone (a PowerShell or cmd `SHELL`) chains commands: a `;`,
 * `&` or `|` outside quotes separates commands in those shells too.
 */
function chainsForeignCommands(text: string): boolean {
  let quote = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ';' || ch === '&' || ch === '|') return true;
  }
  return false;
}

/** Whether the RUN executes at most one command; bare assignments (`X=1`) are not commands. */
function runsOneCommand(ins: Instruction): boolean {
  if (runScripts(ins).length === 0) return !chainsForeignCommands(ins.args);
  return runCommands(ins).filter((c) => c.name !== '').length <= 1;
}

/** `RUN a && b` for the message, when both are short one-liners in shell form without flags. */
function merged(first: Instruction, second: Instruction): string {
  const parts = [first, second].map((i) => i.args.trim());
  const simple = [first, second].every((i) => i.execForm === null && i.heredocs.length === 0 && i.flags.length === 0 && i.line === i.endLine);
  const text = `RUN ${parts.join(' && ')}`;
  return simple && text.length <= 80 ? `: \`${text}\`` : ' with `&&`';
}

interface PendingRun {
  ins: Instruction;
  flags: string;
  single: boolean;
}

export const consecutiveRunInstructions: Rule = {
  id: 'consecutive-run-instructions',
  title: 'Multiple consecutive `RUN` instructions. Consider consolidation',
  severity: 'info',
  scope: 'shipped',
  aliases: ['DL3059'],
  checkFile(ctx) {
    let previous: PendingRun | null = null;
    for (const ins of ctx.dockerfile.instructions) {
      // Layers of a build stage nobody ships never reach the image: splitting RUNs there only helps caching.
      const shipped = ins.stage < 0 || ctx.shipped.has(ins.stage);
      if (ins.keyword !== 'RUN' || !shipped) {
        previous = null;
        continue;
      }
      const current: PendingRun = { ins, flags: flagsKey(ins), single: runsOneCommand(ins) };
      // A RUN that already chains commands was split from its neighbours on purpose.
      if (previous && previous.flags === current.flags && previous.single && current.single) {
        ctx.reportAt(
          ins,
          `Multiple consecutive \`RUN\` instructions: this one and the RUN on line ${previous.ins.line} each add a layer to the image. ` +
            `Consider consolidation${merged(previous.ins, ins)}`,
        );
      }
      previous = current;
    }
  },
};
