import { referencedVariables, type Dockerfile, type ImageRef, type StageBase } from '../../../dockerfile/index.js';

export type ImageBase = Extract<StageBase, { kind: 'image' }>;

/** The global ARG whose default a FROM reference takes its value from, for messages that say where to pin it. */
export interface ArgSource {
  name: string;
  line: number;
}

/** The global ARGs (with a default) that a FROM reference such as `${BASE_IMAGE}` or `node:${TAG}` uses. */
export function argSources(df: Dockerfile, raw: string): ArgSource[] {
  const out: ArgSource[] = [];
  for (const name of referencedVariables(raw, df.escapeChar)) {
    const declared = [...df.globalArgs].reverse().find((a) => a.name === name && a.defaultValue !== null);
    if (declared) out.push({ name, line: declared.line });
  }
  return out;
}

/**
 * How a message names the image of a FROM: `node`; when build arguments supply it,
 * `` `$BASE` resolves to `node` (the default of ARG BASE on line 1), which ``; when the build passes a
 * named context of that name, `` `FROM node` builds from the named context `docker-image://node`, which ``.
 */
export function describeReference(df: Dockerfile, base: ImageBase): string {
  const { raw, expanded } = base;
  // The context's value as the build definition writes it.
  if (base.namedContext !== undefined) return `\`FROM ${raw}\` builds from the named context \`docker-image://${expanded}\`, which`;
  if (!raw.includes('$')) return `\`${expanded}\``;
  const sources = argSources(df, raw);
  const where = sources.length > 0 ? ` (${sources.map((s) => `the default of \`ARG ${s.name}\` on line ${s.line}`).join(', ')})` : '';
  return `\`${raw}\` resolves to \`${expanded}\`${where}, which`;
}

/** Where to pin a base image, for the rules that ask for a tag: in the build definition when it comes from a named context. */
export function pinnedExample(base: ImageBase, image: ImageRef): string {
  return base.namedContext !== undefined ? `\`docker-image://${image.familiar}:<version>\` where the build passes that context` : `\`FROM ${image.familiar}:<version>\``;
}
