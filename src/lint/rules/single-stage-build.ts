import type { Stage } from '../../dockerfile/index.js';
import type { Rule, RuleContext } from '../types.js';
import { type BuildStep, chainBuild, type Ecosystem, productionAppChain, programWords, runsThroughBuildTool, startCommandOf } from '../image/index.js';

/** The stage split that fixes each kind of build, and what it leaves behind. */
const SPLIT: Record<Ecosystem, string> = {
  go: 'build in a `golang` stage and copy the binary into `scratch` or distroless — the Go toolchain (≈ 800 MB) stays behind.',
  node: 'build in a `node` stage, then start a fresh stage with production dependencies only (`npm ci --omit=dev`) and `COPY --from` the build output — devDependencies, sources and the package cache stay behind.',
  rust: 'build in a `rust` stage and copy the binary from `target/release` into `debian:bookworm-slim` or `gcr.io/distroless/cc` — the Rust toolchain and `target/` stay behind.',
  java: 'build in a `maven` or `gradle` stage and copy the jar into a JRE image such as `eclipse-temurin:<version>-jre` — the build tool, the JDK and the dependency cache stay behind.',
  dotnet: 'publish in a `mcr.microsoft.com/dotnet/sdk` stage and copy the output into `mcr.microsoft.com/dotnet/aspnet` or `runtime` — the SDK stays behind.',
  c: 'compile in a build stage and copy the binaries into a slim runtime stage — the compiler, headers and object files stay behind.',
  php: 'build the extensions in a stage `FROM` the same `php` image and copy the extension directory (`php-config --extension-dir`) and their `conf.d` ini files into the final stage — the compiler and headers stay behind.',
  python: 'build the wheels in a stage and install them into a fresh `python:<version>-slim` stage — the compiler and build cache stay behind.',
};

/** Without a shell (`scratch`, distroless) a shell-form command or a `.sh` entrypoint cannot start: suggest a slim image with one. */
const WITH_SHELL: Partial<Record<Ecosystem, string>> = {
  go: 'build in a `golang` stage and copy the binary into `alpine` or `debian:bookworm-slim` (the start command needs a shell, so not `scratch` or distroless) — the Go toolchain (≈ 800 MB) stays behind.',
  rust: 'build in a `rust` stage and copy the binary from `target/release` into `debian:bookworm-slim` (the start command needs a shell, so not distroless) — the Rust toolchain and `target/` stay behind.',
};

function stepMessage(step: BuildStep, needsShell: boolean): string {
  return `\`${step.label}\` runs in the image you ship: ${(needsShell ? WITH_SHELL[step.ecosystem] : undefined) ?? SPLIT[step.ecosystem]}`;
}

/** Whether the image's start command needs `/bin/sh`: shell form, `sh -c`, or a shell script. */
function startNeedsShell(chain: readonly Stage[]): boolean {
  const start = startCommandOf(chain);
  const shellForm = [start.entrypoint, start.cmd].some((i) => i !== null && !i.execForm);
  return shellForm || start.words.some((w) => /(^|\/)(ba|da|a)?sh$|\.sh$/.test(w));
}

/**
 * `go run`, `cargo run`, `mvn spring-boot:run`, `gradle bootRun`, `dotnet run` as the start command:
 * the container compiles the app on every start, and the image ships the SDK and the sources to do it.
 */
function reportBuildToolStart(ctx: RuleContext, chain: readonly Stage[]): void {
  const start = startCommandOf(chain);
  if (!runsThroughBuildTool(start.words)) return;
  const at = start.cmd ?? start.entrypoint;
  if (!at) return;
  const program = programWords(start.words);
  const shown = program.slice(0, program.findIndex((w, i) => i > 0 && !w.startsWith('-')) + 1).join(' ');
  ctx.reportAt(
    at,
    `The image starts the app with \`${shown}\`, so it compiles on every start and ships the SDK and the sources: build in its own stage and start the built binary or jar in a runtime image.`,
  );
}

export const singleStageBuild: Rule = {
  id: 'single-stage-build',
  title: 'The image you ship also builds the project: split the build into its own stage',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const chain = productionAppChain(ctx);
    if (!chain) return;
    const build = chainBuild(chain);
    if (!build) {
      reportBuildToolStart(ctx, chain);
      return;
    }
    if (build.step) {
      ctx.reportAt(build.step.instruction, stepMessage(build.step, startNeedsShell(chain)));
      return;
    }
    if (build.toolchain && build.dependencyInstall) {
      // Every package list that installs part of the toolchain, each with its line when there are several.
      const lists = build.toolchains.length > 0 ? build.toolchains : [build.toolchain];
      const count = lists.reduce((n, k) => n + k.packages.length, 0);
      const names = lists
        .map((k) => k.packages.map((p) => `\`${p}\``).join(', ') + (lists.length > 1 ? ` (line ${k.install.instruction.line})` : ''))
        .join(', ');
      ctx.reportAt(
        build.toolchain.install.instruction,
        `${names} ${count === 1 ? 'is' : 'are'} installed in the image you ship to build the dependencies installed on line ${build.dependencyInstall.line}: ` +
          'install them in a build stage (into a virtualenv, `--prefix` or vendor folder) and copy the result into a fresh stage — the compiler and headers stay behind.',
      );
    }
  },
};
