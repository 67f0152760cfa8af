import { instructionToCheck, keywordAsWritten } from '../../dockerfile/index.js';
import { exposedPorts } from '../expose.js';
import type { Rule } from '../types.js';
import { forEachInstructionVariables } from '../variables.js';
import { triggerVariables } from './shared/onbuild-triggers.js';

export const exposeInvalidFormat: Rule = {
  id: 'expose-invalid-format',
  title: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
  severity: 'warning',
  scope: 'all',
  aliases: ['ExposeInvalidFormat'],
  checkStage(stage, ctx) {
    const escapeChar = ctx.dockerfile.escapeChar;
    forEachInstructionVariables(ctx.dockerfile, stage, (ins, stageVariables) => {
      const checked = instructionToCheck(ins);
      if (checked.keyword !== 'EXPOSE') return;
      const variables = checked === ins ? stageVariables : triggerVariables(stageVariables, stage, ins);
      for (const port of exposedPorts(checked, variables, escapeChar)) {
        if (port.ip === '' && port.hostPort === '') continue;
        const containerPort = port.raw.slice(port.raw.lastIndexOf(':') + 1);
        ctx.reportAt(
          ins,
          `EXPOSE instruction should not define an IP address or host-port mapping, found '${port.raw}': write \`${keywordAsWritten(checked)} ${containerPort}\` and publish it with \`docker run -p ${port.raw}\``,
        );
      }
    });
  },
};
