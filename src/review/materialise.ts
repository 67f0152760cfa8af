import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { RevisionReader } from './types.js';

/**
 * The settings files src/files/config-files.ts looks for (kept in step with it): the nearest of each
 * pair, in the Dockerfile's folder or any folder above it up to the root.
 */
const CONFIG_NAMES = ['.stagecraft.yml', '.stagecraft.yaml', '.hadolint.yaml', '.hadolint.yml'];

/** How many files are read at once (a REST reader makes one request per file). */
const CONCURRENCY = 8;

export interface MaterialisedRevision {
  /** Each Dockerfile present at the revision: its repository path → its absolute path under `dest`. */
  written: Map<string, string>;
  /** The Dockerfile paths with no regular file at the revision, in the order given. */
  missing: string[];
  /** The settings files written (repository paths, sorted): those found for the Dockerfiles, and the `extraPaths` present at the revision. */
  settings: string[];
}

/**
 * Checks a repository path (`/`-separated, relative) and returns its segments. Throws on anything that
 * could leave `dest` or clash with its `.git` marker: empty, absolute (`/x`; `C:/x` on Windows), a `..` or `.git`
 * segment, a NUL, and on Windows a backslash.
 */
function segmentsOf(path: string): string[] {
  const reject = (why: string): never => {
    throw new Error(`cannot materialise ${JSON.stringify(path)}: ${why}`);
  };
  if (path.length === 0) reject('empty path');
  if (path.includes('\0')) reject('NUL in path');
  // On Windows a backslash separates folders; elsewhere it is an ordinary character git allows in names.
  if (process.platform === 'win32' && path.includes('\\')) reject('backslash in path (repository paths are /-separated)');
  if (path.startsWith('/') || (process.platform === 'win32' && /^[a-zA-Z]:/.test(path))) reject('absolute path');
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0) reject('no file name');
  for (const s of segments) {
    if (s === '..') reject('a ".." segment would leave the destination');
    if (s.toLowerCase() === '.git') reject('a ".git" segment');
  }
  return segments;
}

/** The settings files that decide how the Dockerfile at `segments` is linted, as candidate repository paths. */
function settingsCandidates(segments: readonly string[]): string[] {
  const name = segments[segments.length - 1]!;
  const folder = segments.slice(0, -1);
  const inFolder = (n: string) => [...folder, n].join('/');
  const candidates = [inFolder(`${name}.dockerignore`), inFolder('.dockerignore')];
  for (let depth = folder.length; depth >= 0; depth--) {
    const prefix = folder.slice(0, depth);
    for (const n of CONFIG_NAMES) candidates.push([...prefix, n].join('/'));
  }
  return candidates;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Writes, under `dest`, each given Dockerfile path as it is at the revision, plus every settings file
 * that decides how it is linted at that revision: `.stagecraft.yml`/`.yaml` and `.hadolint.yaml`/`.yml` in
 * its folder and every folder above it up to the root, its `<name>.dockerignore` and the `.dockerignore`
 * beside it, and `extraPaths` (such as an explicit config file; those absent at the revision are skipped:
 * see `settings`). Creates `dest/.git` (an empty folder) so config discovery stops at `dest`: lint the
 * result with `lintFiles([...written.values()], { root: dest, displayPath: relativeTo(dest) })`.
 *
 * `dest` should be a new, empty folder (it is created when absent). Paths are repository-relative and
 * `/`-separated; a path that could leave `dest` (`..`, absolute) throws before anything is read. Reader
 * errors (a commit not here, an API failure) reject.
 */
export async function materialiseRevision(
  reader: RevisionReader,
  dockerfiles: readonly string[],
  dest: string,
  extraPaths: readonly string[] = [],
): Promise<MaterialisedRevision> {
  const root = resolve(dest);
  const dockerfileSegments = dockerfiles.map((p) => segmentsOf(p));
  const extraSegments = extraPaths.map((p) => segmentsOf(p));
  const target = (segments: readonly string[]): string => {
    const full = join(root, ...segments);
    if (!full.startsWith(root + sep)) throw new Error(`cannot materialise ${JSON.stringify(segments.join('/'))}: outside the destination`);
    return full;
  };

  const present = new Set(await reader.listFiles());
  // Reads each path once, however many Dockerfiles share it (a folder's .dockerignore, the root config).
  const reads = new Map<string, Promise<string | null>>();
  const read = (path: string): Promise<string | null> => {
    let pending = reads.get(path);
    if (!pending) {
      pending = present.has(path) ? reader.readFile(path) : Promise.resolve(null);
      reads.set(path, pending);
    }
    return pending;
  };

  await mkdir(join(root, '.git'), { recursive: true });
  const written = new Map<string, string>();
  const missing: string[] = [];
  const settings = new Set<string>();
  const writeAt = async (segments: readonly string[], text: string): Promise<string> => {
    const full = target(segments);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text, 'utf8');
    return full;
  };

  // The Dockerfiles first: only those present need their settings.
  const canonical = dockerfileSegments.map((segments) => segments.join('/'));
  const texts = await mapLimited(canonical, CONCURRENCY, read);
  const wanted = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const [i, path] of dockerfiles.entries()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const segments = dockerfileSegments[i]!;
    const text = texts[i];
    if (text === null || text === undefined) {
      missing.push(path);
      continue;
    }
    written.set(path, await writeAt(segments, text));
    for (const candidate of settingsCandidates(segments)) if (present.has(candidate)) wanted.set(candidate, candidate.split('/'));
  }
  for (const segments of extraSegments) {
    const path = segments.join('/');
    if (present.has(path)) wanted.set(path, segments);
  }

  // Sequential per path (each is in `wanted` once), so no two writes race on one file.
  await mapLimited([...wanted.entries()], CONCURRENCY, async ([path, segments]) => {
    const text = await read(path);
    if (text === null) return;
    await writeAt(segments, text);
    settings.add(path);
  });
  return { written, missing, settings: [...settings].sort() };
}
