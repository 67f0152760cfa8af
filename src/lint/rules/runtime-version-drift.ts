import { formatImage, type Dockerfile, type ImageRef, type Instruction, type Stage } from '../../dockerfile/index.js';
import type { Rule } from '../types.js';
import { buildSteps, chainOf, dependencyInstall, instructionsOf, packageInstalls, rootImage, shippedChain, sourceStages } from '../image/index.js';

type Runtime = 'node' | 'python' | 'java';

interface RuntimeVersion {
  runtime: Runtime;
  /** `22` for Node and Java, `3.12` for Python (its minor version is the ABI wheels are built for). */
  version: string;
  /** How the finding names where it comes from: `node:26`, Alpine 3.20's packaged `nodejs`. */
  source: string;
  /** The instruction that sets it: the FROM, or the package install. */
  at: Instruction;
}

const NAMES: Record<Runtime, string> = { node: 'Node', python: 'Python', java: 'Java' };

/** What each distribution release packages: `apk add nodejs`, `apt-get install python3`. */
const PACKAGED: Record<string, Partial<Record<Runtime, string>>> = {
  'alpine:3.17': { node: '18', python: '3.10' },
  'alpine:3.18': { node: '18', python: '3.11' },
  'alpine:3.19': { node: '20', python: '3.11' },
  'alpine:3.20': { node: '20', python: '3.12' },
  'alpine:3.21': { node: '22', python: '3.12' },
  'alpine:3.22': { node: '22', python: '3.12' },
  'debian:bullseye': { node: '12', python: '3.9' },
  'debian:bookworm': { node: '18', python: '3.11' },
  'debian:trixie': { node: '20', python: '3.13' },
  'ubuntu:jammy': { node: '12', python: '3.10' },
  'ubuntu:noble': { node: '18', python: '3.12' },
};
const DEBIAN_CODENAMES: Record<string, string> = { '11': 'bullseye', '12': 'bookworm', '13': 'trixie' };
const UBUNTU_CODENAMES: Record<string, string> = { '22.04': 'jammy', '24.04': 'noble' };

/** The distribution release an image's packages come from: `alpine:3.20`, `debian:bookworm`. */
function releaseOf(image: ImageRef): string | null {
  const tag = image.tag ?? '';
  if (image.familiar === 'alpine') return /^\d+\.\d+/.exec(tag) ? `alpine:${/^\d+\.\d+/.exec(tag)![0]}` : null;
  if (image.familiar === 'debian') {
    const codename = /^(bullseye|bookworm|trixie)/.exec(tag)?.[1] ?? DEBIAN_CODENAMES[/^\d+/.exec(tag)?.[0] ?? ''];
    return codename ? `debian:${codename}` : null;
  }
  if (image.familiar === 'ubuntu') {
    const codename = /^(jammy|noble)/.exec(tag)?.[1] ?? UBUNTU_CODENAMES[/^\d\d\.\d\d/.exec(tag)?.[0] ?? ''];
    return codename ? `ubuntu:${codename}` : null;
  }
  return null;
}

/** The runtime an image itself carries, from its name and tag; null when the tag names no version (`lts`, `latest`). */
function imageRuntime(image: ImageRef, at: Instruction): RuntimeVersion | null {
  const tag = image.tag ?? '';
  const source = `\`${formatImage(image)}\``;
  const distroless = /^gcr\.io\/distroless\/(nodejs(\d+)|python3|java(\d+))(-debian(\d+))?$/.exec(image.familiar);
  if (distroless) {
    if (distroless[2]) return { runtime: 'node', version: distroless[2], source, at };
    if (distroless[3]) return { runtime: 'java', version: distroless[3], source, at };
    const debian = distroless[5];
    const python = debian === '12' ? '3.11' : debian === '11' ? '3.9' : null;
    return python ? { runtime: 'python', version: python, source, at } : null;
  }
  switch (image.familiar) {
    case 'node': {
      const major = /^(\d+)(?:[.-]|$)/.exec(tag)?.[1];
      return major ? { runtime: 'node', version: major, source, at } : null;
    }
    case 'python': {
      const minor = /^(\d+\.\d+)(?:[.-]|$)/.exec(tag)?.[1];
      return minor ? { runtime: 'python', version: minor, source, at } : null;
    }
    case 'eclipse-temurin':
    case 'openjdk':
    case 'amazoncorretto':
    case 'ibm-semeru-runtimes':
    case 'sapmachine': {
      const major = /^(\d+)(?:[.u-]|$)/.exec(tag)?.[1];
      return major ? { runtime: 'java', version: major, source, at } : null;
    }
    case 'maven':
    case 'gradle': {
      // `maven:3.9-eclipse-temurin-21`, `gradle:8.5-jdk17`: the JDK is in the tag's suffix.
      const major = /(?:temurin|jdk|corretto|openjdk|sapmachine|semeru)-?(\d+)/.exec(tag)?.[1];
      return major ? { runtime: 'java', version: major, source, at } : null;
    }
    default:
      return null;
  }
}

/** The runtime a chain runs: the base image's own, or the one the chain installs from the distribution. */
function chainRuntime(df: Dockerfile, stage: Stage): RuntimeVersion[] {
  const image = rootImage(df, stage);
  if (!image) return [];
  const root = chainOf(df, stage)[0]!;
  const own = imageRuntime(image, root.from);
  const out = own ? [own] : [];
  const release = releaseOf(image);
  if (release && PACKAGED[release]) {
    for (const ins of instructionsOf(chainOf(df, stage))) {
      for (const install of packageInstalls(ins)) {
        for (const pkg of install.packages) {
          const runtime: Runtime | null = pkg === 'nodejs' ? 'node' : pkg === 'python3' ? 'python' : null;
          const version = runtime ? PACKAGED[release]![runtime] : undefined;
          if (runtime && version) out.push({ runtime, version, source: `${release.replace(/^(\w)/, (c) => c.toUpperCase()).replace(':', ' ')}'s packaged \`${pkg}\``, at: ins });
        }
      }
    }
  }
  return out;
}

const FIX: Record<Runtime, string> = {
  node: 'native modules (node-gyp addons) and the lockfile were built and resolved for the build stage\'s Node',
  python: 'wheels with C extensions are built for one Python minor version and the virtualenv points at that interpreter',
  java: 'classes compiled for a newer Java fail with UnsupportedClassVersionError on an older one',
};

export const runtimeVersionDrift: Rule = {
  id: 'runtime-version-drift',
  title: 'The build stage and the image you ship run different versions of the same runtime',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const df = ctx.dockerfile;
    const target = ctx.target;
    if (!target) return;
    const runs = chainRuntime(df, target);
    if (runs.length === 0) return;
    const reported = new Set<string>();
    for (const source of sourceStages(df, shippedChain(ctx))) {
      const sourceImage = rootImage(df, source);
      const targetImage = rootImage(df, target);
      // Two tags of one repository are base-image-tag-drift's; this rule is about images from different repositories.
      if (!sourceImage || !targetImage || sourceImage.familiar === targetImage.familiar) continue;
      // Only what the stage built or installed is tied to its runtime; a stage that copies a release
      // (the upstream Maven install) is not.
      if (!instructionsOf(chainOf(df, source)).some((i) => buildSteps(i).length > 0 || dependencyInstall(i) !== null)) continue;
      for (const built of chainRuntime(df, source)) {
        const run = runs.find((r) => r.runtime === built.runtime);
        if (!run || run.version === built.version) continue;
        // A newer JVM runs older classes; only an older one breaks.
        if (built.runtime === 'java' && Number(run.version) > Number(built.version)) continue;
        const key = `${built.runtime}:${built.version}:${run.version}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const name = NAMES[built.runtime];
        ctx.reportAt(
          run.at,
          `The build stage ${source.name ? `\`${source.name}\` ` : ''}runs ${name} ${built.version} (${built.source}) and this image runs ${name} ${run.version} (${run.source}): ${FIX[built.runtime]}. Use the same ${built.runtime === 'python' ? 'version' : 'major version'} in both stages.`,
        );
      }
    }
  },
};
