import type { Rule } from '../types.js';

export const numericStageReference: Rule = {
  id: 'numeric-stage-reference',
  title: 'A named stage is referred to by its position',
  severity: 'info',
  scope: 'all',
  aliases: [],
  checkStage(stage, ctx) {
    for (const dep of stage.dependencies) {
      if (dep.kind === 'from' || dep.source.kind !== 'stage' || !/^\d+$/.test(dep.raw.trim())) continue;
      const target = ctx.dockerfile.stages[dep.source.stage];
      if (!target?.name) continue;
      const flag = dep.kind === 'copy' ? '--from' : '--mount=…,from';
      ctx.reportAt(
        dep.instruction,
        `\`${flag}=${dep.raw}\` names stage \`${target.name}\` by its position: write \`${flag}=${target.name}\` — a stage inserted above it would silently change what this copies.`,
      );
    }
  },
};
