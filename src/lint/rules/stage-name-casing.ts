import { parseWords } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

export const stageNameCasing: Rule = {
  id: 'stage-name-casing',
  title: 'Stage names should be lowercase',
  severity: 'warning',
  scope: 'all',
  aliases: ['StageNameCasing'],
  checkStage(stage, ctx) {
    const words = parseWords(stage.from.args, ctx.dockerfile.escapeChar);
    if (words.length !== 3) return;
    const name = words[2]!;
    const lower = name.toLowerCase();
    if (name !== lower) {
      ctx.reportAt(stage.from, `Stage name '${name}' should be lowercase: write \`AS ${lower}\` (stage names are matched case-insensitively, so nothing that refers to it changes)`);
    }
  },
};
