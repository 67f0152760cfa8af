import type { Dockerfile, Instruction, Stage } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { buildSteps, chainOf, copySpec, dependencyInstall, isDevelopmentImage, stageLabel, type BuildStep } from '../image/index.js';

const BUILD_PLATFORM = /\$\{?BUILDPLATFORM\}?/;
const TARGET_VARIABLE = /\b(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/;

/** Whether a stage runs on the build platform: its own `--platform=$BUILDPLATFORM`, or a parent's. */
function onBuildPlatform(df: Dockerfile, stage: Stage): boolean {
  return chainOf(df, stage).some((s) => s.platform !== null && BUILD_PLATFORM.test(s.platform));
}

const TARGET_VARIABLES = /\b(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/g;

/**
 * How the chain reads the target platform: `declared` when an instruction names a TARGET* variable the
 * stage declares (`ARG TARGETARCH`, then `GOARCH=$TARGETARCH`; xx's tools read TARGETPLATFORM), else
 * the first use of one it never declared — BuildKit gives the automatic platform ARGs to the global
 * scope only, so without `ARG TARGETARCH` in the stage `$TARGETARCH` expands to nothing.
 */
function targetPlatformUse(chain: readonly Stage[]): { kind: 'declared' } | { kind: 'undeclared'; name: string; line: number } | null {
  let undeclared: { kind: 'undeclared'; name: string; line: number } | null = null;
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      // `ARG TARGETARCH`, or an ENV that sets one (`ENV TARGETPLATFORM=${LIBCXX_TARGET}` for xx).
      if (ins.keyword === 'ARG' && TARGET_VARIABLE.test(ins.args)) return { kind: 'declared' };
      if (ins.keyword === 'ENV' && ins.pairs.some((p) => TARGET_VARIABLE.test(p.key))) return { kind: 'declared' };
      const text = [ins.args, ...ins.heredocs.map((h) => h.content)].join('\n');
      for (const match of text.matchAll(TARGET_VARIABLES)) {
        if (ins.scope.args.has(match[1]!) || ins.scope.env.has(match[1]!)) return { kind: 'declared' };
        undeclared ??= { kind: 'undeclared', name: match[1]!, line: ins.line };
      }
    }
  }
  return undeclared;
}

/**
 * Whether what a stage builds reaches a stage that runs on the target platform. A build-platform stage
 * whose output is copied only into other build-platform stages builds tools for the build itself; a
 * build-platform stage built FROM it inherits the output and passes it on.
 */
function feedsTargetPlatform(df: Dockerfile, stage: Stage, reachable: ReadonlySet<number>, target: Stage | null, copied: (source: string) => boolean = () => true): boolean {
  // A target that inherits `--platform=$BUILDPLATFORM` through `FROM base` is itself the image shipped.
  if (target?.index === stage.index) return true;
  const seen = new Set<number>([stage.index]);
  const queue = [stage.index];
  while (queue.length > 0) {
    const index = queue.shift()!;
    for (const consumer of df.stages) {
      if (!reachable.has(consumer.index) || seen.has(consumer.index)) continue;
      const uses = consumer.dependencies.filter((d) => d.source.kind === 'stage' && d.source.stage === index);
      if (uses.length === 0) continue;
      const brings = uses.some((d) => d.kind === 'from' || copiedSources(consumer, d.instruction).some(copied));
      if (!brings) continue;
      // `FROM scratch AS out` + `COPY --from=build`: a pass-through; the binary runs where that goes.
      const passThrough = consumer.base.kind === 'scratch' && consumer.instructions.every((i) => i.keyword !== 'RUN') && consumer.index !== target?.index;
      if (!onBuildPlatform(df, consumer) && !passThrough) return true;
      if (passThrough || uses.some((d) => d.kind === 'from') || target?.index === consumer.index) {
        if (target?.index === consumer.index) return true;
        seen.add(consumer.index);
        queue.push(consumer.index);
      }
    }
  }
  return false;
}

function copiedSources(stage: Stage, ins: Instruction): string[] {
  return copySpec(stage, ins)?.sources ?? [];
}

/** Sources that carry installed dependencies with native code: node_modules, a virtualenv, site-packages, wheels. */
const NATIVE_DEPENDENCIES = /(^|\/)(node_modules|\.?venv|site-packages|dist-packages|wheels?|install|\.local)(\/|$)|\.whl$|^\/?(app|usr\/src\/app)?\/?$/;

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
    // The image shipped is itself on the build platform (`FROM base` inherits the pin): a dev
    // environment is meant to run where it is built; anything else is one finding, at the pin.
    const target = ctx.target;
    if (target && chainOf(df, target).some((s) => s.index === stage.index)) {
      if (isDevelopmentImage(df, target)) return;
      const pin = chainOf(df, target).find((s) => s.platform !== null && BUILD_PLATFORM.test(s.platform));
      if (pin?.index !== stage.index || targetPlatformUse(chainOf(df, target))?.kind === 'declared') return;
      ctx.reportAt(
        pin.from,
        `${pin.index === target.index ? 'The image you ship is pinned' : `The image you ship is built FROM this stage, which is pinned`} to the build platform (\`--platform=$BUILDPLATFORM\`)${pin.index !== target.index ? ` and inherited by ${stageLabel(target)}` : ''}: \`docker buildx build --platform linux/arm64\` on an amd64 runner ships an amd64 image labelled arm64. Pin only the stages that build platform-independent output or cross-compile, and start the shipped stage from an image without \`--platform\`.`,
      );
      return;
    }
    // A shipped image pinned to the build platform is reported once, at its pin: that is the fix.
    if (target && onBuildPlatform(df, target) && !isDevelopmentImage(df, target)) return;
    // JavaScript bundles, jars and wheels run anywhere: building them natively is the point of
    // `--platform=$BUILDPLATFORM`. Only native code cares about the target.
    const step: BuildStep | undefined = stage.instructions
      .flatMap(buildSteps)
      .find((s) => (s.ecosystem === 'go' || s.ecosystem === 'rust' || s.ecosystem === 'c') && !buildsWasm(s));
    const use = targetPlatformUse(chainOf(df, stage));
    if (use?.kind === 'declared') return;
    const undeclared = use ? ` (\`$${use.name}\` on line ${use.line} is never declared in the stage, so it expands to nothing: add \`ARG ${use.name}\`)` : '';
    if (step) {
      if (!feedsTargetPlatform(df, stage, ctx.reachable, ctx.target)) return;
      ctx.reportAt(
        step.instruction,
        `\`${step.label}\` runs in ${stageLabel(stage)}, which is pinned to the build platform (\`--platform=$BUILDPLATFORM\`), and nothing passes the target platform in${undeclared}: \`docker buildx build --platform linux/arm64\` on an amd64 runner ships an amd64 binary. To cross-compile, ${FIX[step.ecosystem]}.`,
      );
      return;
    }
    // node-gyp addons and C-extension wheels compiled here are for the build platform too, once the
    // installed dependencies themselves (not a bundle) are copied into a target-platform stage.
    const install = stage.instructions.map((i) => ({ i, cmd: dependencyInstall(i) })).find((x) => x.cmd && /^(npm|yarn|pnpm|bun|pip\d?|python\d?|uv|poetry|pipenv)$/.test(x.cmd.base));
    if (!install) return;
    if (!feedsTargetPlatform(df, stage, ctx.reachable, ctx.target, (s) => NATIVE_DEPENDENCIES.test(s))) return;
    const label = [install.cmd!.base, install.cmd!.args[0]?.value].filter(Boolean).join(' ');
    ctx.reportAt(
      install.i,
      `\`${label}\` installs dependencies in ${stageLabel(stage)}, which is pinned to the build platform, and they are copied into an image for the target platform: native modules (node-gyp addons, C-extension wheels) are compiled for the build platform${undeclared}. Install dependencies in a stage on the target platform (no \`--platform\`), and keep \`$BUILDPLATFORM\` for platform-independent output such as bundles.`,
    );
  },
};
