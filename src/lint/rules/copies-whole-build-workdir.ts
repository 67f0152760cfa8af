import type { Rule } from '../types.js';
import { chainOf, copiesSourceTree, copySpec, isWithin, productionAppChain, projectBuildStep, resolvePath, stageLabel, workdirAt } from '../image/index.js';
import type { Dockerfile, Stage } from '../../dockerfile/index.js';

/** Where a stage's chain copied the project's sources and compiled them: the folder, the build step. */
function buildFolder(df: Dockerfile, stage: Stage): { dir: string; label: string; line: number } | null {
  const chain = chainOf(df, stage);
  const step = projectBuildStep(chain);
  if (!step) return null;
  const owner = chain.find((s) => s.instructions.includes(step.instruction));
  if (!owner) return null;
  const dir = workdirAt(owner, step.instruction);
  if (dir === null || dir === '/') return null;
  // The sources must live there too: a stage that compiles into /app from sources in /src and whose
  // /app holds only output is not what this rule is about.
  for (const s of chain) {
    for (const ins of s.instructions) {
      const spec = copySpec(s, ins);
      if (!spec || !copiesSourceTree(spec)) continue;
      const dest = resolvePath(workdirAt(s, ins), spec.dest);
      if (dest !== null && isWithin(dest, dir)) return { dir, label: step.label, line: step.instruction.line };
    }
  }
  return null;
}

export const copiesWholeBuildWorkdir: Rule = {
  id: 'copies-whole-build-workdir',
  title: "The image you ship copies a build stage's whole working directory instead of its artifacts",
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    const chain = productionAppChain(ctx);
    if (!chain) return;
    for (const stage of chain) {
      for (const ins of stage.instructions) {
        const spec = copySpec(stage, ins);
        if (!spec || spec.from?.kind !== 'stage') continue;
        const source = df.stages[spec.from.stage];
        if (!source) continue;
        const folder = buildFolder(df, source);
        if (!folder) continue;
        // `COPY --from` sources are paths in the source stage's filesystem, from its root.
        const whole = spec.sources.find((src) => {
          const path = resolvePath('/', src);
          return path !== null && isWithin(folder.dir, path);
        });
        if (whole === undefined) continue;
        ctx.reportAt(
          ins,
          `\`COPY --from=${spec.fromRaw} ${whole}\` copies ${stageLabel(source)}'s whole working directory (\`${folder.dir}\`) — the sources and everything the build left there beside the output of \`${folder.label}\` (line ${folder.line}): copy only the artifacts the app runs (the binary, \`dist/\`, the jar).`,
        );
      }
    }
  },
};
