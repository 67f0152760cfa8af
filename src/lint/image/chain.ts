/** The stages an image is made of, and the stages it takes files from. */
import { ancestry, type Dockerfile, type ImageRef, type Instruction, type Stage, type StageBase } from '../../dockerfile/index.js';
import type { RuleContext } from '../types.js';

/** The stages whose filesystem the target image is made of, from the external base down to the target. */
export function shippedChain(ctx: RuleContext): Stage[] {
  if (!ctx.target) return [];
  return ancestry(ctx.dockerfile, ctx.target).reverse();
}

/** The stages a stage is built FROM, from the external base down to the stage itself. */
export function chainOf(df: Dockerfile, stage: Stage): Stage[] {
  return ancestry(df, stage).reverse();
}

/** Instructions that run in a build of these stages, in order; ONBUILD triggers run in other builds. */
export function instructionsOf(stages: readonly Stage[]): Instruction[] {
  return stages.flatMap((s) => s.instructions.filter((i) => i.keyword !== 'ONBUILD'));
}

/** The external base a stage's chain starts from: an image, scratch, or an unresolvable reference. */
export function rootBase(df: Dockerfile, stage: Stage): StageBase {
  const chain = ancestry(df, stage);
  return chain[chain.length - 1]!.base;
}

export function rootImage(df: Dockerfile, stage: Stage): ImageRef | null {
  const base = rootBase(df, stage);
  return base.kind === 'image' ? base.image : null;
}

/** How a finding names a stage: `builder`, or `stage 0` when it has no name. */
export function stageLabel(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `stage ${stage.index}`;
}

/** Whether any stage in the chain takes files from a stage outside it (`COPY --from`, `RUN --mount=from=`). */
export function takesFromOtherStages(chain: readonly Stage[]): boolean {
  const inChain = new Set(chain.map((s) => s.index));
  return chain.some((s) => s.dependencies.some((d) => d.kind !== 'from' && d.source.kind === 'stage' && !inChain.has(d.source.stage)));
}

/** Stages the chain copies files from (`COPY --from`, bind mounts), with their own FROM chains. */
export function sourceStages(df: Dockerfile, chain: readonly Stage[]): Stage[] {
  const inChain = new Set(chain.map((s) => s.index));
  const out = new Map<number, Stage>();
  for (const stage of chain) {
    for (const dep of stage.dependencies) {
      if (dep.kind === 'from' || dep.source.kind !== 'stage' || inChain.has(dep.source.stage)) continue;
      const source = df.stages[dep.source.stage];
      if (source) out.set(source.index, source);
    }
  }
  return [...out.values()];
}
