import { BAKE_FILE_NAMES, readBakeFiles } from './bake.js';
import { isComposeFileName, readComposeFiles } from './compose.js';
import { baseNameOf, describeBuild } from './place.js';
import { BUILD_SOURCE_KINDS, type BakePrinter, type BuildDefinition, type BuildDiscovery, type BuildSourceKind, type RepoFiles } from './types.js';
import { WORKFLOW_FILE, readWorkflows } from './workflows.js';

/**
 * Whether the readers here may read this repository file: a bake file, a compose file or a workflow.
 * A tree read file by file (a commit through the API) fetches only these.
 */
export function isBuildFile(path: string): boolean {
  const name = baseNameOf(path);
  return BAKE_FILE_NAMES.includes(name) || isComposeFileName(name) || WORKFLOW_FILE.test(path);
}

export interface DiscoverBuildsOptions {
  /** Evaluates bake files (`createBuildxBakePrinter()`); null or absent: they are evaluated without buildx. */
  bake?: BakePrinter | null;
  /** The `builds:` of `.stagecraft.yml`, read with the configuration: they rank above every file here. */
  configured?: readonly BuildDefinition[];
}

/**
 * Every build definition of a repository: `.stagecraft.yml` (given), bake files, compose files and
 * workflows, highest precedence first. A definition whose Dockerfile is not in the repository becomes
 * a notice; a reader that fails becomes a notice; the others still count.
 */
export async function discoverBuilds(repository: RepoFiles, options: DiscoverBuildsOptions = {}): Promise<BuildDiscovery> {
  // Every reader lists the repository; a checkout or a commit's tree may be slow to list.
  const listed = repository.list();
  const files: RepoFiles = { list: () => listed, read: (path) => repository.read(path) };
  const found: BuildDiscovery[] = [
    { definitions: [...(options.configured ?? [])], notices: [] },
    await guarded('bake files', () => readBakeFiles(files, options.bake ?? null)),
    await guarded('compose files', () => readComposeFiles(files)),
    await guarded('workflows', () => readWorkflows(files)),
  ];
  const existing = new Set(listed);
  const discovery: BuildDiscovery = { definitions: [], notices: [] };
  for (const { definitions, notices } of found) {
    discovery.notices.push(...notices);
    for (const definition of definitions) {
      if (existing.has(definition.dockerfile)) {
        discovery.definitions.push(definition);
      } else {
        const { file, line, kind } = definition.source;
        discovery.notices.push({ file, line, message: `${describeBuild(kind, definition.name)} builds ${definition.dockerfile}, which does not exist` });
      }
    }
  }
  discovery.definitions.sort(byPrecedence);
  discovery.notices = [...new Map(discovery.notices.map((notice) => [JSON.stringify(notice), notice])).values()].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
  return discovery;
}

/** The definitions that build one Dockerfile, highest precedence first: the first is the one the linter names. */
export function definitionsFor(dockerfile: string, discovery: BuildDiscovery): BuildDefinition[] {
  return discovery.definitions.filter((definition) => definition.dockerfile === dockerfile);
}

const rank = (kind: BuildSourceKind): number => BUILD_SOURCE_KINDS.indexOf(kind);

function byPrecedence(a: BuildDefinition, b: BuildDefinition): number {
  return (
    rank(a.source.kind) - rank(b.source.kind) ||
    a.source.file.localeCompare(b.source.file) ||
    (a.source.line ?? 0) - (b.source.line ?? 0) ||
    (a.name ?? '').localeCompare(b.name ?? '')
  );
}

/** A reader is not expected to throw; if one does anyway, what it was reading is one notice and the others carry on. */
async function guarded(what: string, read: () => BuildDiscovery | Promise<BuildDiscovery>): Promise<BuildDiscovery> {
  try {
    return await read();
  } catch (error) {
    return { definitions: [], notices: [{ file: '.', line: null, message: `the ${what} could not be read (${(error as Error).message}): not read` }] };
  }
}
