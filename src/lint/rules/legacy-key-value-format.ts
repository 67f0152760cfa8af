import { instructionToCheck, keywordAsWritten, type KeyValue } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

/** The `key=value` spelling of a legacy pair, when it can be written without changing the value. */
function modernPair(pair: KeyValue): string | null {
  const value = pair.rawValue!;
  if (/^(["'])[^"']*\1$/.test(value)) return `${pair.key}=${value}`;
  if (/["'\\`]/.test(value)) return null;
  return /\s/.test(value) ? `${pair.key}="${value}"` : `${pair.key}=${value}`;
}

export const legacyKeyValueFormat: Rule = {
  id: 'legacy-key-value-format',
  title: 'Legacy key/value format with whitespace separator should not be used',
  severity: 'warning',
  scope: 'all',
  aliases: ['LegacyKeyValueFormat'],
  checkStage(stage, ctx) {
    for (const ins of stage.instructions) {
      const checked = instructionToCheck(ins);
      if (checked.keyword !== 'ENV' && checked.keyword !== 'LABEL') continue;
      for (const pair of checked.pairs) {
        if (pair.equals || pair.rawValue === null) continue;
        const name = checked.rawKeyword;
        const written = keywordAsWritten(checked);
        const modern = modernPair(pair);
        const fix = modern ? `write \`${written} ${modern}\`` : `write \`${written} ${pair.key}="…"\` with the value quoted`;
        ctx.reportAt(ins, `"${name} key=value" should be used instead of legacy "${name} key value" format: ${fix}`);
      }
    }
  },
};
