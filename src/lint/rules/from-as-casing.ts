import { parseWords } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

function isUniformCase(word: string): boolean {
  return word === word.toLowerCase() || word === word.toUpperCase();
}

export const fromAsCasing: Rule = {
  id: 'from-as-casing',
  title: "The 'as' keyword should match the case of the 'from' keyword",
  severity: 'warning',
  scope: 'all',
  aliases: ['FromAsCasing'],
  checkStage(stage, ctx) {
    const from = stage.from;
    const words = parseWords(from.args, ctx.dockerfile.escapeChar);
    if (words.length < 3) return;
    const as = words[1]!;
    // A FROM of mixed case is consistent-instruction-casing's finding, not this one's.
    if (!isUniformCase(from.rawKeyword)) return;
    const expected = from.rawKeyword === from.rawKeyword.toLowerCase() ? as.toLowerCase() : as.toUpperCase();
    if (as !== expected) {
      ctx.reportAt(from, `'${as}' and '${from.rawKeyword}' keywords' casing do not match: write \`${from.rawKeyword} … ${expected} ${words[2]}\``);
    }
  },
};
