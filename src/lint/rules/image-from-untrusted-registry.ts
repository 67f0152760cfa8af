import { parseImageRef, parseMountOptions, type ImageRef, type Instruction } from '../../dockerfile/index.js';
import type { Rule, RuleContext } from '../types.js';
import { stripQuotes } from './shared/copy-args.js';

/** hadolint's registry patterns: `*` (any), `*.corp.com` (suffix), `registry.*` (prefix), or an exact name. */
export function registryMatches(pattern: string, registry: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return registry.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return registry.startsWith(pattern.slice(0, -1));
  return registry === pattern;
}

function isTrusted(image: ImageRef, trusted: readonly string[]): boolean {
  // Docker Hub is written without a registry, or as docker.io; hadolint also accepts hub.docker.com for it.
  const names = image.explicitRegistry ? [image.registry] : ['docker.io', 'hub.docker.com'];
  return names.some((name) => trusted.some((pattern) => registryMatches(pattern, name)));
}

interface ImageUse {
  instruction: Instruction;
  image: ImageRef;
  /** How the image is used, for the message: `FROM`, `COPY --from`, `RUN --mount`. */
  how: string;
}

/** Images named in `--from` of COPY and `RUN --mount` before any FROM, where there is no stage to refer to. */
function preambleImages(ins: Instruction): ImageUse[] {
  const values: { value: string; how: string }[] = [];
  for (const flag of ins.flags) {
    if (!flag.value) continue;
    if (flag.name === 'from' && ins.keyword === 'COPY') values.push({ value: flag.value, how: 'COPY --from' });
    if (flag.name === 'mount' && ins.keyword === 'RUN') {
      const from = parseMountOptions(flag.value).get('from');
      if (from) values.push({ value: from, how: 'RUN --mount' });
    }
  }
  const out: ImageUse[] = [];
  for (const { value, how } of values) {
    const text = stripQuotes(value);
    if (text.includes('$') || /^\d+$/.test(text) || text === 'scratch') continue;
    const parsed = parseImageRef(text);
    if (parsed.ok) out.push({ instruction: ins, image: parsed.image, how });
  }
  return out;
}

function imageUses(ctx: RuleContext): ImageUse[] {
  const df = ctx.dockerfile;
  const out: ImageUse[] = df.preamble.flatMap(preambleImages);
  for (const stage of df.stages) {
    for (const dep of stage.dependencies) {
      // Stages, build contexts and references whose ARGs have no default are not registry pulls we can judge.
      if (dep.source.kind !== 'image' || dep.source.image === null) continue;
      const how = dep.kind === 'from' ? 'FROM' : dep.kind === 'copy' ? 'COPY --from' : 'RUN --mount';
      out.push({ instruction: dep.instruction, image: dep.source.image, how });
    }
  }
  return out;
}

export const imageFromUntrustedRegistry: Rule = {
  id: 'image-from-untrusted-registry',
  title: 'Use only an allowed registry in the FROM image',
  severity: 'error',
  scope: 'all',
  aliases: ['DL3026'],
  checkFile(ctx) {
    const trusted = ctx.settings.trustedRegistries;
    if (trusted.length === 0) return;
    for (const use of imageUses(ctx)) {
      if (isTrusted(use.image, trusted)) continue;
      const registry = use.image.explicitRegistry ? use.image.registry : 'docker.io (Docker Hub)';
      ctx.reportAt(
        use.instruction,
        `Use only an allowed registry in the FROM image: ${use.how} \`${use.image.raw}\` comes from ${registry}, ` +
          `which is not among the trusted registries (${trusted.join(', ')}). Mirror the image into one of them, or add the registry to trustedRegistries`,
      );
    }
  },
};
