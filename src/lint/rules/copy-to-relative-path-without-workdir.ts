import { ancestry, formatImage, type Dockerfile, type Instruction, type Stage, type StageBase } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { copyArgs, isWindowsAbsolute } from './shared/copy-args.js';

/** Whether a WORKDIR instruction in one of the stages this one is built FROM carries into it. */
function inheritsWorkdir(df: Dockerfile, stage: Stage): boolean {
  return ancestry(df, stage)
    .slice(1)
    .some((parent) => parent.instructions.some((i) => i.keyword === 'WORKDIR'));
}

function rootBase(df: Dockerfile, stage: Stage): StageBase {
  const chain = ancestry(df, stage);
  return chain[chain.length - 1]!.base;
}

/** The image a stage's chain starts from, for the message: `node:20` (a digest left out), or as written. */
function describeImage(base: StageBase): string | null {
  if (base.kind !== 'image') return null;
  return base.image ? formatImage({ ...base.image, digest: null }) : base.raw;
}

function isRelative(dest: string): boolean {
  return !(dest.startsWith('/') || dest.startsWith('$') || isWindowsAbsolute(dest));
}

export const copyToRelativePathWithoutWorkdir: Rule = {
  id: 'copy-to-relative-path-without-workdir',
  title: '`COPY` to a relative destination without `WORKDIR` set',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3045'],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    let workdirSet = false;
    let currentStage = -1;
    for (const ins of df.instructions) {
      if (ins.stage !== currentStage) {
        currentStage = ins.stage;
        const stage = df.stages[currentStage];
        // A chain that starts FROM scratch works in `/`, and no base image can move it.
        workdirSet = stage ? inheritsWorkdir(df, stage) || rootBase(df, stage).kind === 'scratch' : false;
      }
      if (ins.keyword === 'WORKDIR') workdirSet = true;
      if (ins.keyword !== 'COPY' || workdirSet) continue;
      const args = copyArgs(ins, df.escapeChar);
      if (!args || !isRelative(args.destination)) continue;
      report(ins, args.destination);
    }

    function report(ins: Instruction, dest: string): void {
      const stage = df.stages[ins.stage];
      const base = stage ? describeImage(rootBase(df, stage)) : null;
      const lands = base ? `wherever \`${base}\` sets its working directory` : 'in whatever working directory the base image sets';
      ctx.reportAt(
        ins,
        `\`COPY\` to a relative destination without \`WORKDIR\` set: \`${dest}\` lands ${lands}, which can change with the base image. ` +
          'Set `WORKDIR /<dir>` before it (in this stage or one it is built FROM), or give an absolute destination',
      );
    }
  },
};
