import { instructionToCheck, parseWords, type Instruction } from '../../dockerfile/index.js';
import { cleanPath, parseDockerignore, type Dockerignore } from '../dockerignore.js';
import type { Rule } from '../types.js';
import { forEachInstructionVariables, resolveWord } from '../variables.js';
import { triggerVariables, triggersRunInThisFile } from './shared/onbuild-triggers.js';

const HEREDOC_WORD = /^\d*<<-?/;
/** Remote sources (URLs, git) that ADD fetches instead of reading the build context. */
const REMOTE_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;

/** The sources a COPY or ADD reads from the build context, as written. */
function contextSources(ins: Instruction, escapeChar: string): string[] {
  if (ins.keyword === 'COPY' && ins.flags.some((f) => f.name === 'from')) return [];
  const words = ins.execForm ?? parseWords(ins.args, escapeChar);
  return words.slice(0, -1).filter((word) => !(ins.heredocs.length > 0 && HEREDOC_WORD.test(word)) && !REMOTE_SOURCE.test(word));
}

/** Patterns that leave nothing at the context root: only then is copying `.` worth a warning. */
function ignoresWholeContext(ignore: Dockerignore): boolean {
  return ignore.patterns.some((p) => !p.exclusion && ['*', '**', '**/*'].includes(p.text));
}

export const copyIgnoredFile: Rule = {
  id: 'copy-ignored-file',
  title: 'Attempting to Copy file that is excluded by .dockerignore',
  severity: 'error',
  scope: 'all',
  aliases: ['CopyIgnoredFile'],
  checkStage(stage, ctx) {
    if (!ctx.dockerignoreKnown || ctx.dockerignore === null) return;
    const ignore = parseDockerignore(ctx.dockerignore);
    // With `!` patterns a directory may be excluded while files in it are not: BuildKit does not guess.
    if (!ignore || ignore.hasExclusions) return;
    const escapeChar = ctx.dockerfile.escapeChar;
    // An ONBUILD COPY reads the context of the build that runs it: this one only for a stage of this file.
    const triggersUseThisContext = triggersRunInThisFile(ctx.dockerfile, stage);
    forEachInstructionVariables(ctx.dockerfile, stage, (ins, stageVariables) => {
      const copy = instructionToCheck(ins);
      if (copy.keyword !== 'COPY' && copy.keyword !== 'ADD') return;
      const isTrigger = copy !== ins;
      if (isTrigger && !triggersUseThisContext) return;
      const variables = isTrigger ? triggerVariables(stageVariables, stage, ins) : stageVariables;
      const verb = copy.keyword === 'ADD' ? 'Add' : 'Copy';
      for (const word of contextSources(copy, escapeChar)) {
        const expanded = resolveWord(word, variables, escapeChar);
        if (expanded === null) continue;
        const source = cleanPath(expanded);
        if ((source === '.' || source === '/') && !ignoresWholeContext(ignore)) continue;
        if (!ignore.excludes(source)) continue;
        ctx.reportAt(
          ins,
          `Attempting to ${verb} file ${JSON.stringify(source)} that is excluded by .dockerignore: the build context will not contain it, so this ${copy.keyword} fails or copies nothing; remove the matching pattern from .dockerignore or stop copying it`,
        );
      }
    });
  },
};
