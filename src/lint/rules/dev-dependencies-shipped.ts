import type { Instruction } from '../../dockerfile/index.js';
import type { Rule, RuleContext } from '../types.js';
import { scriptDevServer } from './dev-server-in-image.js';
import { singleStageBuild } from './single-stage-build.js';
import {
  contextPackageJson,
  devModulesOrigin,
  nodeDevModules,
  otherDevInstalls,
  programWords,
  PROD_FLAG,
  productionAppChain,
  PRUNE,
  stageLabel,
  startCommandOf,
} from '../image/index.js';

export const devDependenciesShipped: Rule = {
  id: 'dev-dependencies-shipped',
  title: 'Development dependencies (devDependencies, require-dev, dev groups) reach the image you ship',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const chain = productionAppChain(ctx);
    if (!chain) return;
    const df = ctx.dockerfile;
    // What the image holds at its end: development dependencies removed by a later instruction are gone
    // from its filesystem, and the layer that still holds them is cleanup-in-later-layer's.
    for (const install of otherDevInstalls(df, chain).live) {
      if (install.via === null) {
        reportInstalledHere(ctx, install.instruction, `\`${install.label}\` also installs the development dependencies into the image you ship: ${install.fix}.`);
        continue;
      }
      const origin = install.origin ?? install;
      const originStage = df.stages[origin.instruction.stage];
      ctx.reportAt(
        install.instruction,
        `This copies what \`${origin.label}\` installed in ${originStage ? stageLabel(originStage) : stageLabel(install.via)} (line ${origin.instruction.line}), development dependencies included, into the image you ship: ${origin.fix} there, or install the production dependencies in a stage of their own and copy from it.`,
      );
    }
    // The context's package.json, when the image takes it from there: without devDependencies there is
    // nothing to omit; a start script that needs them (vite, nodemon, next dev) is dev-server-in-image's
    // finding, and `--omit=dev` would break the image.
    const pkg = contextPackageJson(ctx, chain);
    if (pkg && pkg.devDependencies.length === 0) return;
    if (pkg && scriptDevServer(programWords(startCommandOf(chain).words), pkg, new Map())) return;
    for (const modules of nodeDevModules(df, chain).live) {
      if (modules.via === null) {
        reportInstalledHere(
          ctx,
          modules.instruction,
          `\`${modules.label}\` also installs the devDependencies \`package.json\` lists into the image you ship: add \`${PROD_FLAG[modules.tool]}\` (or set \`NODE_ENV=production\`), or run \`${PRUNE[modules.tool]}\` once the build no longer needs them, in the same RUN.`,
        );
      } else {
        const origin = devModulesOrigin(df, modules.via);
        ctx.reportAt(
          modules.instruction,
          `\`node_modules\` comes from ${stageLabel(modules.via)}, where \`${origin?.label ?? modules.label}\`${origin ? ` (line ${origin.instruction.line})` : ''} also installed devDependencies: the image ships the build tooling. ` +
            `Install production dependencies in their own stage (\`${modules.tool} ${modules.tool === 'npm' ? 'ci' : 'install'} ${PROD_FLAG[modules.tool]}\`) and copy node_modules from there, or run \`${PRUNE[modules.tool]}\` in ${stageLabel(modules.via)} after the build.`,
        );
      }
    }
  },
};

/**
 * An install of the development dependencies in the image itself. When that image also builds the app,
 * single-stage-build's fix (a build stage, then a runtime stage with production dependencies only)
 * removes them too: one problem, carried as its related line.
 */
function reportInstalledHere(ctx: RuleContext, ins: Instruction, message: string): void {
  ctx.report({ line: ins.line, endLine: ins.endLine, column: ins.column, stage: ins.stage, message, partOf: { rule: singleStageBuild.id } });
}
