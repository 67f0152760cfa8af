import { posix } from 'node:path';
import { selectDockerfiles } from '../action/discover.js';
import { effectiveBuild } from '../builds/effective.js';
import type { BuildDiscovery } from '../builds/types.js';
import type { ChangedFile, DockerfileChange } from './types.js';

export interface ChangeSelectionOptions {
  /** working-directory relative to the repository root ('' = root), `/`-separated; patterns are relative to it. */
  workingDirectory: string;
  /** The `dockerfiles` input: include globs (empty = Dockerfile naming patterns) and `!` excludes, relative to workingDirectory. */
  patterns: { include: string[]; exclude: string[] };
  /** Every file at the head, repository-relative (to find the Dockerfiles a settings file affects). */
  headFiles: readonly string[];
  /** Repository-relative path of the action's explicit `config` input, when set: a change to it affects every selected Dockerfile. */
  explicitConfig?: string | null;
  /** The head's build definitions: they say which context's `.dockerignore` a Dockerfile uses, and which build files define it. */
  builds?: BuildDiscovery | null;
}

/** The configuration files `ConfigLoader` looks for in a Dockerfile's folder and those above it. */
const DISCOVERED_CONFIG_NAMES = new Set(['.stagecraft.yml', '.stagecraft.yaml', '.hadolint.yaml', '.hadolint.yml']);

const DOCKERIGNORE = '.dockerignore';

/**
 * The Dockerfiles a change touches, sorted by path, each once: those changed themselves (`added`,
 * `modified`, `renamed`, `removed`), and those whose linting depends on a changed settings file
 * (`settings`, or the settings file added to `because` when the Dockerfile changed too).
 *
 * A path is a Dockerfile when the `dockerfiles` patterns select it (what `selectDockerfiles` does to the
 * path relative to `workingDirectory`; paths outside it never match). A rename counts when either its
 * new or its old path is selected, so renaming `build.docker` to `Dockerfile` reviews it as renamed.
 * Settings files count whether they were added, changed, removed or renamed (both paths). What they
 * affect is taken from the head's files, since that is what is linted:
 * - `X/.dockerignore`: the Dockerfiles whose build context is X (by the head's build definitions, else
 *   their own folder) without a `<name>.dockerignore` of their own;
 * - a compose, bake or workflow file (or `.stagecraft.yml`) that defines a head build: the Dockerfiles it builds;
 * - `X/<name>.dockerignore`: the Dockerfile `X/<name>`;
 * - `.stagecraft.yml`, `.stagecraft.yaml`, `.hadolint.yaml`, `.hadolint.yml` in X: every selected
 *   Dockerfile in X or below it. A nearer configuration file may shadow it; listing a Dockerfile it does
 *   not affect costs a review that finds nothing new, missing one would hide what the change did;
 * - `explicitConfig`: every selected Dockerfile.
 */
export function selectChangedDockerfiles(changes: readonly ChangedFile[], options: ChangeSelectionOptions): DockerfileChange[] {
  const workingDirectory = normaliseRepoPath(options.workingDirectory);
  const changedPaths = changes.flatMap((change) => pathsOf(change));
  const selected = selectedPaths([...changedPaths, ...options.headFiles], workingDirectory, options.patterns);
  const byPath = new Map<string, DockerfileChange>();

  for (const change of changes) {
    if (!pathsOf(change).some((path) => selected.has(path))) continue;
    // Renamed to a name that is no Dockerfile (`Dockerfile` → `Dockerfile.md`): as a Dockerfile, it is gone.
    const renamedAway = change.status === 'renamed' && !selected.has(change.path);
    const dockerfileChange = toDockerfileChange(renamedAway ? { path: change.previousPath!, status: 'removed', previousPath: null } : change);
    if (!byPath.has(dockerfileChange.path)) byPath.set(dockerfileChange.path, dockerfileChange);
  }

  const headDockerfiles = options.headFiles.filter((path) => selected.has(path));
  const headFiles = new Set(options.headFiles);
  const explicitConfig = options.explicitConfig ? normaliseRepoPath(options.explicitConfig) : null;
  const builds = options.builds ?? null;
  const contextOf = (dockerfile: string): string => effectiveBuild(dockerfile, builds).context;
  const builtBy = new Map<string, string[]>();
  for (const definition of builds?.definitions ?? []) builtBy.set(definition.source.file, [...(builtBy.get(definition.source.file) ?? []), definition.dockerfile]);
  for (const change of changes) {
    const affected = new Set<string>();
    for (const path of pathsOf(change)) {
      for (const dockerfile of dockerfilesAffectedBySettings(path, headDockerfiles, headFiles, explicitConfig, contextOf)) affected.add(dockerfile);
      for (const dockerfile of builtBy.get(path) ?? []) if (selected.has(dockerfile) && headFiles.has(dockerfile)) affected.add(dockerfile);
    }
    for (const dockerfile of affected) {
      const listed = byPath.get(dockerfile);
      if (listed) {
        if (!listed.because.includes(change.path)) listed.because.push(change.path);
      } else {
        byPath.set(dockerfile, { path: dockerfile, status: 'settings', basePath: dockerfile, because: [change.path] });
      }
    }
  }

  for (const listed of byPath.values()) listed.because.sort();
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The paths a change touched: the head path, and the base path of a rename. */
function pathsOf(change: ChangedFile): string[] {
  return change.previousPath !== null && change.previousPath !== change.path ? [change.path, change.previousPath] : [change.path];
}

function toDockerfileChange(change: ChangedFile): DockerfileChange {
  switch (change.status) {
    case 'added':
      return { path: change.path, status: 'added', basePath: null, because: [] };
    case 'removed': {
      const removedPath = change.previousPath ?? change.path;
      return { path: removedPath, status: 'removed', basePath: removedPath, because: [] };
    }
    case 'renamed':
      return { path: change.path, status: 'renamed', basePath: change.previousPath ?? change.path, because: [] };
    case 'modified':
      return { path: change.path, status: 'modified', basePath: change.path, because: [] };
  }
}

/**
 * The repository paths among `paths` that the `dockerfiles` patterns select, judged as `selectDockerfiles`
 * judges a listing of `workingDirectory`.
 */
function selectedPaths(paths: readonly string[], workingDirectory: string, patterns: ChangeSelectionOptions['patterns']): Set<string> {
  const prefix = workingDirectory === '' ? '' : `${workingDirectory}/`;
  const repoPathOf = new Map<string, string>();
  for (const path of paths) {
    if (path.startsWith(prefix)) repoPathOf.set(path.slice(prefix.length), path);
  }
  const { files } = selectDockerfiles([...repoPathOf.keys()], patterns);
  return new Set(files.map((relative) => repoPathOf.get(relative)!));
}

/** The head Dockerfiles whose lint a settings file at `path` decides; none when it is no settings file. */
function dockerfilesAffectedBySettings(
  path: string,
  headDockerfiles: readonly string[],
  headFiles: ReadonlySet<string>,
  explicitConfig: string | null,
  contextOf: (dockerfile: string) => string,
): string[] {
  if (path === explicitConfig) return [...headDockerfiles];
  const folder = folderOf(path);
  const name = posix.basename(path);
  if (name === DOCKERIGNORE) {
    return headDockerfiles.filter((dockerfile) => contextOf(dockerfile) === folder && !headFiles.has(`${dockerfile}${DOCKERIGNORE}`));
  }
  if (name.endsWith(DOCKERIGNORE)) {
    const dockerfile = path.slice(0, -DOCKERIGNORE.length);
    return headDockerfiles.includes(dockerfile) ? [dockerfile] : [];
  }
  if (DISCOVERED_CONFIG_NAMES.has(name)) {
    return headDockerfiles.filter((dockerfile) => folder === '' || dockerfile.startsWith(`${folder}/`));
  }
  return [];
}

/** A path's folder, '' at the repository root. */
function folderOf(path: string): string {
  const folder = posix.dirname(path);
  return folder === '.' ? '' : folder;
}

/** `./services/` → `services`, `.` → '': the form repository paths are compared in. */
function normaliseRepoPath(path: string): string {
  const trimmed = path.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  return trimmed === '.' ? '' : trimmed;
}
