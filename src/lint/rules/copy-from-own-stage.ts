import type { Rule } from '../types.js';

export const copyFromOwnStage: Rule = {
  id: 'copy-from-own-stage',
  title: '`COPY --from` cannot reference its own `FROM` alias',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3023'],
  checkStage(stage, ctx) {
    for (const dep of stage.dependencies) {
      if (dep.kind !== 'copy' || dep.source.kind !== 'stage' || dep.source.stage !== stage.index) continue;
      const label = stage.name ? `\`${stage.name}\`` : `stage ${stage.index}`;
      const via = dep.raw.includes('$') ? ` (\`${dep.raw}\` resolves to it)` : '';
      ctx.reportAt(
        dep.instruction,
        `\`COPY --from\` cannot reference its own \`FROM\` alias: ${label}${via} is the stage this COPY runs in, and a stage cannot copy from itself. ` +
          'Copy from an earlier stage, or drop `--from` to copy from the build context',
      );
    }
  },
};
