import type { Rule } from '../types.js';
import { singleStageBuild } from './single-stage-build.js';
import { copySpec, productionAppChain, projectCompiled, wholeContextSource } from '../image/index.js';

/** `.dockerignore` text with something in it besides comments and blank lines. */
function hasIgnoreRules(text: string | null): boolean {
  return text !== null && text.split(/\r?\n/).some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}

export const finalStageCopiesContext: Rule = {
  id: 'final-stage-copies-context',
  title: 'The image you ship copies the whole build context',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const chain = productionAppChain(ctx);
    if (!chain) return;
    // When the project is compiled (in the image or in a stage it copies from), the sources are dead
    // weight beside the output. When the sources are the app (a Python or Node app that is not
    // compiled), only what the context holds besides them is waste: a `.dockerignore` handles that.
    const builtElsewhereOrHere = projectCompiled(ctx.dockerfile, chain);
    if (!builtElsewhereOrHere && ctx.dockerignoreKnown && hasIgnoreRules(ctx.dockerignore)) return;
    for (const stage of chain) {
      for (const ins of stage.instructions) {
        const spec = copySpec(stage, ins);
        const source = spec && wholeContextSource(spec);
        if (!spec || source === null || source === undefined) continue;
        const written = `${ins.keyword} ${source} ${spec.dest}`;
        if (builtElsewhereOrHere) {
          // Splitting the build out of the image (single-stage-build's fix) leaves the sources behind too.
          ctx.report({
            line: ins.line,
            endLine: ins.endLine,
            column: ins.column,
            stage: ins.stage,
            message: `\`${written}\` ships the whole source tree next to the build output the app runs from: copy the sources into the build stage only and \`COPY --from\` just the output.`,
            partOf: { rule: singleStageBuild.id },
          });
        } else {
          ctx.reportAt(
            ins,
            `\`${written}\` ships everything in the build context — tests, docs, the Dockerfile, \`.git\` unless ignored: copy only the folders the app runs from, or list the rest in \`.dockerignore\`.`,
            'info',
          );
        }
      }
    }
  },
};
