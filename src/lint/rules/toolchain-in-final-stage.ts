import type { Dockerfile, Instruction } from '../../dockerfile/index.js';
import { unwrap } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { buildStepOf, chainBuild, chainOf, dependencyInstall, instructionsOf, isToolchainPackage, keptToolchain, productionAppChain, projectBuildStep, rootImage, runCommandsOf, sourceStages, toolchainImage } from '../image/index.js';

/**
 * GPU and ML runtime images: Triton, `torch.compile` and PyTorch C++ extensions JIT-compile kernels with
 * the system compiler, Python headers, cmake and ninja while the app runs: there they are runtime
 * dependencies.
 */
const ML_RUNTIME = /\b(cuda|rocm|pytorch|torch|triton|habana|gaudi|oneapi|neuron|tensorrt|vllm|jax)\b/i;

/** Whether any stage starts from a GPU/ML image or installs an ML framework the final image may carry. */
function buildsMlRuntime(df: Dockerfile): boolean {
  return df.stages.some((s) => ML_RUNTIME.test(s.base.raw) || s.instructions.some((i) => i.keyword === 'RUN' && ML_RUNTIME.test(i.args)));
}

/** Whether a later RUN uses the toolchain: compiles, runs make or git, or installs dependencies that may compile. */
function usedBy(instructions: readonly Instruction[], from: Instruction): Instruction | null {
  const later = instructions.slice(instructions.indexOf(from) + 1);
  return (
    later.find(
      (ins) =>
        dependencyInstall(ins) !== null ||
        runCommandsOf(ins).some((c) => buildStepOf(c, ins) !== null || ['git', 'make', 'gcc', 'g++', 'cc', 'cmake', 'node-gyp'].includes(unwrap(c).base)),
    ) ?? null
  );
}

export const toolchainInFinalStage: Rule = {
  id: 'toolchain-in-final-stage',
  title: 'Compilers, headers or git are installed in the image you ship',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    const chain = productionAppChain(ctx);
    if (!ctx.target || !chain) return;
    // An image that still builds the project is single-stage-build's finding: split first. This rule
    // speaks once the build has moved to its own stage and the final stage kept a toolchain anyway.
    if (chainBuild(chain)) return;
    if (!sourceStages(df, chain).some((s) => projectBuildStep(chainOf(df, s)) !== null)) return;
    const image = rootImage(df, ctx.target);
    if (image && toolchainImage(image)) return; // final-stage-sdk-base's finding
    const instructions = instructionsOf(chain);
    if (buildsMlRuntime(df)) return;
    for (const { install, packages: kept } of keptToolchain(chain, (p) => isToolchainPackage(p) || p === 'git')) {
      // git alone is a runtime dependency of many tools (git build contexts, Terraform modules, bench);
      // beside a compiler it is part of the build kit.
      const packages = kept.some((p) => p !== 'git') ? kept : [];
      if (packages.length === 0) continue;
      const names = packages.map((p) => `\`${p}\``).join(', ');
      const verb = packages.length === 1 ? 'is' : 'are';
      const user = usedBy(instructions, install.instruction);
      // `libpq-dev` brings `libpq5` along: the app still needs the library, just not the headers.
      const headers = packages.some((p) => /-(dev|devel)$/.test(p)) ? ' Keep only the runtime libraries the `-dev` packages pull in (`libpq5` for `libpq-dev`).' : '';
      ctx.reportAt(
        install.instruction,
        user
          ? `${names} ${verb} installed in the image you ship to build what line ${user.line} installs, though the app itself is built in another stage: do that work in a build stage too and copy the result (a virtualenv, \`node_modules\`, the binaries) — the compiler and headers stay behind.`
          : `${names} ${verb} installed in the image you ship, which runs what another stage built and compiles nothing itself: install ${packages.length === 1 ? 'it' : 'them'} in the build stage only.${headers}`,
      );
    }
  },
};
