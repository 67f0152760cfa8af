import { referencedVariables, type Dockerfile } from '../../../dockerfile/index.js';

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
 * How a message names the image of a FROM: `node`, or — when build arguments supply it —
 * `` `$BASE` resolves to `node` (the default of ARG BASE on line 1) ``.
 */
export function describeReference(df: Dockerfile, raw: string, expanded: string): string {
  if (!raw.includes('$')) return `\`${expanded}\``;
  const sources = argSources(df, raw);
  const where = sources.length > 0 ? ` (${sources.map((s) => `the default of \`ARG ${s.name}\` on line ${s.line}`).join(', ')})` : '';
  return `\`${raw}\` resolves to \`${expanded}\`${where}, which`;
}
