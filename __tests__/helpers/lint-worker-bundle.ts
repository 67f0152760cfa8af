/**
 * The lint's worker thread (and, for bench/whole-process.ts, the CLI) bundled from the sources with
 * esbuild: about a second, where ncc takes a minute; a worker thread cannot load TypeScript.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles `entry` (a path from the repository root) into `outfile` as one ES module for Node 20, with
 * `require` defined for the CommonJS packages inside (what ncc's ESM output does too).
 */
export async function bundleEsm(entry: string, outfile: string): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

/** Bundles `entry` as an ES module worker in a folder of its own; returns the file. */
export async function bundleWorker(entry = 'src/lint-worker-entry.ts'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-worker-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const outfile = join(dir, 'index.js');
  await bundleEsm(entry, outfile);
  return outfile;
}
