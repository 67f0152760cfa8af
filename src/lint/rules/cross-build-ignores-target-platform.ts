import type { Dockerfile, Stage } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { buildSteps, chainOf, stageLabel, type BuildStep } from '../image/index.js';

const BUILD_PLATFORM = /\$\{?BUILDPLATFORM\}?/;
const TARGET_VARIABLE = /\b(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/;

/** Whether a stage runs on the build platform: its own `--platform=$BUILDPLATFORM`, or a parent's. */
function onBuildPlatform(df: Dockerfile, stage: Stage): boolean {
  return chainOf(df, stage).some((s) => s.platform !== null && BUILD_PLATFORM.test(s.platform));
}

/** Whether any instruction of the chain names a TARGET* variable (an ARG, a `GOARCH=$TARGETARCH`, xx's tools read TARGETPLATFORM). */
function usesTargetPlatform(chain: readonly Stage[]): boolean {
  return chain.some((s) => s.instructions.some((i) => TARGET_VARIABLE.test(i.args) || i.heredocs.some((h) => TARGET_VARIABLE.test(h.content))));
}

/**
 * Whether what a stage builds reaches a stage that runs on the target platform. A build-platform stage
 * whose output is copied only into other build-platform stages builds tools for the build itself; a
 * build-platform stage built FROM it inherits the output and passes it on.
 */
function feedsTargetPlatform(df: Dockerfile, stage: Stage, reachable: ReadonlySet<number>): boolean {
  const seen = new Set<number>([stage.index]);
  const queue = [stage.index];
  while (queue.length > 0) {
    const index = queue.shift()!;
    for (const consumer of df.stages) {
      if (!reachable.has(consumer.index) || seen.has(consumer.index)) continue;
      const uses = consumer.dependencies.filter((d) => d.source.kind === 'stage' && d.source.stage === index);
      if (uses.length === 0) continue;
      if (!onBuildPlatform(df, consumer)) return true;
      if (uses.some((d) => d.kind === 'from')) {
        seen.add(consumer.index);
        queue.push(consumer.index);
      }
    }
  }
  return false;
}

/** WebAssembly (`cargo build --target wasm32-wasi`, `GOOS=wasip1 GOARCH=wasm`) runs on any platform. */
function buildsWasm(step: BuildStep): boolean {
  const cmd = step.command;
  return cmd.args.some((a) => /wasm/.test(a.value)) || cmd.assignments.some((a) => /wasm/.test(a.value)) || /\bwasm/.test(step.instruction.args);
}

const FIX: Record<string, string> = {
  go: 'declare `ARG TARGETOS TARGETARCH` and build with `GOOS=$TARGETOS GOARCH=$TARGETARCH go build …`',
  rust: 'declare `ARG TARGETPLATFORM` and cross-compile with `--target` (tonistiigi/xx’s `xx-cargo` picks the triple)',
  c: 'declare `ARG TARGETPLATFORM` and cross-compile (tonistiigi/xx’s `xx-clang` sets up the target toolchain)',
};

export const crossBuildIgnoresTargetPlatform: Rule = {
  id: 'cross-build-ignores-target-platform',
  title: 'A stage on the build platform compiles without using the target platform',
  severity: 'warning',
  scope: 'reachable',
  aliases: [],
  checkStage(stage, ctx) {
    const df = ctx.dockerfile;
    if (!onBuildPlatform(df, stage)) return;
    // JavaScript bundles, jars and wheels run anywhere: building them natively is the point of
    // `--platform=$BUILDPLATFORM`. Only native code cares about the target.
    const step: BuildStep | undefined = stage.instructions
      .flatMap(buildSteps)
      .find((s) => (s.ecosystem === 'go' || s.ecosystem === 'rust' || s.ecosystem === 'c') && !buildsWasm(s));
    if (!step) return;
    if (usesTargetPlatform(chainOf(df, stage))) return;
    if (!feedsTargetPlatform(df, stage, ctx.reachable)) return;
    ctx.reportAt(
      step.instruction,
      `\`${step.label}\` runs in ${stageLabel(stage)}, which is pinned to the build platform (\`--platform=$BUILDPLATFORM\`), and nothing passes the target platform in: \`docker buildx build --platform linux/arm64\` on an amd64 runner ships an amd64 binary. To cross-compile, ${FIX[step.ecosystem]}.`,
    );
  },
};
