import type { Rule } from '../types.js';
import { labelInstructions } from './shared/labels.js';
import { listWords } from './shared/format.js';

export const labelNotInSchema: Rule = {
  id: 'label-not-in-schema',
  title: 'With strict labels, only the labels of the label schema may be set',
  severity: 'info',
  scope: 'all',
  aliases: ['DL3050'],
  checkFile(ctx) {
    if (!ctx.settings.strictLabels) return;
    const known = new Set(Object.keys(ctx.settings.labelSchema));
    for (const { instruction, pairs } of labelInstructions(ctx)) {
      const extra = [...new Set(pairs.map((p) => p.key).filter((k) => !known.has(k)))];
      if (extra.length === 0) continue;
      ctx.reportAt(
        instruction,
        `Superfluous label(s) present: ${listWords(extra)} ${extra.length === 1 ? 'is' : 'are'} not in the label schema and strict labels are on; remove ${extra.length === 1 ? 'it' : 'them'} or add ${extra.length === 1 ? 'it' : 'them'} to \`label-schema\``,
      );
    }
  },
};
