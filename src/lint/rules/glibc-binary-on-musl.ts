import { baseImageFacts, formatImage, type Dockerfile, type Instruction, type Stage } from '../../dockerfile/index.js';
import { flagValues, runCommands, unwrap } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { buildSteps, chainOf, copySpec, instructionsOf, rootImage, shippedChain, type BuildStep } from '../image/index.js';

/** A loader symlink that makes glibc binaries start on musl: `ln -s /lib/libc.musl-x86_64.so.1 /lib/ld-linux-x86-64.so.2`. */
const GLIBC_LOADER = /(^|\/)ld-linux[\w.-]*\.so(\.\d+)?$/;

/**
 * Whether a build step links against the C library dynamically: cgo left on for `go build` (the
 * golang images default to CGO_ENABLED=1), `cargo build` for a non-musl target, a C compile without
 * `-static`.
 */
function linksLibcDynamically(step: BuildStep): boolean {
  const words = step.command.args.map((a) => a.value);
  const text = words.join(' ');
  if (/-static\b|extldflags[= ]+["']?-static/.test(text)) return false;
  switch (step.ecosystem) {
    case 'go': {
      // Inline, through `env`, or exported in the RUN; else the ENV in scope; the golang images default to 1.
      if (/(^|[\s;&|(])CGO_ENABLED=["']?0\b/.test(step.instruction.args)) return false;
      return (step.instruction.scope.env.get('CGO_ENABLED') ?? '1') !== '0';
    }
    case 'rust':
      return !words.some((w, i) => /musl/.test(w) && (words[i - 1] === '--target' || w.startsWith('--target=')));
    case 'c':
      return step.label !== 'make' && step.label !== 'cmake --build' && step.label !== 'ninja';
    default:
      return false;
  }
}

/** The first build step in a stage's chain that makes a glibc-linked binary, with the glibc image it ran on. */
function glibcBuild(df: Dockerfile, stage: Stage): { step: BuildStep; image: string } | null {
  const chain = chainOf(df, stage);
  const image = rootImage(df, stage);
  if (!image || baseImageFacts(image)?.libc !== 'glibc') return null;
  for (const s of chain) {
    for (const ins of s.instructions) {
      for (const step of buildSteps(ins)) if (step.output === 'project' && linksLibcDynamically(step)) return { step, image: formatImage(image) };
    }
  }
  return null;
}

export const glibcBinaryOnMusl: Rule = {
  id: 'glibc-binary-on-musl',
  title: 'A binary built against glibc runs on a musl (Alpine) image',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const target = ctx.target;
    if (!target) return;
    const df = ctx.dockerfile;
    const image = rootImage(df, target);
    if (!image || baseImageFacts(image)?.libc !== 'musl') return;
    const chain = shippedChain(ctx);
    const runtime = formatImage(image);
    // One finding per build stage, on the COPY that brings its binary (named by `-o`), else its first COPY.
    const copiesBySource = new Map<number, Instruction[]>();
    for (const stage of chain) {
      for (const ins of stage.instructions) {
        const spec = copySpec(stage, ins);
        if (spec?.from?.kind === 'stage') copiesBySource.set(spec.from.stage, [...(copiesBySource.get(spec.from.stage) ?? []), ins]);
      }
    }
    for (const [sourceIndex, copies] of copiesBySource) {
      const source = df.stages[sourceIndex];
      const built = source ? glibcBuild(df, source) : null;
      if (!built) continue;
      const output = flagValues(built.step.command, 'o')[0]?.split('/').pop();
      const ins = copies.find((c) => output && c.args.split(/\s+/).some((w) => w.replace(/\/+$/, '').endsWith(`/${output}`) || w === output)) ?? copies[0]!;
      const fix =
        built.step.ecosystem === 'go'
          ? 'build with `CGO_ENABLED=0` (a static binary), or build FROM `golang:<version>-alpine`'
          : built.step.ecosystem === 'rust'
            ? 'build for `--target x86_64-unknown-linux-musl` (or FROM `rust:<version>-alpine`), or run on `debian:bookworm-slim` / `gcr.io/distroless/cc`'
            : 'link with `-static`, build on Alpine, or run on a glibc image such as `debian:bookworm-slim`';
      ctx.reportAt(
        ins,
        `\`${built.step.label}\` on line ${built.step.instruction.line} links against glibc on \`${built.image}\`, and this image runs it on \`${runtime}\`, which has musl: the binary fails to start ("not found") or misbehaves. To fix, ${fix}.`,
      );
    }
    for (const ins of instructionsOf(chain)) {
      if (ins.keyword !== 'RUN') continue;
      const link = runCommands(ins)
        .map(unwrap)
        .find((c) => c.base === 'ln' && c.args.some((a) => GLIBC_LOADER.test(a.value)));
      if (link) {
        ctx.reportAt(
          ins,
          `A symlink to glibc's loader on \`${runtime}\` (musl) makes glibc binaries start, not work: symbols and behaviour differ, and crashes follow. Build the binary on Alpine or statically, or run it on a glibc image (\`debian:bookworm-slim\`, distroless).`,
        );
      }
    }
  },
};
