/**
 * How a Dockerfile is really built: the values the readers in this folder return. A Dockerfile does
 * not say its context, its targets or its build args; `.stagecraft.yml`, bake files, compose files and
 * workflows do, and each of those is one `BuildDefinition`.
 */

/** Where definitions come from, highest precedence first (see docs/builds.md). */
export const BUILD_SOURCE_KINDS = ['stagecraft', 'bake', 'compose', 'workflow'] as const;
export type BuildSourceKind = (typeof BUILD_SOURCE_KINDS)[number];

export interface BuildSource {
  /** Repository-relative path of the file that defines the build. */
  file: string;
  /** 1-based line of the definition in that file, when known. */
  line: number | null;
  kind: BuildSourceKind;
}

export interface BuildDefinition {
  /** Repository-relative, '/'-separated path of the Dockerfile. */
  dockerfile: string;
  /** Repository-relative folder sent as the build context; '' is the repository root. */
  context: string;
  /** Stages built; [] means the last stage (no `--target`). */
  targets: string[];
  /** Build args the definition sets, with every value known (unknown ones are left out with a notice). */
  args: Record<string, string>;
  source: BuildSource;
  /**
   * The named build contexts it passes (bake `contexts`, compose `additional_contexts`, build-push-action
   * `build-contexts`), sorted by name: a `FROM node` with a context named `node` builds FROM that context,
   * not the `node` image. Absent: none.
   */
  namedContexts?: NamedContext[];
  /** The compose service, bake target or workflow job that defines it. */
  name?: string;
}

/** A named build context, and the image it is when its value is one (`docker-image://node:20-alpine`). */
export interface NamedContext {
  /** The name a `FROM` or `--from` refers to it by: `node`, `node:20`. */
  name: string;
  /**
   * The image reference after `docker-image://`, tag and digest as written (`node:20-alpine@sha256:…`);
   * null for anything else: a folder, another bake target (`target:`), an OCI layout, a Git or HTTP URL,
   * or a value only known when the build runs.
   */
  image: string | null;
}

/** One `builds:` entry of `.stagecraft.yml`, as written: paths relative to that file's folder. */
export interface ConfiguredBuild {
  dockerfile: string;
  /** As written; absent: the Dockerfile's folder. */
  context?: string;
  /** [] means the last stage. */
  targets: string[];
  args: Record<string, string>;
  name?: string;
  /** Where the entry starts in the file. */
  line: number | null;
}

/** Something a reader could not use, said where it is, so the rest of the discovery still holds. */
export interface BuildNotice {
  file: string;
  line: number | null;
  message: string;
}

export interface BuildDiscovery {
  definitions: BuildDefinition[];
  notices: BuildNotice[];
}

/**
 * The repository as the readers see it: every file path ('/'-separated, relative to the root) and a
 * way to read one as text (null when it cannot be read). A checkout, a commit's tree or a test's table
 * can all stand behind it.
 */
export interface RepoFiles {
  list(): string[];
  read(path: string): string | null;
}

/** One bake project: the bake files of one folder, to be evaluated together as `docker buildx bake` does. */
export interface BakePrintRequest {
  /** The repository folder the files are in ('' at the root); contexts in the output are relative to it. */
  folder: string;
  /** File names (no folder) and texts, in the order bake reads them: later files override earlier ones. */
  files: { name: string; text: string }[];
  /** Targets and groups to print. */
  targets: string[];
}

export type BakePrintOutcome =
  /** The `--print` JSON. */
  | { status: 'printed'; json: string }
  /** Bake ran and refused the files (or ran too long, or printed too much): its message. */
  | { status: 'failed'; message: string }
  /** No bake to run: the caller evaluates the files itself. */
  | { status: 'unavailable'; message: string };

/** Evaluates bake files (`docker buildx bake --print`). An adapter, so that tests run with and without buildx. */
export interface BakePrinter {
  print(request: BakePrintRequest): Promise<BakePrintOutcome>;
}

/** `compose.yaml:12: message`, as a notice is shown to people. */
export function formatNotice(notice: BuildNotice): string {
  return `${notice.file}${notice.line ? `:${notice.line}` : ''}: ${notice.message}`;
}

/** A `RepoFiles` over a table of paths and texts: for tests, and for trees already in memory. */
export function repoFilesFromTable(table: Readonly<Record<string, string>>): RepoFiles {
  return {
    list: () => Object.keys(table),
    read: (path) => (Object.hasOwn(table, path) ? table[path]! : null),
  };
}
