import { expandWord } from '../../dockerfile/index.js';
import { closestName } from '../suggest.js';
import type { Rule } from '../types.js';
import { fromArguments } from '../variables.js';

export const undefinedArgInFrom: Rule = {
  id: 'undefined-arg-in-from',
  title: 'FROM command must use declared ARGs',
  severity: 'warning',
  scope: 'all',
  aliases: ['UndefinedArgInFrom'],
  checkStage(stage, ctx) {
    const df = ctx.dockerfile;
    const { values, declared } = fromArguments(df);
    const reported = new Set<string>();
    // BuildKit checks the image reference, then the --platform value.
    for (const word of [stage.base.raw, stage.platform]) {
      if (word === null) continue;
      const { unmatched } = expandWord(word, { get: (name) => values.get(name) }, { escapeChar: df.escapeChar });
      for (const name of unmatched) {
        if (declared.has(name) || reported.has(name)) continue;
        reported.add(name);
        const suggestion = closestName(name, declared);
        const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
        const fix = suggestion
          ? `use \`$${suggestion}\`, or declare it with \`ARG ${name}=…\` before the first FROM`
          : `declare it with \`ARG ${name}=…\` before the first FROM; undeclared it expands to an empty string`;
        ctx.reportAt(stage.from, `FROM argument '${name}' is not declared${hint}: ${fix}`);
      }
    }
  },
};
