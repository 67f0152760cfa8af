import { exposedPorts } from '../expose.js';
import type { Rule } from '../types.js';
import { forEachInstructionVariables } from '../variables.js';

export const exposeProtoCasing: Rule = {
  id: 'expose-proto-casing',
  title: 'Protocol in EXPOSE instruction should be lowercase',
  severity: 'warning',
  scope: 'all',
  aliases: ['ExposeProtoCasing'],
  checkStage(stage, ctx) {
    const escapeChar = ctx.dockerfile.escapeChar;
    forEachInstructionVariables(ctx.dockerfile, stage, (ins, variables) => {
      if (ins.keyword !== 'EXPOSE') return;
      for (const port of exposedPorts(ins, variables, escapeChar)) {
        if (port.proto === port.proto.toLowerCase()) continue;
        const fixed = port.raw.slice(0, port.raw.length - port.proto.length) + port.proto.toLowerCase();
        ctx.reportAt(ins, `Defined protocol '${port.raw}' in EXPOSE instruction should be lowercase: write \`${fixed}\``);
      }
    });
  },
};
