import { KNOWN_KEYWORDS, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

function isUniformCase(word: string): boolean {
  return word === word.toLowerCase() || word === word.toUpperCase();
}

export const consistentInstructionCasing: Rule = {
  id: 'consistent-instruction-casing',
  title: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
  severity: 'warning',
  scope: 'all',
  aliases: ['ConsistentInstructionCasing'],
  checkFile(ctx) {
    // BuildKit counts the stages' instructions only: global ARGs before the first FROM neither vote nor get checked.
    const counted: Instruction[] = ctx.dockerfile.stages
      .flatMap((stage) => [stage.from, ...stage.instructions])
      .filter((ins) => KNOWN_KEYWORDS.has(ins.keyword));
    let lower = 0;
    let upper = 0;
    for (const ins of counted) {
      if (!isUniformCase(ins.rawKeyword)) continue;
      if (ins.rawKeyword === ins.rawKeyword.toLowerCase()) lower++;
      else upper++;
    }
    const majorityLower = lower > upper;
    for (const ins of counted) {
      const expected = majorityLower ? ins.rawKeyword.toLowerCase() : ins.rawKeyword.toUpperCase();
      if (ins.rawKeyword === expected) continue;
      ctx.reportAt(
        ins,
        `Command '${ins.rawKeyword}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'}): write \`${expected}\``,
      );
    }
  },
};
