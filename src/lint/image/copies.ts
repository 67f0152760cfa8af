/** What each COPY and ADD brings into an image, from where, and whether it is the project. */
import { expandWord, parseWords, scopeLookup, unquote, type DependencySource, type Instruction, type Stage } from '../../dockerfile/index.js';

/** `/a/./b/../c/` → `/a/c`; relative paths are resolved against `base` (null when it is unknown). */
export function resolvePath(base: string | null, path: string): string | null {
  const absolute = path.startsWith('/') ? path : base === null ? null : `${base}/${path}`;
  if (absolute === null) return null;
  const parts: string[] = [];
  for (const part of absolute.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/** Whether `inner` is `outer` or lies under it. */
export function isWithin(inner: string, outer: string): boolean {
  return outer === '/' || inner === outer || inner.startsWith(outer + '/');
}

/** The WORKDIR in effect when `ins` runs (null when only the base image knows it). */
export function workdirAt(stage: Stage, ins: Instruction): string | null {
  let workdir = stage.initial.workdir;
  for (const i of stage.instructions) {
    if (i === ins) break;
    if (i.keyword !== 'WORKDIR') continue;
    const dir = expandInScope(i, i.args.trim());
    if (dir.includes('$')) workdir = null;
    else workdir = resolvePath(workdir, dir);
  }
  return workdir;
}

/** Expands `$VAR` in a word with the variables the instruction sees; unknown variables stay as written. */
export function expandInScope(ins: Instruction, word: string): string {
  const exp = expandWord(word, scopeLookup(ins.scope), { keepUnset: true });
  return exp.error ? word : exp.result;
}

// ─── COPY and ADD ───────────────────────────────────────────────────────────────────────────────────

export interface CopySpec {
  instruction: Instruction;
  /** Source paths with quotes removed and variables expanded where known; heredoc sources excluded. */
  sources: string[];
  dest: string;
  /** Where the sources come from: null for the build context. */
  from: DependencySource | null;
  /** The `--from` value as written, when there is one. */
  fromRaw: string | null;
  /** The WORKDIR the copy lands relative to (null when only the base image knows it). */
  workdir: string | null;
}

const URL_SOURCE = /^(https?:\/\/|git@|ssh:\/\/)/i;

/** The sources and destination of a COPY or ADD (exec or shell form); null for anything else. */
export function copySpec(stage: Stage, ins: Instruction): CopySpec | null {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return null;
  let spec = copySpecs.get(ins);
  if (spec === undefined) {
    spec = readCopySpec(stage, ins);
    copySpecs.set(ins, spec);
  }
  return spec;
}

const copySpecs = new WeakMap<Instruction, CopySpec | null>();

function readCopySpec(stage: Stage, ins: Instruction): CopySpec | null {
  const words = ins.execForm ?? parseWords(ins.args).map((w) => unquote(w));
  if (words.length < 2) return null;
  const expanded = words.map((w) => expandInScope(ins, w));
  const dest = expanded[expanded.length - 1]!;
  const sources = expanded.slice(0, -1).filter((s) => !/^<<-?/.test(s));
  const fromFlag = ins.flags.find((f) => f.name === 'from');
  const dep = stage.dependencies.find((d) => d.instruction === ins && d.kind === 'copy');
  return { instruction: ins, sources, dest, from: fromFlag ? (dep?.source ?? { kind: 'unknown', raw: fromFlag.value ?? '' }) : null, fromRaw: fromFlag?.value ?? null, workdir: workdirAt(stage, ins) };
}

/** Sources that come from the build context (not `--from`, not URLs or git repositories). */
export function contextSources(spec: CopySpec): string[] {
  if (spec.from !== null) return [];
  return spec.sources.filter((s) => !URL_SOURCE.test(s));
}

function normalizeSource(source: string): string {
  return source.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/** `.`, `./`, `*`, `/`: the whole build context. */
export function isWholeContext(source: string): boolean {
  const s = normalizeSource(source);
  return s === '' || s === '.' || s === '*' || s === './*' || s === '/.' || s === '/*';
}

/** The first source of a COPY/ADD that copies the whole build context, if any. */
export function wholeContextSource(spec: CopySpec): string | null {
  return contextSources(spec).find(isWholeContext) ?? null;
}

const MANIFEST =
  /^(package(-lock)?\.json|package\*\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|pnpm-workspace\.yaml|bun\.lockb?|\.yarnrc\.yml|go\.(mod|sum|work)|Cargo\.(toml|lock)|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|gradlew|mvnw|.+\.(csproj|fsproj|vbproj|sln)|requirements[\w.*-]*\.txt|pyproject\.toml|setup\.(py|cfg)|Pipfile(\.lock)?|poetry\.lock|uv\.lock|Gemfile(\.lock)?|composer\.(json|lock)|Makefile|CMakeLists\.txt|tsconfig[\w.-]*\.json|mix\.(exs|lock)|build\.sbt|deno\.jsonc?|Package\.swift)$/;
const SOURCE_FILE = /\.(go|rs|c|cc|cpp|cxx|h|hpp|java|kt|kts|scala|ts|tsx|js|jsx|mjs|cjs|py|cs|fs|rb|ex|exs|swift|zig|vue|svelte)$/;
const SOURCE_DIR = new Set(['src', 'app', 'cmd', 'pkg', 'lib', 'internal', 'source', 'sources', 'web', 'frontend', 'backend', 'server', 'client', 'api', 'packages', 'apps', 'crates', 'modules', 'services']);

function lastComponent(source: string): string {
  const s = normalizeSource(source);
  return s.slice(s.lastIndexOf('/') + 1);
}

/** Whether a context source is the project's sources: the whole context, a source folder or source files. */
export function isSourceTree(source: string): boolean {
  if (isWholeContext(source)) return true;
  const name = lastComponent(source);
  return SOURCE_DIR.has(name.toLowerCase()) || SOURCE_FILE.test(name) || /^\*\.\w+$/.test(name);
}

/** Whether a context source is the project's own: its sources or a build manifest (`package.json`, `go.mod`). */
export function isProjectFile(source: string): boolean {
  return isSourceTree(source) || MANIFEST.test(lastComponent(source));
}

/**
 * What a build on the host leaves for the image to run: jars and wars (`target/*.jar`, `build/libs/`),
 * .NET assemblies, wheels, bundler output (`dist/`, `.next/standalone`, `build/`), published folders.
 */
const ARTIFACT_FILE = /\.(jar|war|ear|dll|whl|phar|exe)$/i;
const ARTIFACT_DIR = /(^|\/)(target|build|dist|out|publish|release|bin|\.next|\.output|\.svelte-kit)(\/|$)/;

/** Whether a context source is something built on the host: the project, compiled. */
export function isHostArtifact(source: string): boolean {
  const s = normalizeSource(source);
  return ARTIFACT_FILE.test(lastComponent(s)) || ARTIFACT_DIR.test(s);
}

/** A folder (no extension, no glob) copied into the WORKDIR the image builds or runs in: the project's sources, whatever it is called. */
function copiesFolderIntoWorkdir(spec: CopySpec, source: string): boolean {
  const name = lastComponent(source);
  if (name === '' || name.includes('.') || name.includes('*') || name.includes('$')) return false;
  if (spec.workdir === null || spec.workdir === '/') return false;
  const dest = resolvePath(spec.workdir, spec.dest);
  return dest !== null && isWithin(dest, spec.workdir);
}

/**
 * Whether a COPY brings in the project: its sources or manifests, any folder copied into the WORKDIR,
 * or what a build on the host produced (a jar, `dist/`, a published folder).
 */
export function copiesProjectFiles(spec: CopySpec): boolean {
  return contextSources(spec).some((s) => isProjectFile(s) || isHostArtifact(s) || copiesFolderIntoWorkdir(spec, s));
}

/** Whether a COPY brings in the project itself rather than only its manifests: sources, a folder into the WORKDIR, host-built output. */
export function copiesProjectSources(spec: CopySpec): boolean {
  return contextSources(spec).some((s) => isSourceTree(s) || isHostArtifact(s) || copiesFolderIntoWorkdir(spec, s));
}

export function copiesSourceTree(spec: CopySpec): boolean {
  return contextSources(spec).some(isSourceTree);
}

/** Whether the chain copies the build context's own `package.json` (`COPY package*.json ./`, `COPY . .`): the one the rules get. */
export function copiesContextPackageJson(chain: readonly Stage[]): boolean {
  return chain.some((stage) =>
    stage.instructions.some((ins) => {
      const spec = copySpec(stage, ins);
      return spec !== null && contextSources(spec).some((s) => isWholeContext(s) || /^(\.\/)?package(\*|-lock)?\.json$/.test(s));
    }),
  );
}

/** Context copies of the project's own files in a chain, with the stage each is in. */
export function projectCopies(chain: readonly Stage[]): CopySpec[] {
  const out: CopySpec[] = [];
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      const spec = copySpec(stage, ins);
      if (spec && copiesProjectFiles(spec)) out.push(spec);
    }
  }
  return out;
}
