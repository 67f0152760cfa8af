/** Where a RUN compiles or bundles the project, and whether a chain builds it (or leaves that to another stage). */
import { type Dockerfile, type Instruction, type Stage } from '../../dockerfile/index.js';
import { flagValues, hasAnyFlag, isCommand, operands, runCommands, subcommand, unwrap, type ShellCommand } from '../../shell/index.js';
import { chainOf, instructionsOf, sourceStages, takesFromOtherStages } from './chain.js';
import { copiesProjectFiles, copySpec, projectCopies } from './copies.js';
import { memoized } from './memo.js';
import { dependencyInstall, keptToolchain, NPM_FLAGS_WITH_VALUE, packageRemovals, type KeptToolchain } from './packages.js';
import type { ToolchainImage } from './toolchain-images.js';

export type Ecosystem = 'node' | 'go' | 'rust' | 'java' | 'dotnet' | 'c' | 'python' | 'php';

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
const NODE_BUNDLERS: Record<string, string | null> = {
  tsc: null, webpack: null, esbuild: null, rollup: null, vite: 'build', next: 'build', ng: 'build', nest: 'build', parcel: 'build', nuxt: 'build', 'react-scripts': 'build', turbo: null, nx: null, astro: 'build', remix: 'build',
};
const MAVEN_GOALS = new Set(['package', 'install', 'verify', 'compile', 'deploy']);
const GRADLE_TASK = /^(build|assemble|jar|bootJar|shadowJar|installDist|distTar|distZip|bootDistTar|war|bootWar|nativeCompile|buildFatJar|quarkusBuild)$/;
export const C_COMPILERS = new Set(['gcc', 'g++', 'cc', 'c++', 'clang', 'clang++']);

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
    case 'docker-php-ext-install':
    case 'pecl':
      // PHP extensions are C, compiled with phpize and the image's compiler.
      return base === 'pecl' && subcommand(cmd) !== 'install' ? null : step('php', base === 'pecl' ? 'pecl install' : 'docker-php-ext-install');
    case 'msbuild':
      return step('dotnet', 'msbuild');
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
      // Downloaded code built here (`curl … | tar x && make`) is compiled in the image as much as the
      // project is; a RUN that removes its build packages again is the single-layer idiom.
      if (steps.length > 0 && packageRemovals(ins).size === 0) return steps[0]!;
    }
  }
  return null;
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
  /** Every such install before the dependency install (each package list), the first being `toolchain`. */
  toolchains: KeptToolchain[];
  /** The dependency install that toolchain serves. */
  dependencyInstall: Instruction | null;
}

/**
 * Whether the chain builds in the image it ships: a build step after a COPY of the project's files
 * from the context (the project, or downloaded code built beside it), or one anywhere in an app chain
 * that installs a compiler and keeps it — or, failing that, a compiler kept in the image for a
 * dependency install of the project's manifest. Images that download and build upstream software
 * (the official toolchain images) copy no project files, so they never count.
 */
export function chainBuild(chain: readonly Stage[]): ChainBuild | null {
  const step = projectBuildStep(chain);
  if (step) return { step, toolchain: null, toolchains: [], dependencyInstall: null };
  const compilerKept = keptToolchain(chain).find((k) => k.packages.some((p) => !/-(dev|devel)$/.test(p)));
  if (compilerKept && projectCopies(chain).length > 0) {
    const later = instructionsOf(chain).filter((i) => i.line >= compilerKept.install.instruction.line && packageRemovals(i).size === 0);
    const built = later.flatMap((i) => buildSteps(i))[0];
    if (built) return { step: built, toolchain: null, toolchains: [], dependencyInstall: null };
  }
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
      const before = kept.filter((k) => k.install.instruction.line <= ins.line);
      if (before.length > 0) return { step: null, toolchain: before[0]!, toolchains: before, dependencyInstall: ins };
    }
  }
  return null;
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

/** Commands a RUN executes, none of them inside `$( )`. */
export function runCommandsOf(ins: Instruction): ShellCommand[] {
  return ins.keyword === 'RUN' ? runCommands(ins).filter((c) => !c.substitution) : [];
}
