import { instructionToCheck, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/** Settings of the image that the last instruction of their kind in a stage decides, with hadolint's code for each. */
const LAST_ONE_WINS: Record<string, string> = { CMD: 'DL4003', ENTRYPOINT: 'DL4004', HEALTHCHECK: 'DL3012' };

export const multipleInstructionsDisallowed: Rule = {
  id: 'multiple-instructions-disallowed',
  title: 'Multiple instructions of the same type should not be used in the same stage',
  severity: 'warning',
  scope: 'all',
  aliases: ['MultipleInstructionsDisallowed', 'DL3012', 'DL4003', 'DL4004'],
  checkFile(ctx) {
    // Grouped by stage, with the instructions before any FROM as a group of their own (hadolint's fragments).
    // A stage's ONBUILD triggers form another group: they all run, in order, in each image built FROM it.
    const previousByGroup = new Map<string, Map<string, Instruction>>();
    for (const ins of ctx.dockerfile.instructions) {
      const checked = instructionToCheck(ins);
      const code = LAST_ONE_WINS[checked.keyword];
      if (!code) continue;
      const group = `${ins.stage}${checked === ins ? '' : ' ONBUILD'}`;
      let previous = previousByGroup.get(group);
      if (!previous) previousByGroup.set(group, (previous = new Map()));
      const earlier = previous.get(checked.keyword);
      // Reported on the earlier one, the one with no effect (BuildKit's line); a suppression above the
      // later one, where hadolint reports it, silences it too.
      if (earlier) {
        ctx.report({
          message: `Multiple ${checked.rawKeyword} instructions should not be used in the same stage because only the last one will be used: delete this one, the ${checked.keyword} on line ${ins.line} replaces it`,
          line: earlier.line,
          endLine: earlier.endLine,
          column: earlier.column,
          stage: earlier.stage,
          aliases: ['MultipleInstructionsDisallowed', code],
          suppressibleAt: [ins.line],
        });
      }
      previous.set(checked.keyword, ins);
    }
  },
};
