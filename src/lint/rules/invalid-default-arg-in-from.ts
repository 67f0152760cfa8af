import { expandWord, parseImageRef } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { fromArguments } from '../variables.js';

export const invalidDefaultArgInFrom: Rule = {
  id: 'invalid-default-arg-in-from',
  title: 'Default value for global ARG results in an empty or invalid base image name',
  severity: 'warning',
  scope: 'all',
  aliases: ['InvalidDefaultArgInFrom'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    const { values, broken } = fromArguments(df);
    // BuildKit gives up on this check when the defaults themselves cannot be expanded.
    if (broken) return;
    for (const stage of df.stages) {
      const raw = stage.base.raw;
      const expansion = expandWord(raw, { get: (name) => values.get(name) }, { escapeChar: df.escapeChar });
      if (expansion.error) return;
      const parsed = parseImageRef(expansion.result);
      if (parsed.ok) continue;
      const names = [...expansion.matched, ...expansion.unmatched];
      const fix =
        names.length > 0
          ? `with the defaults it is ${JSON.stringify(expansion.result)} (${parsed.error}); give ${names.map((n) => `\`ARG ${n}\``).join(', ')} a default that makes a valid image reference`
          : `${JSON.stringify(expansion.result)} is not a valid image reference (${parsed.error})`;
      ctx.reportAt(stage.from, `Default value for ARG ${raw} results in empty or invalid base image name: ${fix}`);
    }
  },
};
