import type { Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/** Settings of the image that the last instruction of their kind in a stage decides. */
const LAST_ONE_WINS = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export const multipleInstructionsDisallowed: Rule = {
  id: 'multiple-instructions-disallowed',
  title: 'Multiple instructions of the same type should not be used in the same stage',
  severity: 'warning',
  scope: 'all',
  aliases: ['MultipleInstructionsDisallowed'],
  checkStage(stage, ctx) {
    const previous = new Map<string, Instruction>();
    for (const ins of stage.instructions) {
      if (!LAST_ONE_WINS.has(ins.keyword)) continue;
      const earlier = previous.get(ins.keyword);
      // Reported on the earlier one: it is the one that has no effect.
      if (earlier) {
        ctx.reportAt(
          earlier,
          `Multiple ${ins.rawKeyword} instructions should not be used in the same stage because only the last one will be used: delete this one, the ${ins.keyword} on line ${ins.line} replaces it`,
        );
      }
      previous.set(ins.keyword, ins);
    }
  },
};
