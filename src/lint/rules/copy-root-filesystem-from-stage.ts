import { instructionToCheck, ancestry, parseImageRef, type Dockerfile, type Instruction, type Stage, type StageBase } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { copyArgs } from './shared/copy-args.js';

/**
 * Images built FROM scratch to be installed by copying their whole filesystem, as their own
 * documentation shows: `COPY --from=tonistiigi/xx / /` (cross-compilation helpers) and Docker's
 * awesome-compose `COPY --from=gloursdocker/docker / /` (the Docker CLI tools).
 */
const ARTIFACT_IMAGES = new Set(['tonistiigi/xx', 'gloursdocker/docker']);

function rootBase(df: Dockerfile, stage: Stage): StageBase {
  const chain = ancestry(df, stage);
  return chain[chain.length - 1]!.base;
}

function isArtifactImage(base: StageBase): boolean {
  return base.kind === 'scratch' || (base.kind === 'image' && base.image !== null && ARTIFACT_IMAGES.has(base.image.repository));
}

/**
 * Whether the copy is one of the deliberate whole-filesystem copies: from a stage that holds only what
 * was copied into a `FROM scratch` (an artifact stage) or from an artifact image; or into a `FROM scratch`
 * stage that has nothing else yet — the squash idiom, which flattens a stage into one layer.
 */
function isDeliberate(df: Dockerfile, ins: Instruction): boolean {
  const stage = df.stages[ins.stage];
  if (!stage) return false;
  const dep = stage.dependencies.find((d) => d.instruction === ins && d.kind === 'copy');
  const source = dep?.source;
  if (source?.kind === 'stage' && source.stage !== stage.index && isArtifactImage(rootBase(df, df.stages[source.stage]!))) return true;
  if (source?.kind === 'image' && source.image && ARTIFACT_IMAGES.has(source.image.repository)) return true;
  const first = stage.instructions.find((i) => ['COPY', 'ADD', 'RUN'].includes(i.keyword));
  return first === ins && rootBase(df, stage).kind === 'scratch';
}

/** For instructions outside a stage (fragments, ONBUILD triggers): the artifact image named directly. */
function namesArtifactImage(from: string): boolean {
  const parsed = parseImageRef(from);
  return parsed.ok && ARTIFACT_IMAGES.has(parsed.image.repository);
}

export const copyRootFilesystemFromStage: Rule = {
  id: 'copy-root-filesystem-from-stage',
  title: 'Do not copy an entire filesystem from another stage',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3067'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    for (const ins of df.instructions) {
      const copy = instructionToCheck(ins);
      if (copy.keyword !== 'COPY') continue;
      const args = copyArgs(copy, df.escapeChar);
      if (!args || args.from === null || args.destination !== '/' || !args.sources.includes('/')) continue;
      if (ins.trigger ? namesArtifactImage(args.from) : isDeliberate(df, ins) || namesArtifactImage(args.from)) continue;
      ctx.reportAt(
        ins,
        `Do not copy an entire filesystem from another stage: \`COPY --from=${args.from} / /\` lays all of \`${args.from}\` — its /etc, package ` +
          'database and anything left in /tmp — over this image, undoing what the split into stages saved. Copy only the directories the image needs',
      );
    }
  },
};
