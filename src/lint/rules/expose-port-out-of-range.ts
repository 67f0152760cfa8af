import { expandWord, instructionToCheck, parseWords, scopeLookup, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

const MAX_PORT = 65535;

/** The port specs an EXPOSE lists, variables resolved where the stage defines them; unknown ones are dropped. */
function portSpecs(ins: Instruction, escapeChar: string): string[] {
  const out: string[] = [];
  for (const word of parseWords(ins.args, escapeChar)) {
    const exp = expandWord(word, scopeLookup(ins.scope), { escapeChar });
    if (exp.error || exp.unmatched.size > 0) continue;
    out.push(...exp.words);
  }
  return out;
}

/** `80000`, `40000-80000/tcp` → the numbers above 65535 it names; [] for valid or unreadable specs. */
function outOfRange(spec: string): number[] {
  const ports = spec.split('/')[0]!;
  const bounds = ports.split('-');
  if (bounds.length > 2 || !bounds.every((b) => /^\d+$/.test(b))) return [];
  return bounds.map(Number).filter((p) => p > MAX_PORT);
}

export const exposePortOutOfRange: Rule = {
  id: 'expose-port-out-of-range',
  title: 'Valid UNIX ports range from 0 to 65535',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3011'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      const expose = instructionToCheck(ins);
      if (expose.keyword !== 'EXPOSE') continue;
      for (const spec of portSpecs(expose, df.escapeChar)) {
        const bad = outOfRange(spec);
        if (bad.length === 0) continue;
        ctx.reportAt(
          ins,
          `Valid UNIX ports range from 0 to 65535: \`EXPOSE ${spec}\` names port ${bad.join(' and ')}, which no service can listen on. ` +
            'Expose the port the process actually binds',
        );
      }
    }
  },
};
