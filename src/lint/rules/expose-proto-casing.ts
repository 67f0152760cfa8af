import { instructionToCheck } from '../../dockerfile/index.js';
import { exposedPorts } from '../expose.js';
import type { Rule } from '../types.js';
import { forEachInstructionVariables } from '../variables.js';
import { triggerVariables } from './shared/onbuild-triggers.js';

export const exposeProtoCasing: Rule = {
  id: 'expose-proto-casing',
  title: 'Protocol in EXPOSE instruction should be lowercase',
  severity: 'warning',
  scope: 'all',
  aliases: ['ExposeProtoCasing'],
  checkStage(stage, ctx) {
    const escapeChar = ctx.dockerfile.escapeChar;
    forEachInstructionVariables(ctx.dockerfile, stage, (ins, stageVariables) => {
      const checked = instructionToCheck(ins);
      if (checked.keyword !== 'EXPOSE') return;
      const variables = checked === ins ? stageVariables : triggerVariables(stageVariables, stage, ins);
      for (const port of exposedPorts(checked, variables, escapeChar)) {
        if (port.proto === port.proto.toLowerCase()) continue;
        const fixed = port.raw.slice(0, port.raw.length - port.proto.length) + port.proto.toLowerCase();
        ctx.reportAt(ins, `Defined protocol '${port.raw}' in EXPOSE instruction should be lowercase: write \`${fixed}\``);
      }
    });
  },
};
