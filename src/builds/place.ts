import { posix } from 'node:path';
import type { BuildDiscovery, BuildNotice, BuildSource, BuildSourceKind, NamedContext } from './types.js';

/**
 * Build files larger than this are not read. Real compose, bake and workflow files are a few KB; a
 * larger one is generated or hostile, and parsing it would cost more than it could tell.
 */
export const MAX_BUILD_FILE_BYTES = 1024 * 1024;

/** 'deploy/compose.yaml' → 'deploy'; 'compose.yaml' → ''. */
export function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/** 'compose.yaml' → 'compose.yaml'; 'deploy/compose.yaml' → 'compose.yaml'. */
export function baseNameOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Files of `files` grouped by folder, each group in the order `names` gives, and only those names. */
export function filesByFolder(files: readonly string[], names: readonly string[]): Map<string, string[]> {
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    if (!names.includes(baseNameOf(file))) continue;
    const folder = folderOf(file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  for (const group of byFolder.values()) group.sort((a, b) => names.indexOf(baseNameOf(a)) - names.indexOf(baseNameOf(b)));
  return byFolder;
}

/**
 * `relative` joined onto the repository folder `folder`, normalised ('' for the root), or null when it
 * is absolute or climbs out of the repository: neither names anything the linter can read.
 */
export function resolveInRepo(folder: string, relative: string): string | null {
  if (relative.startsWith('/') || /^[A-Za-z]:[\\/]/.test(relative)) return null;
  const joined = posix.normalize(posix.join(folder || '.', relative));
  if (joined === '..' || joined.startsWith('../')) return null;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}

/**
 * Whether a build context is not a folder of this repository: a URL (`https://`, `git://`, `ssh://`,
 * `docker-image://`, …), an SSH Git address (`git@host:repo`) or a `github.com/…` shorthand.
 */
export function isRemoteContext(context: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(context) || /^[\w.-]+@[\w.-]+:/.test(context) || /^github\.com\//.test(context);
}

/** The scheme buildx passes on to BuildKit as an image to build FROM (`--build-context node=docker-image://node:20`). */
const IMAGE_CONTEXT = 'docker-image://';

/** A named context and the image its value names, if it names one (`value` null: known only when the build runs). */
export function namedContext(name: string, value: string | null): NamedContext {
  return { name, image: value?.startsWith(IMAGE_CONTEXT) ? value.slice(IMAGE_CONTEXT.length) || null : null };
}

/** Named contexts sorted by name, each with the image its value names, if it names one. */
function namedContextsOf(values: ReadonlyMap<string, string | null>): NamedContext[] {
  return [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => namedContext(name, value));
}

/** What each kind of file calls one build. */
export const BUILD_NOUNS: Readonly<Record<BuildSourceKind, string>> = { stagecraft: 'build', bake: 'target', compose: 'service', workflow: 'job' };

/** How a message names a definition: `service api`, `target app`, `job build`. */
export function describeBuild(kind: BuildSourceKind, name: string | undefined): string {
  const noun = BUILD_NOUNS[kind];
  return name === undefined ? noun : `${noun} ${name}`;
}

/** What a reader knows of one build, with every value known, before its paths are placed in the repository. */
export interface BuildSpec {
  source: BuildSource;
  name?: string;
  /** The folder relative paths start from: the compose or bake file's folder, the root for a workflow. */
  baseFolder: string;
  /** As written; undefined means '.' (the base folder). */
  context: string | undefined;
  /** As written; undefined means `Dockerfile` at the root of the context. */
  dockerfile: string | undefined;
  /**
   * What `dockerfile` is relative to: the context (compose, bake, a Git context) or the base folder
   * (build-push-action's `file` with a path context, as `docker build -f` is relative to the working folder).
   */
  dockerfileRelativeTo: 'context' | 'base';
  target: string | undefined;
  args: Record<string, string>;
  /**
   * The named build contexts (bake `contexts`, compose `additional_contexts`, build-push-action
   * `build-contexts`): name → value as written once evaluated, null when the value is not known here.
   */
  namedContexts?: ReadonlyMap<string, string | null>;
  /** The Dockerfile is written inline in the definition (`dockerfile_inline`, `dockerfile-inline`): no file to lint. */
  inlineDockerfile?: boolean;
}

/**
 * Turns a spec into a definition with repository paths, or into a notice when the build does not
 * happen in this repository (a remote context, a path outside it, an inline Dockerfile).
 */
export function placeBuild(spec: BuildSpec, out: BuildDiscovery): void {
  const who = describeBuild(spec.source.kind, spec.name);
  const skip = (why: string): void => {
    out.notices.push({ file: spec.source.file, line: spec.source.line, message: `${who} ${why}: not read` });
  };
  if (spec.inlineDockerfile) return skip('uses an inline Dockerfile');
  const rawContext = spec.context ?? '.';
  if (isRemoteContext(rawContext)) return skip(`builds from the remote context ${rawContext}`);
  const context = resolveInRepo(spec.baseFolder, rawContext);
  if (context === null) return skip(`builds from ${rawContext}, outside the repository`);
  let dockerfile = posix.join(context || '.', 'Dockerfile');
  if (spec.dockerfile !== undefined) {
    const resolved = resolveInRepo(spec.dockerfileRelativeTo === 'context' ? context : spec.baseFolder, spec.dockerfile);
    if (resolved === null) return skip(`uses the Dockerfile ${spec.dockerfile}, outside the repository`);
    dockerfile = resolved;
  }
  out.definitions.push({
    dockerfile,
    context,
    targets: spec.target ? [spec.target] : [],
    args: spec.args,
    source: spec.source,
    ...(spec.namedContexts?.size ? { namedContexts: namedContextsOf(spec.namedContexts) } : {}),
    ...(spec.name === undefined ? {} : { name: spec.name }),
  });
}

/**
 * The notice for a value a reader cannot know (a variable without a default, a `${{ }}` expression, a
 * function only buildx evaluates). An unknown context or Dockerfile leaves the definition unplaced, so
 * it is dropped (the Dockerfile keeps the linter's defaults); any other unknown value is left out.
 */
export function unknownValueNotice(
  where: { file: string; line: number | null },
  who: string,
  label: string,
  written: string,
  why: string,
  dropsDefinition: boolean,
): BuildNotice {
  return { file: where.file, line: where.line, message: `${who}: ${label} ${JSON.stringify(written)} ${why}: ${dropsDefinition ? 'definition not read' : 'left out'}` };
}
