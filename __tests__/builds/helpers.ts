import { spawnSync } from 'node:child_process';
import { bakeEnvironment } from '../../src/builds/buildx.js';
import type { BuildDefinition, BuildSourceKind } from '../../src/builds/types.js';

/** Whether `docker buildx` runs here, with the environment the bake printer gives it. */
export const hasBuildx = spawnSync('docker', ['buildx', 'version'], { env: bakeEnvironment(), encoding: 'utf8', timeout: 15_000 }).status === 0;

/** A test title that says why it is skipped when buildx is missing. */
export function needsBuildx(title: string): string {
  return hasBuildx ? title : `${title} (skipped: docker buildx not installed; .ci/run installs the docker-buildx package)`;
}

/** A definition with the defaults of a plain build: root context, last stage, no args. */
export function definition(
  kind: BuildSourceKind,
  file: string,
  line: number | null,
  fields: Partial<Omit<BuildDefinition, 'source'>> & { dockerfile: string },
): BuildDefinition {
  const { name, ...rest } = fields;
  return { context: '', targets: [], args: {}, ...rest, source: { file, line, kind }, ...(name === undefined ? {} : { name }) };
}

/** Lines joined with newlines, so that a file in a table reads like the file. */
export const lines = (...text: string[]): string => text.join('\n') + '\n';
