import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoSize } from '../../demo/index.js';
import { DEFAULT_BUILD_SETTINGS } from '../../docker/argv.js';
import { compareBuildPair } from '../../docker/compare.js';
import { detectBuilder } from '../../docker/detect.js';
import type { CommandRunner } from '../../docker/runner.js';
import { parseDockerfile } from '../../dockerfile/index.js';

/** One example to build: its folder (the context) and its two Dockerfiles. */
export interface ExampleToBuild {
  name: string;
  folder: string;
  single: string;
  multi: string;
}

/**
 * The images a Dockerfile starts from or copies from (not its own stages, not scratch), as written after
 * global ARG defaults: what must be in the image store for it to build without a registry.
 */
export function externalImages(text: string): string[] {
  const df = parseDockerfile(text);
  const images = new Set<string>();
  for (const stage of df.stages) {
    if (stage.base.kind === 'image') images.add(stage.base.expanded);
    for (const dependency of stage.dependencies) if (dependency.kind !== 'from' && dependency.source.kind === 'image') images.add(dependency.source.raw);
  }
  return [...images];
}

/**
 * Builds each example's single-stage Dockerfile and its rewrite (`stagecraft compare`'s code) and
 * returns the size comparison of each, by name. Builds run with `network` (`none` unless asked: the demo
 * must not reach a registry or a package index) from the images already here; an example whose base
 * images are not here is skipped, saying which. `{ unavailable }` when Docker cannot build at all.
 */
export async function measureExamples(
  examples: readonly ExampleToBuild[],
  options: { runner: CommandRunner; network: string; env?: Record<string, string>; progress(text: string): void },
): Promise<{ unavailable: string } | Map<string, DemoSize>> {
  const { runner, env } = options;
  const detected = await detectBuilder(runner, null, env);
  if ('error' in detected) return { unavailable: detected.error };
  const sizes = new Map<string, DemoSize>();
  const tempDir = mkdtempSync(join(tmpdir(), 'stagecraft-demo-'));
  try {
    for (const example of examples) {
      const wanted = [...new Set([example.single, example.multi].flatMap((file) => externalImages(readFileSync(file, 'utf8'))))];
      const present = await Promise.all(wanted.map(async (image) => (await runner.run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], { env, timeoutMs: 30_000 })).code === 0));
      const missing = wanted.filter((_, i) => !present[i]);
      if (missing.length > 0) {
        sizes.set(example.name, { status: 'skipped', reason: `the base image${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not here (docker pull, then run the demo again)` });
        continue;
      }
      options.progress(`Building ${example.name}: both Dockerfiles, to compare their images …`);
      const outcome = await compareBuildPair(
        {
          base: { dockerfile: example.single, context: example.folder, target: null, args: {} },
          head: { dockerfile: example.multi, context: example.folder, target: null, args: {} },
          settings: { ...DEFAULT_BUILD_SETTINGS, network: options.network },
          budget: null,
        },
        { runner, env, tempDir, detection: Promise.resolve(detected), info: () => {}, notice: options.progress, logGroup: async (_title, run) => run(() => {}) },
      );
      sizes.set(example.name, 'error' in outcome ? { status: 'skipped', reason: outcome.error } : { status: 'compared', image: outcome.image, network: options.network });
    }
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  return sizes;
}
