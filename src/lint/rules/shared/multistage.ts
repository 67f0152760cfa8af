/**
 * What the multi-stage rules ask about a Dockerfile: which stages make the image a target ships, what
 * each COPY brings in and from where, where a RUN compiles the project or installs a toolchain, and
 * which images are toolchains with a smaller runtime sibling. Pure functions over the model; the rules
 * under rules/ turn the answers into findings.
 */
import {
  ancestry,
  expandWord,
  parseWords,
  scopeLookup,
  unquote,
  type DependencySource,
  type Dockerfile,
  type ImageRef,
  type Instruction,
  type Stage,
  type StageBase,
} from '../../../dockerfile/index.js';
import { flagValues, hasAnyFlag, isCommand, operands, parseShell, runCommands, subcommand, unwrap, type ShellCommand } from '../../../shell/index.js';
import type { RuleContext } from '../../types.js';

/**
 * Several rules ask the same question of the same instruction or file; the model is immutable, so each
 * answer is computed once and kept for as long as the object lives.
 */
function memoized<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

// ─── Stages ─────────────────────────────────────────────────────────────────────────────────────────

/** The stages whose filesystem the target image is made of, from the external base down to the target. */
export function shippedChain(ctx: RuleContext): Stage[] {
  if (!ctx.target) return [];
  return ancestry(ctx.dockerfile, ctx.target).reverse();
}

/** The stages a stage is built FROM, from the external base down to the stage itself. */
export function chainOf(df: Dockerfile, stage: Stage): Stage[] {
  return ancestry(df, stage).reverse();
}

/** Instructions that run in a build of these stages, in order; ONBUILD triggers run in other builds. */
export function instructionsOf(stages: readonly Stage[]): Instruction[] {
  return stages.flatMap((s) => s.instructions.filter((i) => i.keyword !== 'ONBUILD'));
}

/** The external base a stage's chain starts from: an image, scratch, or an unresolvable reference. */
export function rootBase(df: Dockerfile, stage: Stage): StageBase {
  const chain = ancestry(df, stage);
  return chain[chain.length - 1]!.base;
}

export function rootImage(df: Dockerfile, stage: Stage): ImageRef | null {
  const base = rootBase(df, stage);
  return base.kind === 'image' ? base.image : null;
}

/** How a finding names a stage: `builder`, or `stage 0` when it has no name. */
export function stageLabel(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `stage ${stage.index}`;
}

/** Whether any stage in the chain takes files from a stage outside it (`COPY --from`, `RUN --mount=from=`). */
export function takesFromOtherStages(chain: readonly Stage[]): boolean {
  const inChain = new Set(chain.map((s) => s.index));
  return chain.some((s) => s.dependencies.some((d) => d.kind !== 'from' && d.source.kind === 'stage' && !inChain.has(d.source.stage)));
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'fish', 'ksh', 'pwsh', 'powershell', 'cmd']);
/** Start commands that run a test suite or a build: the image is a harness or a toolchain, not an app. */
const NON_APP_COMMANDS = new Set([
  'pytest', 'py.test', 'tox', 'nox', 'jest', 'mocha', 'vitest', 'playwright', 'cypress',
  'mvn', 'mvnw', 'gradle', 'gradlew', 'go', 'cargo', 'rustc', 'make', 'gcc', 'cc', 'javac', 'sbt', 'lein', 'bazel', 'bazelisk',
]);
/** Interpreters started without a script are a REPL: the language image itself, not an app. */
const REPLS = new Set(['python', 'python2', 'python3', 'pypy', 'pypy3', 'node', 'ruby', 'irb', 'jshell', 'clj', 'clojure', 'php', 'ghci', 'iex', 'erl', 'julia', 'R', 'swift']);
/** ENTRYPOINTs that only wrap the CMD (init shims, `docker-entrypoint.sh`): the CMD says what runs. */
const WRAPPER = /(^|\/)(tini|dumb-init|gosu|su-exec|s6-overlay|catatonit|[\w.-]*entrypoint[\w.-]*)$/i;

function commandWords(ins: Instruction): string[] {
  return ins.execForm ?? parseWords(ins.args).map((w) => unquote(w));
}

function baseName(word: string): string {
  return word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '');
}

/** `CMD ["/bin/bash"]`, `ENTRYPOINT ["pytest"]`, `CMD ["mvn"]`, `CMD ["python3"]`: not an app. */
function startsNonApp(words: string[]): boolean {
  const [name, ...rest] = words;
  if (!name) return false;
  const base = baseName(name);
  if (NON_APP_COMMANDS.has(base)) return true;
  if (REPLS.has(base) && rest.length === 0) return true;
  return SHELLS.has(base.toLowerCase()) && rest.every((w) => /^-[a-z]$/i.test(w) && w !== '-c');
}

/**
 * Whether the chain says how to start an app: the effective ENTRYPOINT/CMD runs something other than
 * a shell, a REPL, a test runner or a build tool. Build environments, CI images, dev containers and
 * the language images themselves leave the program to whoever runs them, and carrying a toolchain is
 * their job.
 */
export function startsAnApp(chain: readonly Stage[]): boolean {
  const instructions = instructionsOf(chain);
  const entrypoint = instructions.filter((i) => i.keyword === 'ENTRYPOINT').pop();
  const cmd = instructions.filter((i) => i.keyword === 'CMD').pop();
  const entryWords = entrypoint ? commandWords(entrypoint) : [];
  const cmdWords = cmd ? commandWords(cmd) : [];
  if (entryWords.length > 0 && !WRAPPER.test(entryWords[0]!)) return !startsNonApp(entryWords);
  if (cmdWords.length > 0) return !startsNonApp(cmdWords);
  return entryWords.length > 0;
}

const DEVELOPMENT_NAME = /(^|[-_.])(dev|devel|develop|development|devenv|dev-envs?|devcontainer|debug|test|tests|testing|ci|lint|local|tools?|shell)([-_.]|$)/i;

/**
 * Whether the target is a development, test or tooling image by its name (`dev`, `dev-envs`, `test`,
 * `ci`, `debug`): those images carry toolchains and sources on purpose and are not what goes to
 * production.
 */
export function isDevelopmentTarget(stage: Stage): boolean {
  return stage.name !== null && DEVELOPMENT_NAME.test(stage.name);
}

const DEVELOPMENT_FOLDER = /(^|\/)(tests?|e2e|integration|testdata|testfiles|fixtures|\.devcontainer|\.github|hack|ci)\//i;
const DEVELOPMENT_FILE = /(^|[.\-_])(build|builder|dev|devel|develop|development|test|tests|ci|lint|debug|tools?|docs)([.\-_]|$)/i;

/**
 * A Dockerfile kept in a test, fixture, CI or dev-container folder, or named for a build, dev, test or
 * docs image (`Dockerfile.build`, `Dockerfile.dev`, `test.Dockerfile`), describes a harness, not a product.
 */
export const isDevelopmentDockerfile = memoized((df: Dockerfile): boolean => {
  const name = df.path.slice(df.path.lastIndexOf('/') + 1).replace(/(^|[.\-_])(dockerfile|containerfile)([.\-_]|$)/i, '$1$3');
  return DEVELOPMENT_FOLDER.test(df.path) || DEVELOPMENT_FILE.test(name);
});

/**
 * An app image built for production: it starts an app, its target is not named as a dev or test
 * image, and the Dockerfile does not live in a test or dev-container folder.
 */
export function isProductionApp(df: Dockerfile, chain: readonly Stage[]): boolean {
  const target = chain[chain.length - 1];
  return target !== undefined && !isDevelopmentTarget(target) && !isDevelopmentDockerfile(df) && startsAnApp(chain);
}

/**
 * The stages the target image is made of (external base first) when that image is a production app —
 * what the rules about what an image ships judge — else null.
 */
export function productionAppChain(ctx: RuleContext): Stage[] | null {
  const chain = shippedChain(ctx);
  return isProductionApp(ctx.dockerfile, chain) ? chain : null;
}

// ─── Paths ──────────────────────────────────────────────────────────────────────────────────────────

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
  return { instruction: ins, sources, dest, from: fromFlag ? (dep?.source ?? { kind: 'unknown', raw: fromFlag.value ?? '' }) : null, fromRaw: fromFlag?.value ?? null };
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

export function copiesProjectFiles(spec: CopySpec): boolean {
  return contextSources(spec).some(isProjectFile);
}

export function copiesSourceTree(spec: CopySpec): boolean {
  return contextSources(spec).some(isSourceTree);
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

// ─── RUN: builds ────────────────────────────────────────────────────────────────────────────────────

export type Ecosystem = 'node' | 'go' | 'rust' | 'java' | 'dotnet' | 'c' | 'python';

export interface BuildStep {
  instruction: Instruction;
  command: ShellCommand;
  ecosystem: Ecosystem;
  /** The command as a reader would name it: `go build`, `npm run build`. */
  label: string;
  /** `project`: the app itself is compiled (its sources are not needed to run it); `dependencies`: wheels of its requirements. */
  output: 'project' | 'dependencies';
}

/** Script names that produce build output (`build`, `build:prod`, `compile`, `bundle`). */
const BUILD_SCRIPT = /^(build|compile|bundle|dist|package)([:-]\w+)*$/;
const NPM_FLAGS_WITH_VALUE = ['prefix', 'C', 'w', 'workspace', 'filter', 'F', 'dir', 'cwd'];
const NODE_BUNDLERS: Record<string, string | null> = {
  tsc: null, webpack: null, esbuild: null, rollup: null, vite: 'build', next: 'build', ng: 'build', nest: 'build', parcel: 'build', nuxt: 'build', 'react-scripts': 'build', turbo: null, nx: null, astro: 'build', remix: 'build',
};
const MAVEN_GOALS = new Set(['package', 'install', 'verify', 'compile', 'deploy']);
const GRADLE_TASK = /^(build|assemble|jar|bootJar|shadowJar|installDist|distTar|distZip|bootDistTar|war|bootWar|nativeCompile|buildFatJar|quarkusBuild)$/;
const C_COMPILERS = new Set(['gcc', 'g++', 'cc', 'c++', 'clang', 'clang++']);

function nodeScriptStep(cmd: ShellCommand, ins: Instruction): BuildStep | null {
  const ops = operands(cmd, NPM_FLAGS_WITH_VALUE);
  const tool = cmd.base;
  let script: string | null = null;
  if (ops[0] === 'run' || ops[0] === 'run-script') script = ops[1] ?? null;
  else if ((tool === 'yarn' || tool === 'pnpm' || tool === 'bun') && ops[0] && BUILD_SCRIPT.test(ops[0])) script = ops[0];
  else if (tool === 'bun' && ops[0] === 'build') script = 'build';
  if (script === null || !BUILD_SCRIPT.test(script)) return null;
  const label = ops[0] === 'run' || ops[0] === 'run-script' ? `${tool} run ${script}` : `${tool} ${script}`;
  return { instruction: ins, command: cmd, ecosystem: 'node', label, output: 'project' };
}

function bundlerStep(cmd: ShellCommand, ins: Instruction): BuildStep | null {
  let tool = cmd;
  if (isCommand(cmd, 'npx', 'pnpx', 'bunx')) {
    const ops = operands(cmd, ['p', 'package']);
    if (!ops[0]) return null;
    tool = { ...cmd, name: ops[0], base: ops[0], args: cmd.args.slice(cmd.args.findIndex((a) => a.value === ops[0]) + 1) };
  }
  const name = tool.base.replace(/^@[\w-]+\//, '');
  if (!(name in NODE_BUNDLERS)) return null;
  const needs = NODE_BUNDLERS[name];
  if (needs !== null && subcommand(tool) !== needs) return null;
  const label = cmd === tool ? `${name}${needs ? ` ${needs}` : ''}` : `${cmd.base} ${name}${needs ? ` ${needs}` : ''}`;
  return { instruction: ins, command: cmd, ecosystem: 'node', label, output: 'project' };
}

/** One command's build step, if it compiles or bundles the project. */
export function buildStepOf(raw: ShellCommand, ins: Instruction): BuildStep | null {
  if (raw.substitution) return null;
  const cmd = unwrap(raw);
  const base = cmd.base;
  const step = (ecosystem: Ecosystem, label: string, output: BuildStep['output'] = 'project'): BuildStep => ({ instruction: ins, command: cmd, ecosystem, label, output });
  // `pip wheel -r requirements.txt` compiles the dependencies; `pip wheel .` the project.
  const wheelOutput = (): BuildStep['output'] => (hasAnyFlag(cmd, ['r', 'requirement']) ? 'dependencies' : 'project');
  switch (base) {
    case 'npm':
    case 'yarn':
    case 'pnpm':
    case 'bun':
      return nodeScriptStep(cmd, ins);
    case 'go': {
      const sub = subcommand(cmd);
      if (sub === 'build') return step('go', 'go build');
      // `go install tool@v1` fetches someone else's tool; `go install ./cmd/app` builds the project.
      // `go install tool` installs the tools go.mod declares.
      const targets = operands(cmd).slice(1);
      if (sub === 'install' && !targets.some((o) => o.includes('@') || o === 'tool')) return step('go', 'go install');
      return null;
    }
    case 'cargo': {
      const sub = subcommand(cmd, ['target', 'p', 'package', 'j', 'jobs', 'bin', 'features', 'F', 'Z']);
      if (sub === 'build') return step('rust', 'cargo build');
      if (sub === 'install' && hasAnyFlag(cmd, ['path'])) return step('rust', 'cargo install --path');
      return null;
    }
    case 'rustc':
      return step('rust', 'rustc');
    case 'mvn':
    case 'mvnw': {
      const goal = operands(cmd, ['f', 'file', 's', 'settings', 'pl', 'projects', 'P', 'activate-profiles', 'T', 'threads', 'gs', 'global-settings']).find((o) => MAVEN_GOALS.has(o));
      return goal ? step('java', `${base} ${goal}`) : null;
    }
    case 'gradle':
    case 'gradlew': {
      const task = operands(cmd, ['p', 'project-dir', 'b', 'build-file', 'x', 'exclude-task', 'g', 'gradle-user-home']).find((o) => GRADLE_TASK.test(o.replace(/^:[\w:-]*:/, '')));
      return task ? step('java', `${base} ${task}`) : null;
    }
    case 'dotnet': {
      const sub = subcommand(cmd);
      return sub === 'publish' || sub === 'build' ? step('dotnet', `dotnet ${sub}`) : null;
    }
    case 'make':
    case 'gmake': {
      // Makefiles are task runners too (`make gen-proto`, `make test`): only a bare `make` or a target
      // that names a build counts.
      const targets = operands(cmd, ['C', 'f', 'j', 'l', 'o', 'W', 'I', 'directory', 'file', 'jobs']).filter((t) => !t.includes('='));
      if (targets.length > 0 && !targets.some((t) => /^(all|build|release|binary|binaries|bin|compile|dist|static|default|install)$/.test(t))) return null;
      return step('c', 'make');
    }
    case 'cmake':
      return hasAnyFlag(cmd, ['build']) ? step('c', 'cmake --build') : null;
    case 'ninja':
      return step('c', 'ninja');
    case 'python':
    case 'python3': {
      const args = cmd.args.map((a) => a.value);
      if (args[0] === '-m' && args[1] === 'build') return step('python', 'python -m build');
      if (args[0] === '-m' && args[1] === 'pip' && args[2] === 'wheel') return step('python', 'pip wheel', wheelOutput());
      if (args[0] === 'setup.py' && args.slice(1).some((a) => /^(build|build_ext|bdist_wheel|bdist_egg)$/.test(a))) return step('python', 'setup.py build');
      return null;
    }
    case 'pip':
    case 'pip3':
      return subcommand(cmd) === 'wheel' ? step('python', 'pip wheel', wheelOutput()) : null;
    default:
      if (C_COMPILERS.has(base) || /^(gcc|g\+\+|clang|clang\+\+)-\d+$/.test(base)) {
        // `gcc --version` and `cc -v` probe; compiling names a source or an output.
        const ops = operands(cmd, ['o', 'I', 'L', 'l', 'D', 'x', 'MF', 'include']);
        return ops.length > 0 || flagValues(cmd, 'o').length > 0 ? step('c', base) : null;
      }
      return bundlerStep(cmd, ins);
  }
}

/** Every build step a RUN runs, in order. */
export const buildSteps = memoized((ins: Instruction): readonly BuildStep[] => {
  if (ins.keyword !== 'RUN') return [];
  const out: BuildStep[] = [];
  for (const cmd of runCommands(ins)) {
    const step = buildStepOf(cmd, ins);
    if (step) out.push(step);
  }
  return out;
});

const FETCHERS = new Set(['curl', 'wget', 'git', 'svn', 'hg', 'fetch', 'aria2c']);

/** Whether a RUN fetches something from the network (upstream sources, a release tarball). */
export const downloads = memoized((ins: Instruction): boolean =>
  runCommands(ins).some((c) => {
    const cmd = unwrap(c);
    if (cmd.base === 'git') return ['clone', 'fetch', 'pull'].includes(subcommand(cmd, ['C', 'c']) ?? '');
    if (cmd.base === 'go' && subcommand(cmd) === 'get') return false;
    return FETCHERS.has(cmd.base);
  }),
);

// ─── RUN: packages ──────────────────────────────────────────────────────────────────────────────────

export interface PackageInstall {
  instruction: Instruction;
  command: ShellCommand;
  manager: string;
  packages: string[];
  /** `apk add --virtual .build-deps …`: the name a later `apk del` uses. */
  virtual: string | null;
}

const INSTALL_SUBCOMMANDS: Record<string, { sub: string[]; flagsWithValue: string[] }> = {
  'apt-get': { sub: ['install'], flagsWithValue: ['o', 'c', 't', 'target-release', 'option'] },
  apt: { sub: ['install'], flagsWithValue: ['o', 'c', 't', 'target-release', 'option'] },
  apk: { sub: ['add'], flagsWithValue: ['t', 'virtual', 'X', 'repository', 'p', 'root', 'repositories-file', 'cache-dir', 'keys-dir', 'arch'] },
  yum: { sub: ['install'], flagsWithValue: ['enablerepo', 'disablerepo', 'setopt', 'installroot', 'releasever', 'x', 'exclude', 'c', 'config'] },
  dnf: { sub: ['install'], flagsWithValue: ['enablerepo', 'disablerepo', 'setopt', 'installroot', 'releasever', 'x', 'exclude', 'c', 'config'] },
  microdnf: { sub: ['install'], flagsWithValue: ['enablerepo', 'disablerepo', 'setopt', 'installroot', 'releasever'] },
  tdnf: { sub: ['install'], flagsWithValue: ['enablerepo', 'disablerepo', 'setopt', 'installroot', 'releasever'] },
  zypper: { sub: ['install', 'in'], flagsWithValue: ['r', 'repo', 't', 'type'] },
};

/** OS package installs in a RUN: `apt-get install`, `apk add`, `yum`/`dnf install`, `zypper in`. */
export const packageInstalls = memoized((ins: Instruction): readonly PackageInstall[] => {
  if (ins.keyword !== 'RUN') return [];
  const out: PackageInstall[] = [];
  for (const raw of runCommands(ins)) {
    if (raw.substitution) continue;
    const cmd = unwrap(raw);
    const spec = INSTALL_SUBCOMMANDS[cmd.base];
    if (!spec) continue;
    const ops = operands(cmd, spec.flagsWithValue);
    if (!ops[0] || !spec.sub.includes(ops[0])) continue;
    const packages = ops
      .slice(1)
      .filter((p) => !p.includes('$') && !p.startsWith('/') && !p.endsWith('.rpm') && !p.endsWith('.deb'))
      .map((p) => p.replace(/[=<>~].*$/, '').replace(/:\w+$/, ''));
    const virtual = cmd.base === 'apk' ? (flagValues(cmd, 'virtual')[0] ?? flagValues(cmd, 't')[0] ?? null) : null;
    out.push({ instruction: ins, command: cmd, manager: cmd.base, packages, virtual });
  }
  return out;
});

/** Package names (and apk virtual names) a RUN removes; `*` when it removes what it marked automatic. */
export function packageRemovals(ins: Instruction): Set<string> {
  const removed = new Set<string>();
  if (ins.keyword !== 'RUN') return removed;
  for (const raw of runCommands(ins)) {
    if (raw.substitution) continue;
    const cmd = unwrap(raw);
    const ops = operands(cmd, ['o', 'c', 't']);
    const sub = ops[0];
    let names: string[] | null = null;
    if (cmd.base === 'apk' && sub === 'del') names = ops.slice(1);
    else if ((cmd.base === 'apt-get' || cmd.base === 'apt') && (sub === 'purge' || sub === 'remove' || sub === 'autoremove')) {
      names = ops.slice(1);
      // `apt-mark auto …; apt-get purge --auto-remove`: the docker-library idiom that removes build deps.
      if (sub === 'autoremove' || hasAnyFlag(cmd, ['auto-remove'])) removed.add('*');
    } else if (['yum', 'dnf', 'microdnf', 'tdnf', 'zypper'].includes(cmd.base) && (sub === 'remove' || sub === 'erase' || sub === 'autoremove' || sub === 'rm')) {
      names = ops.slice(1);
      if (sub === 'autoremove') removed.add('*');
    }
    for (const n of names ?? []) removed.add(n.replace(/[=<>~].*$/, ''));
  }
  return removed;
}

/** `gcc`, `build-essential`, `libpq-dev`: packages that compile code, not packages that run it. */
export function isToolchainPackage(name: string): boolean {
  const n = name.toLowerCase();
  if (TOOLCHAIN_PACKAGES.has(n)) return true;
  if (/^(gcc|g\+\+|cpp|clang|llvm)(-\d+(\.\d+)*)?$/.test(n)) return true;
  if (/^(gcc|g\+\+|clang)-(\d+-)?[\w-]+-linux-gnu\w*$/.test(n)) return true; // cross compilers
  if (/^openjdk-?\d+-jdk(-headless)?$/.test(n) || /^java-[\d.]+-openjdk-devel$/.test(n) || /^openjdk\d+(-jdk)?$/.test(n)) return true;
  if (/^golang(-\d+(\.\d+)*)?(-go)?$/.test(n)) return true;
  // Headers: Debian/Alpine `-dev`, Red Hat/SUSE `-devel`.
  return /-(dev|devel)$/.test(n);
}

const TOOLCHAIN_PACKAGES = new Set([
  'build-essential', 'build-base', 'alpine-sdk', 'make', 'cmake', 'ninja', 'ninja-build', 'autoconf', 'automake', 'libtool',
  'gcc-c++', 'musl-dev', 'libc-dev', 'libc6-dev', 'linux-headers', 'linux-libc-dev', 'rust', 'rustc', 'cargo', 'go',
  'default-jdk', 'default-jdk-headless', 'maven', 'gradle', 'nodejs-dev', 'dpkg-dev', 'bison', 'flex', 'g++',
]);

export interface KeptToolchain {
  install: PackageInstall;
  /** The toolchain packages of the install that nothing removes later in the chain. */
  packages: string[];
}

/**
 * Toolchain packages installed in a chain and still there at its end: not removed by name, by apk
 * virtual name, or by the `apt-mark auto … purge --auto-remove` idiom in the same RUN.
 */
export function keptToolchain(chain: readonly Stage[], include: (name: string) => boolean = isToolchainPackage): KeptToolchain[] {
  const instructions = instructionsOf(chain);
  const out: KeptToolchain[] = [];
  instructions.forEach((ins, i) => {
    for (const install of packageInstalls(ins)) {
      const sameRun = packageRemovals(ins);
      const later = new Set<string>();
      for (const next of instructions.slice(i + 1)) for (const n of packageRemovals(next)) later.add(n);
      if (install.virtual && (sameRun.has(install.virtual) || later.has(install.virtual))) continue;
      const packages = install.packages.filter((p) => include(p) && !sameRun.has('*') && !sameRun.has(p) && !later.has(p));
      if (packages.length > 0) out.push({ install, packages });
    }
  });
  return out;
}

/** Installs that fetch the project's dependencies (which may compile native code). */
export function dependencyInstall(ins: Instruction): ShellCommand | null {
  for (const raw of runCommands(ins)) {
    if (raw.substitution) continue;
    const cmd = unwrap(raw);
    const sub = subcommand(cmd, NPM_FLAGS_WITH_VALUE);
    if (isCommand(cmd, 'pip', 'pip3', 'uv', 'poetry', 'pipenv') && (sub === 'install' || sub === 'sync')) return cmd;
    if (isCommand(cmd, 'python', 'python3') && cmd.args[0]?.value === '-m' && cmd.args[1]?.value === 'pip' && cmd.args[2]?.value === 'install') return cmd;
    if (isCommand(cmd, 'npm', 'pnpm', 'yarn', 'bun') && (sub === null || sub === 'install' || sub === 'i' || sub === 'ci')) return cmd;
    if (isCommand(cmd, 'bundle') && (sub === null || sub === 'install')) return cmd;
    if (isCommand(cmd, 'composer') && sub === 'install') return cmd;
    if (isCommand(cmd, 'cpanm', 'cpan')) return cmd;
  }
  return null;
}

// ─── The project built in the chain ─────────────────────────────────────────────────────────────────

/**
 * The first build step that runs after the project's files were copied in from the context, in a RUN
 * that neither fetches what it builds nor removes the toolchain again (the pre-multi-stage idiom).
 */
export function projectBuildStep(chain: readonly Stage[]): BuildStep | null {
  let projectCopied = false;
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      const spec = copySpec(stage, ins);
      if (spec && copiesProjectFiles(spec)) projectCopied = true;
      if (!projectCopied || ins.keyword !== 'RUN') continue;
      const steps = buildSteps(ins);
      if (steps.length > 0 && !downloads(ins) && packageRemovals(ins).size === 0) return steps[0]!;
    }
  }
  return null;
}

/** Stages the chain copies files from (`COPY --from`, bind mounts), with their own FROM chains. */
export function sourceStages(df: Dockerfile, chain: readonly Stage[]): Stage[] {
  const inChain = new Set(chain.map((s) => s.index));
  const out = new Map<number, Stage>();
  for (const stage of chain) {
    for (const dep of stage.dependencies) {
      if (dep.kind === 'from' || dep.source.kind !== 'stage' || inChain.has(dep.source.stage)) continue;
      const source = df.stages[dep.source.stage];
      if (source) out.set(source.index, source);
    }
  }
  return [...out.values()];
}

/**
 * Whether the app itself is compiled — in the chain or in a stage the chain copies from — so that its
 * sources are not what runs. Compiling only the dependencies' wheels leaves a Python app's sources the app.
 */
export function projectCompiled(df: Dockerfile, chain: readonly Stage[]): boolean {
  const compiles = (c: readonly Stage[]) => projectBuildStep(c)?.output === 'project';
  return compiles(chain) || sourceStages(df, chain).some((s) => compiles(chainOf(df, s)));
}

export interface ChainBuild {
  /** The build step that runs after the project's files were copied in. */
  step: BuildStep | null;
  /** A toolchain installed (and kept) to build the project's dependencies, when there is no build step. */
  toolchain: KeptToolchain | null;
  /** The dependency install that toolchain serves. */
  dependencyInstall: Instruction | null;
}

/**
 * Whether the chain builds the project's own sources: a build step after a COPY of the project's files
 * from the context, in a RUN that does not fetch what it builds — or, failing that, a compiler kept in
 * the image for a dependency install of the project's manifest. Images that download and build
 * upstream software (the official toolchain images) copy no project files, so they never count.
 */
export function chainBuild(chain: readonly Stage[]): ChainBuild | null {
  const step = projectBuildStep(chain);
  if (step) return { step, toolchain: null, dependencyInstall: null };
  // A compiler kept for dependency installs is this rule's concern only while nothing else is split
  // off; once the chain copies from a build stage, toolchain-in-final-stage speaks about it.
  if (takesFromOtherStages(chain)) return null;
  const kept = keptToolchain(chain);
  if (kept.length === 0) return null;
  const instructions = instructionsOf(chain);
  let copied = false;
  for (const ins of instructions) {
    const stage = chain.find((s) => s.index === ins.stage)!;
    const spec = copySpec(stage, ins);
    if (spec && copiesProjectFiles(spec)) copied = true;
    if (copied && dependencyInstall(ins)) {
      const before = kept.find((k) => k.install.instruction.line <= ins.line);
      if (before) return { step: null, toolchain: before, dependencyInstall: ins };
    }
  }
  return null;
}

// ─── Base images ────────────────────────────────────────────────────────────────────────────────────

export interface ToolchainImage {
  /** What the image carries that the running app does not need. */
  carries: string;
  /** The runtime image to use instead. */
  runtime: string;
  ecosystem: Ecosystem | 'ruby';
}

function versionPart(tag: string | null): string | null {
  if (tag === null || tag === 'latest') return null;
  return tag.split('-')[0]!;
}

function withSuffix(repo: string, tag: string | null, suffix: string): string {
  const version = versionPart(tag);
  return `${repo}:${version ? `${version}-${suffix}` : suffix}`;
}

/**
 * Images that are a build toolchain and have a smaller runtime sibling: `golang` (any tag), `node:20`
 * (not slim/alpine), `python:3.12`, `ruby:3`, `rust`, `maven`, `gradle`, JDK images, the .NET SDK.
 */
export function toolchainImage(image: ImageRef): ToolchainImage | null {
  const tag = image.tag;
  const t = (tag ?? 'latest').toLowerCase();
  const small = /slim|alpine|windowsservercore|nanoserver/.test(t);
  const repo = image.familiar;
  switch (image.familiar) {
    case 'golang':
      return { carries: 'the Go toolchain', runtime: '`scratch` or `gcr.io/distroless/static` (`alpine` if it needs a shell)', ecosystem: 'go' };
    case 'rust':
      return { carries: 'the Rust toolchain', runtime: '`debian:bookworm-slim` or `gcr.io/distroless/cc`', ecosystem: 'rust' };
    case 'node':
      return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\` or \`${withSuffix(repo, tag, 'alpine')}\``, ecosystem: 'node' };
    case 'python':
      return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\``, ecosystem: 'python' };
    case 'ruby':
      return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\``, ecosystem: 'ruby' };
    case 'maven':
    case 'gradle':
      return { carries: `${image.familiar === 'maven' ? 'Maven' : 'Gradle'} and a full JDK`, runtime: 'a JRE such as `eclipse-temurin:<version>-jre`', ecosystem: 'java' };
    case 'openjdk':
    case 'eclipse-temurin':
    case 'ibm-semeru-runtimes':
      if (/jre/.test(t) || /windowsservercore|nanoserver/.test(t)) return null;
      if (image.familiar === 'ibm-semeru-runtimes' && !/jdk/.test(t)) return null;
      return { carries: 'a full JDK (compiler, jlink, headers)', runtime: image.familiar === 'eclipse-temurin' ? `\`eclipse-temurin:${versionPart(tag) ?? '<version>'}-jre\`` : 'a JRE such as `eclipse-temurin:<version>-jre`', ecosystem: 'java' };
    case 'buildpack-deps':
      // `-curl` and `-scm` variants carry no compilers.
      if (/(^|-)(curl|scm)$/.test(t)) return null;
      return { carries: 'compilers and headers', runtime: '`debian:<release>-slim`', ecosystem: 'c' };
    case 'gcc':
      return { carries: 'compilers and headers', runtime: '`debian:<release>-slim`', ecosystem: 'c' };
    default:
      break;
  }
  if (/^mcr\.microsoft\.com\/dotnet\/(core\/)?sdk$/.test(image.familiar)) {
    const version = versionPart(tag) ?? '<version>';
    return { carries: 'the .NET SDK', runtime: `\`mcr.microsoft.com/dotnet/aspnet:${version}\` (web apps) or \`mcr.microsoft.com/dotnet/runtime:${version}\``, ecosystem: 'dotnet' };
  }
  return null;
}

/** `scratch` or a distroless image without the debug busybox: no `/bin/sh`. */
export function lacksShell(base: StageBase): boolean {
  if (base.kind === 'scratch') return true;
  if (base.kind !== 'image' || !base.image) return false;
  const image = base.image;
  const distroless = image.familiar.startsWith('gcr.io/distroless/') || image.familiar.startsWith('gcr.io/google-appengine/distroless');
  const chainguardStatic = image.familiar === 'cgr.dev/chainguard/static';
  if (!distroless && !chainguardStatic) return false;
  return !/debug|dev/.test(image.tag ?? '');
}

/** Whether a command needs the SDK of an ecosystem, not just its runtime (`go run`, `mvn`, `dotnet build`). */
export function needsSdk(cmd: ShellCommand, ecosystem: ToolchainImage['ecosystem']): boolean {
  const c = unwrap(cmd);
  switch (ecosystem) {
    case 'go':
      return c.base === 'go' && subcommand(c) !== 'version' && subcommand(c) !== 'env';
    case 'rust':
      return isCommand(c, 'cargo', 'rustc', 'rustup');
    case 'java':
      return isCommand(c, 'mvn', 'mvnw', 'gradle', 'gradlew', 'javac', 'jlink', 'jpackage', 'jar', 'sbt', 'lein', 'clojure', 'clj');
    case 'dotnet': {
      if (c.base !== 'dotnet') return false;
      const sub = subcommand(c);
      // `dotnet app.dll` runs an app; every other subcommand (build, publish, tool, ef) is the SDK.
      return sub !== null && !/\.(dll|exe)$/i.test(sub) && sub !== '--info' && sub !== '--version';
    }
    case 'c':
      return C_COMPILERS.has(c.base) || isCommand(c, 'make', 'gmake', 'cmake', 'ninja', 'configure');
    default:
      return false;
  }
}

/** The words of a CMD or ENTRYPOINT as a command (exec form, or the shell form read by the shell reader). */
export function startCommands(ins: Instruction): ShellCommand[] {
  const words = ins.execForm;
  if (words) {
    const [name = '', ...rest] = words;
    if (/(^|\/)(ba|da|a)?sh$/.test(name) && rest[0] === '-c' && rest[1]) return parseShell(rest[1]).commands;
    return [{ name, base: name.slice(name.lastIndexOf('/') + 1), args: rest.map((value) => ({ value, raw: value, offset: 0, quoted: true, dynamic: false })), assignments: [], offset: 0, before: null, piped: false, redirects: [], depth: 0, substitution: false }];
  }
  return parseShell(ins.args).commands;
}

/** Commands a RUN executes, none of them inside `$( )`. */
export function runCommandsOf(ins: Instruction): ShellCommand[] {
  return ins.keyword === 'RUN' ? runCommands(ins).filter((c) => !c.substitution) : [];
}
