import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { configuredDefinitions } from '../builds/configured.js';
import { discoverBuilds, isBuildFile } from '../builds/discover.js';
import { MAX_BUILD_FILE_BYTES, baseNameOf, folderOf } from '../builds/place.js';
import type { BakePrinter, BuildDiscovery, BuildNotice, RepoFiles } from '../builds/types.js';
import { ConfigError, parseStagecraftConfig } from '../lint/config.js';
import { walkFiles } from './discover.js';

/**
 * Past this many files a repository is listed no further for its build files: a checkout with a
 * vendored tree or build output must not cost minutes before the first Dockerfile is linted.
 */
export const MAX_LISTED_FILES = 100_000;

/** The names `.stagecraft.yml` goes by, in the order the configuration loader prefers them. */
const STAGECRAFT_NAMES = ['.stagecraft.yml', '.stagecraft.yaml'];

export interface DiskRepoFiles extends RepoFiles {
  /** Whether the listing stopped at MAX_LISTED_FILES (files past it are not seen). */
  truncated(): boolean;
}

/**
 * The repository on disk as the build readers see it: every file below `root` (without the folders a
 * walk skips, at most `maxFiles`), listed once when first asked. A file is read up to one byte past the
 * size a build file may have, so a huge file costs no more than that and is still refused as too large.
 */
export function diskRepoFiles(root: string, maxFiles = MAX_LISTED_FILES): DiskRepoFiles {
  let listed: string[] | null = null;
  const list = (): string[] => (listed ??= walkFiles(root, maxFiles));
  return { list, truncated: () => list().length >= maxFiles, read: (path) => readBuildFileAt(root, path) };
}

/**
 * A file below `root` as text, up to one byte past the size a build file may have (a huge file costs
 * no more than that and is still refused as too large); null when it cannot be read.
 */
export function readBuildFileAt(root: string, path: string): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(join(root, path), 'r');
    const buffer = Buffer.alloc(MAX_BUILD_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0 || (length += read) >= buffer.length) break;
    }
    return buffer.subarray(0, length).toString('utf8');
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Whether the build readers or `readConfiguredBuilds` may read this file: what a tree read file by file fetches. */
export function isBuildSettingsFile(path: string): boolean {
  return isBuildFile(path) || STAGECRAFT_NAMES.includes(baseNameOf(path));
}

/** An explicit configuration file (CLI `--config`, the action's `config` input): its text and where its paths start. */
export interface ExplicitConfig {
  /** How messages name it. */
  source: string;
  /** Repository folder its relative paths start from ('' when it is outside the repository). */
  folder: string;
  text: string;
}

/**
 * The `builds:` of the configuration: the explicit file when one is given (it replaces every
 * `.stagecraft.yml`, as for the other keys), else each folder's `.stagecraft.yml`. A file that cannot be
 * parsed gives no definitions: its error is reported on the Dockerfiles it configures, so only a notice here.
 */
export function readConfiguredBuilds(files: RepoFiles, explicit: ExplicitConfig | null): BuildDiscovery {
  const out: BuildDiscovery = { definitions: [], notices: [] };
  const sources: { file: string; folder: string; text: string | null }[] = [];
  if (explicit) {
    sources.push({ file: explicit.source, folder: explicit.folder, text: explicit.text });
  } else {
    const byFolder = new Map<string, string>();
    for (const path of files.list()) {
      const rank = STAGECRAFT_NAMES.indexOf(baseNameOf(path));
      const chosen = byFolder.get(folderOf(path));
      if (rank >= 0 && (chosen === undefined || STAGECRAFT_NAMES.indexOf(baseNameOf(chosen)) > rank)) byFolder.set(folderOf(path), path);
    }
    for (const path of [...byFolder.values()].sort()) sources.push({ file: path, folder: folderOf(path), text: files.read(path) });
  }
  for (const { file, folder, text } of sources) {
    if (text === null) continue;
    try {
      const builds = parseStagecraftConfig(text, file).builds ?? [];
      const found = configuredDefinitions(builds, file, folder);
      out.definitions.push(...found.definitions);
      out.notices.push(...found.notices);
    } catch (err) {
      const line = err instanceof ConfigError ? err.line : null;
      out.notices.push({ file, line, message: `its builds: are not used while the file has an error (${err instanceof Error ? err.message : String(err)})` });
    }
  }
  return out;
}

export interface RepositoryBuildsOptions {
  explicitConfig?: ExplicitConfig | null;
  /** Evaluates bake files; null: without buildx (the WASM parser). */
  bake?: BakePrinter | null;
}

/**
 * Every build definition of a repository tree, configured ones first: what the linter and the builds
 * read. Never throws; what could not be read is a notice.
 */
export async function discoverRepositoryBuilds(files: RepoFiles, options: RepositoryBuildsOptions = {}): Promise<BuildDiscovery> {
  const configured = readConfiguredBuilds(files, options.explicitConfig ?? null);
  const discovery = await discoverBuilds(files, { bake: options.bake ?? null, configured: configured.definitions });
  const notices: BuildNotice[] = [...configured.notices, ...discovery.notices];
  const truncated = 'truncated' in files && typeof files.truncated === 'function' && (files as DiskRepoFiles).truncated();
  if (truncated) notices.push({ file: '.', line: null, message: `more than ${MAX_LISTED_FILES} files: build files past them were not read` });
  return { definitions: discovery.definitions, notices };
}

/** An explicit configuration file for `readConfiguredBuilds`: read from disk, its paths relative to its folder within `root`. */
export function explicitConfigAt(root: string, path: string | null): ExplicitConfig | null {
  if (!path) return null;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    // Unreadable: the configuration loader reports it on every Dockerfile.
    return null;
  }
  const folder = relative(resolve(root), dirname(resolve(path))).split('\\').join('/');
  const inside = !folder.startsWith('..') && !isAbsolute(folder);
  const source = relative(process.cwd(), path).split('\\').join('/') || basename(path);
  return { source, folder: inside ? folder : '', text };
}
