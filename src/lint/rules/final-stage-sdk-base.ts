import { formatImage } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { singleStageBuild } from './single-stage-build.js';
import {
  buildSteps,
  isProductionApp,
  instructionsOf,
  needsSdk,
  projectCopies,
  rootImage,
  runCommandsOf,
  shippedChain,
  startCommands,
  takesFromOtherStages,
  toolchainImage,
} from '../image/index.js';

export const finalStageSdkBase: Rule = {
  id: 'final-stage-sdk-base',
  title: 'The image you ship is based on a build toolchain image that has a runtime variant',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const chain = shippedChain(ctx);
    if (chain.length === 0 || !ctx.target) return;
    const image = rootImage(ctx.dockerfile, ctx.target);
    if (!image) return;
    const toolchain = toolchainImage(image);
    if (!toolchain) return;
    // Only an app image (it starts something, and carries the project or artifacts from another stage)
    // can run on the runtime variant; the toolchain images themselves are built FROM their JDK or SDK.
    if (!isProductionApp(ctx.dockerfile, chain)) return;
    if (!takesFromOtherStages(chain) && projectCopies(chain).length === 0) return;
    const instructions = instructionsOf(chain);
    const from = chain[0]!.from;
    // A chain that compiles, or starts through the SDK (`go run`, `mvn spring-boot:run`), needs the
    // toolchain until the build has a stage of its own: single-stage-build's finding, which carries this.
    const compiles =
      instructions.some((i) => buildSteps(i).length > 0) ||
      instructions.some((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && startCommands(i).some((c) => needsSdk(c, toolchain.ecosystem)));
    if (compiles) {
      ctx.report({
        line: from.line,
        endLine: from.endLine,
        column: from.column,
        stage: from.stage,
        message: `The image is based on \`${formatImage(image)}\`, which carries ${toolchain.carries}: once the build has its own stage, base the final stage on ${toolchain.runtime}.`,
        partOf: { rule: singleStageBuild.id, onlyAsRelated: true },
      });
      return;
    }
    // Running the SDK at build time (`dotnet ef`, `mvn` goals) needs it.
    if (instructions.some((i) => runCommandsOf(i).some((c) => needsSdk(c, toolchain.ecosystem)))) return;
    ctx.reportAt(
      from,
      `The image you ship is based on \`${formatImage(image)}\`, which carries ${toolchain.carries} that the running app does not use: base the final stage on ${toolchain.runtime} and copy in only what runs.`,
    );
  },
};
