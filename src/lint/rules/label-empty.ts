import type { Rule } from '../types.js';
import { isBuildTimeValue, labelInstructions } from './shared/labels.js';

export const labelEmpty: Rule = {
  id: 'label-empty',
  title: 'A label of the label schema should not be empty',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3051'],
  checkFile(ctx) {
    const schema = new Set(Object.keys(ctx.settings.labelSchema));
    if (schema.size === 0) return;
    for (const { instruction, pairs } of labelInstructions(ctx)) {
      const reported = new Set<string>();
      for (const pair of pairs) {
        if (!schema.has(pair.key) || reported.has(pair.key) || isBuildTimeValue(pair) || (pair.value ?? '') !== '') continue;
        reported.add(pair.key);
        const label = pair.key;
        ctx.reportAt(instruction, `Label \`${label}\` is empty: a schema label set to nothing tells the image's users nothing; give it a value or drop the LABEL`);
      }
    }
  },
};
