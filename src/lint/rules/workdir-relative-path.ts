import { ancestry, instructionToCheck, keywordAsWritten, type Dockerfile, type Instruction } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { forEachInstructionVariables, resolveWord } from '../variables.js';
import { triggerVariables } from './shared/onbuild-triggers.js';

/** `/app` on Linux; `C:\app` and `C:/app` as Windows builders read them. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path);
}

const isWorkdir = (ins: Instruction) => ins.keyword === 'WORKDIR';

/**
 * Whether `ins` is a WORKDIR no earlier WORKDIR of the build anchors — the only kind this check judges
 * (fixing it anchors every later relative one; workdir-path-not-absolute judges those): the first WORKDIR
 * of its stage and the stages it is built FROM. An ONBUILD WORKDIR runs after the whole stage, in a stage
 * built FROM it: it is such a WORKDIR when it is the first trigger one and the chain sets none at all.
 */
export function isFirstWorkdirOfBuild(df: Dockerfile, ins: Instruction): boolean {
  const stage = df.stages[ins.stage];
  const checked = instructionToCheck(ins);
  if (!stage || !isWorkdir(checked)) return false;
  if (ancestry(df, stage).slice(1).some((parent) => parent.instructions.some(isWorkdir))) return false;
  if (checked === ins) return stage.instructions.find(isWorkdir) === ins;
  return !stage.instructions.some(isWorkdir) && stage.instructions.find((other) => other.trigger !== null && isWorkdir(other.trigger)) === ins;
}

export const workdirRelativePath: Rule = {
  id: 'workdir-relative-path',
  title: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
  severity: 'warning',
  scope: 'all',
  aliases: ['WorkdirRelativePath', 'DL3000'],
  checkStage(stage, ctx) {
    const df = ctx.dockerfile;
    forEachInstructionVariables(df, stage, (ins, stageVariables) => {
      if (!isFirstWorkdirOfBuild(df, ins)) return;
      const checked = instructionToCheck(ins);
      const variables = checked === ins ? stageVariables : triggerVariables(stageVariables, stage, ins);
      const path = resolveWord(checked.args, variables, df.escapeChar);
      if (path === null || isAbsolute(path)) return;
      const absolute = `/${path.replace(/^(\.\/)+/, '')}`;
      ctx.reportAt(
        ins,
        `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes: write \`${keywordAsWritten(checked)} ${absolute}\` (or the absolute path you mean)`,
      );
    });
  },
};
