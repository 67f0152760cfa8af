import { reachableFrom } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';

export const unreachableStage: Rule = {
  id: 'unreachable-stage',
  title: 'A stage no build target can reach',
  severity: 'warning',
  scope: 'all',
  aliases: [],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    if (df.stages.length < 2) return;
    // A reference we cannot resolve (`COPY --from=$VARIANT`, `FROM ${BASE}`) may name any stage.
    const unresolved = df.stages.some(
      (s) => s.dependencies.some((d) => d.source.kind === 'unknown') || (s.base.kind === 'image' && s.base.unresolved.length > 0),
    );
    if (unresolved) return;
    // BuildKit selects a target by name (or builds the last stage): every named stage may be a
    // target of its own (`dev`, `test`), so only what none of them needs is dead.
    const roots = df.stages.filter((s) => s.name !== null || s.index === df.stages.length - 1 || ctx.targets.includes(s));
    const reached = reachableFrom(df, roots);
    for (const stage of df.stages) {
      if (reached.has(stage.index)) continue;
      ctx.report({
        line: stage.from.line,
        endLine: stage.from.endLine,
        column: stage.from.column,
        stage: stage.index,
        message: `Stage ${stage.index} is never used: no stage builds FROM it or copies from it, and without a name no \`--target\` can select it. BuildKit skips it; the legacy builder still builds it. Delete it, or name it (\`AS …\`) if it is meant as a target.`,
      });
    }
  },
};
