/**
 * Development dependencies in an image: the installs that bring them (npm, yarn, pnpm and bun
 * devDependencies, composer's require-dev, the pipenv and poetry dev groups, Bundler's groups), the steps
 * that take them out again, and the copies that carry them from stage to stage. What a chain still holds
 * at its end is dev-dependencies-shipped's; what a later layer removed while an earlier layer still holds
 * it is cleanup-in-later-layer's.
 */
import type { Dockerfile, Instruction, Stage } from '../../dockerfile/index.js';
import { flagValues, hasAnyFlag, operands, unwrap, type ShellCommand } from '../../shell/index.js';
import type { PackageJson } from '../package-json.js';
import type { RuleContext } from '../types.js';
import { runCommandsOf } from './builds.js';
import { chainOf } from './chain.js';
import { copiesContextPackageJson, copiesProjectFiles, copySpec, isWithin, resolvePath, workdirAt } from './copies.js';

export type NodeTool = 'npm' | 'yarn' | 'pnpm' | 'bun';

export const PROD_FLAG: Record<NodeTool, string> = { npm: '--omit=dev', yarn: '--production', pnpm: '--prod', bun: '--production' };
/**
 * What takes the devDependencies out of an existing node_modules. `bun install --production` keeps what an
 * earlier install put there (oven-sh/bun#11091), so bun starts over.
 */
export const PRUNE: Record<NodeTool, string> = {
  npm: 'npm prune --omit=dev',
  yarn: 'yarn install --production',
  pnpm: 'pnpm prune --prod',
  bun: 'rm -rf node_modules && bun install --production',
};
const FLAGS_WITH_VALUE = ['prefix', 'C', 'w', 'workspace', 'filter', 'F', 'dir', 'cwd', 'omit', 'only', 'include', 'registry', 'cache'];

/** Development dependencies the chain held, and the later instruction (another layer) that removed them. */
export interface LaterRemoval<T> {
  installed: T;
  removedBy: Instruction;
}

/** What a chain holds at its end, and what it removed in a later layer than the one that brought it. */
export interface DevHistory<T> {
  live: T[];
  removedLater: LaterRemoval<T>[];
}

function truthy(value: string | undefined): boolean {
  return value !== undefined && !/^(|0|false|no|off)$/i.test(value.trim());
}

/** The value of `name` a command sees: set on the command, by an ARG (`$NAME` when it has no value) or by ENV. */
function envValue(ins: Instruction, cmd: ShellCommand, name: string): string | undefined {
  const own = cmd.assignments.find((a) => a.name === name);
  if (own) return own.value;
  const arg = ins.scope.args.get(name);
  if (arg !== undefined) return arg ?? '$' + name;
  return ins.scope.env.get(name) ?? undefined;
}

/** The build context's `package.json` when the image takes it from there and Stagecraft could read it. */
export function contextPackageJson(ctx: RuleContext, chain: readonly Stage[]): PackageJson | null {
  return ctx.packageJson && copiesContextPackageJson(chain) ? ctx.packageJson : null;
}

function overlaps(a: string, b: string): boolean {
  return isWithin(a, b) || isWithin(b, a);
}

// ─── Node: node_modules ─────────────────────────────────────────────────────────────────────────────

/** What a Node package-manager command does to `node_modules`. */
type NodeEvent =
  | { kind: 'dev-install'; tool: NodeTool; label: string; instruction: Instruction; dir: string | null }
  | { kind: 'clear'; instruction: Instruction; dir: string | null };

/**
 * Whether the environment makes a plain install skip devDependencies: `NODE_ENV=production` (npm,
 * yarn 1, pnpm), `NPM_CONFIG_PRODUCTION`, `NPM_CONFIG_OMIT=dev`. Null when a variable is set from a
 * build argument we cannot see, so the answer is unknown.
 */
function environmentOmitsDev(ins: Instruction, cmd: ShellCommand): boolean | null {
  const values = ['NODE_ENV', 'NPM_CONFIG_PRODUCTION', 'npm_config_production', 'NPM_CONFIG_OMIT', 'npm_config_omit'].map((n) => [n, envValue(ins, cmd, n)] as const);
  if (values.some(([, v]) => v !== undefined && v.includes('$'))) return null;
  const get = (n: string) => values.find(([k]) => k === n)?.[1];
  return (
    get('NODE_ENV') === 'production' ||
    truthy(get('NPM_CONFIG_PRODUCTION') ?? get('npm_config_production')) ||
    /\bdev\b/.test(get('NPM_CONFIG_OMIT') ?? get('npm_config_omit') ?? '')
  );
}

/** Reads one command: a project install with devDependencies, a step that leaves node_modules without them, or nothing. */
function nodeEvent(raw: ShellCommand, ins: Instruction, dir: string | null): NodeEvent | null {
  const cmd = unwrap(raw);
  const tool = cmd.base as NodeTool;
  if (!['npm', 'yarn', 'pnpm', 'bun'].includes(tool)) return null;
  if (hasAnyFlag(cmd, ['g', 'global'])) return null;
  const ops = operands(cmd, FLAGS_WITH_VALUE);
  const sub = ops[0] ?? null;
  const explicitProd =
    (hasAnyFlag(cmd, ['production']) && !flagValues(cmd, 'production').includes('false')) ||
    flagValues(cmd, 'omit').includes('dev') ||
    flagValues(cmd, 'only').some((v) => /^prod/.test(v)) ||
    (tool === 'pnpm' && hasAnyFlag(cmd, ['prod', 'P'])) ||
    (tool === 'yarn' && hasAnyFlag(cmd, ['prod'])) ||
    (tool === 'bun' && hasAnyFlag(cmd, ['p']));
  // `--production=false` and `--include=dev` ask for devDependencies whatever NODE_ENV says.
  const explicitDev = flagValues(cmd, 'production').includes('false') || flagValues(cmd, 'include').includes('dev');
  const env = environmentOmitsDev(ins, cmd);
  if (sub === 'prune') {
    // A plain `npm prune` only removes extraneous packages: devDependencies go with `--omit=dev` or NODE_ENV=production.
    const removesDev = !explicitDev && (explicitProd || (tool === 'npm' && env !== false));
    return removesDev && (tool === 'npm' || tool === 'pnpm') ? { kind: 'clear', instruction: ins, dir } : null;
  }
  if (tool === 'yarn' && sub === 'workspaces' && ops[1] === 'focus' && explicitProd) return { kind: 'clear', instruction: ins, dir };
  if (tool === 'pnpm' && sub === 'deploy') return null;
  const installs = tool === 'npm' ? ['install', 'i', 'ci', 'clean-install', 'install-clean'] : ['install', 'i'];
  const isInstall = (sub === null && tool === 'yarn') || (sub !== null && installs.includes(sub) && (sub === 'ci' || sub === 'clean-install' || sub === 'install-clean' || ops.length === 1));
  if (!isInstall) return null;
  if (!explicitDev && (explicitProd || env === true)) {
    // A production install brings no devDependencies; npm, yarn and pnpm also remove those an earlier install
    // put there, bun keeps them (oven-sh/bun#11091).
    return tool === 'bun' ? null : { kind: 'clear', instruction: ins, dir };
  }
  if (!explicitDev && env === null) return null;
  return { kind: 'dev-install', tool, label: [tool, sub].filter(Boolean).join(' '), instruction: ins, dir };
}

/** `rm -rf node_modules` clears what was installed before. */
function removesNodeModules(cmd: ShellCommand): boolean {
  const c = unwrap(cmd);
  return c.base === 'rm' && operands(c).some((o) => /(^|\/)node_modules\/?$/.test(o));
}

/** The directory a command runs in: the WORKDIR, moved by a `cd` earlier in the same RUN. */
function nodeEventsOf(stage: Stage, ins: Instruction): NodeEvent[] {
  const out: NodeEvent[] = [];
  let dir = workdirAt(stage, ins);
  for (const cmd of runCommandsOf(ins)) {
    const c = unwrap(cmd);
    if (c.base === 'cd' && cmd.depth === 0) {
      const target = operands(c)[0];
      dir = target && !target.includes('$') ? resolvePath(dir, target) : null;
      continue;
    }
    if (removesNodeModules(cmd)) {
      out.push({ kind: 'clear', instruction: ins, dir });
      continue;
    }
    const prefix = flagValues(c, 'prefix')[0] ?? flagValues(c, 'C')[0] ?? flagValues(c, 'cwd')[0];
    const event = nodeEvent(cmd, ins, prefix && !prefix.includes('$') ? resolvePath(dir, prefix) : dir);
    if (event) out.push(event);
  }
  return out;
}

function sameDir(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/** node_modules with devDependencies: where they were installed, or the COPY that brought them from `via`. */
export interface DevModules {
  tool: NodeTool;
  label: string;
  instruction: Instruction;
  dir: string | null;
  via: Stage | null;
}

/**
 * The node_modules with devDependencies a chain holds: installed in it after the project's manifest was
 * copied in, or copied into it from a stage that holds them; those pruned, reinstalled for production or
 * deleted afterwards are gone from its end (and, when that happened in a later instruction, in
 * `removedLater`).
 */
export function nodeDevModules(df: Dockerfile, chain: readonly Stage[], seen: ReadonlySet<number> = new Set(chain.map((s) => s.index))): DevHistory<DevModules> {
  let live: DevModules[] = [];
  const removedLater: LaterRemoval<DevModules>[] = [];
  let projectCopied = false;
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      const spec = copySpec(stage, ins);
      if (spec && copiesProjectFiles(spec)) projectCopied = true;
      if (spec && spec.from?.kind === 'stage') {
        const source = df.stages[spec.from.stage];
        if (source && !seen.has(source.index)) {
          const inner = nodeDevModules(df, chainOf(df, source), new Set([...seen, source.index])).live;
          const copied = inner.filter((m) => spec.sources.some((src) => coversModules(src, m.dir)));
          if (copied.length > 0) {
            const dest = resolvePath(workdirAt(stage, ins), spec.dest);
            const dir = dest === null ? null : /\/node_modules$/.test(dest) ? dest.replace(/\/node_modules$/, '') || '/' : dest;
            live.push({ ...copied[0]!, instruction: ins, dir, via: source });
          }
        }
      }
      for (const event of nodeEventsOf(stage, ins)) {
        if (event.kind === 'clear') {
          for (const m of live) if (sameDir(m.dir, event.dir) && m.instruction !== event.instruction) removedLater.push({ installed: m, removedBy: event.instruction });
          live = live.filter((m) => !sameDir(m.dir, event.dir));
        } else if (projectCopied) {
          live.push({ tool: event.tool, label: event.label, instruction: event.instruction, dir: event.dir, via: null });
        }
      }
    }
  }
  return { live, removedLater };
}

/** Whether copying `source` (an absolute path in the source stage) brings along `<dir>/node_modules`. */
function coversModules(source: string, dir: string | null): boolean {
  const src = resolvePath('/', source);
  if (src === null) return false;
  if (dir === null) return /(^|\/)node_modules$/.test(src);
  return isWithin(`${dir === '/' ? '' : dir}/node_modules`, src);
}

/** The install that first put devDependencies into a stage's node_modules (following copies back). */
export function devModulesOrigin(df: Dockerfile, stage: Stage): DevModules | null {
  let modules = nodeDevModules(df, chainOf(df, stage), new Set([stage.index])).live[0] ?? null;
  for (let guard = 0; modules?.via && guard < 10; guard++) {
    const next = nodeDevModules(df, chainOf(df, modules.via), new Set([modules.via.index])).live[0];
    if (!next) break;
    modules = next;
  }
  return modules;
}

// ─── composer, pipenv, poetry, Bundler ──────────────────────────────────────────────────────────────

type OtherTool = 'composer' | 'python' | 'bundle';

/** An install of another ecosystem's development dependencies, or the COPY that brought one into the chain. */
export interface OtherDevInstall {
  tool: OtherTool;
  instruction: Instruction;
  label: string;
  /** How to install without them, for the message. */
  fix: string;
  /** The step that removes them from an existing install, when the tool has one. */
  prune: string | null;
  /**
   * Where the dependencies are (absolute): what a `COPY --from` of the stage may carry on, and what a
   * later removal must reach. Null when unknown.
   */
  outputs: string[] | null;
  /** For a copy: the stage copied from, and the install there that brought the dependencies. */
  via: Stage | null;
  origin: OtherDevInstall | null;
}

/**
 * Where an install's dependencies land: composer's `vendor/`, Bundler's `BUNDLE_PATH` (the ruby images'
 * `/usr/local/bundle`) or `vendor/bundle`, and a Python virtualenv (in the project, `$VIRTUAL_ENV`, or the
 * system site-packages).
 */
function installOutputs(ins: Instruction, cmd: ShellCommand, dir: string | null, tool: OtherTool): string[] {
  const inDir = (path: string) => (dir === null ? [] : [resolvePath(dir, path)].filter((p): p is string => p !== null));
  const known = (value: string | undefined) => (value !== undefined && value.startsWith('/') && !value.includes('$') ? [value] : []);
  if (tool === 'composer') return inDir('vendor');
  if (tool === 'bundle') return [...known(envValue(ins, cmd, 'BUNDLE_PATH')), ...known(envValue(ins, cmd, 'GEM_HOME')), '/usr/local/bundle', ...inDir('vendor/bundle')];
  return [...known(envValue(ins, cmd, 'VIRTUAL_ENV')), ...inDir('.venv'), '/usr/local/lib', '/root/.local'];
}

const OTHER_FLAGS_WITH_VALUE = ['only', 'without', 'with', 'd', 'working-dir', 'C', 'directory', 'P', 'project', 'path', 'gemfile', 'jobs', 'j'];

type OtherEvent = { kind: 'dev-install'; install: OtherDevInstall } | { kind: 'clear'; tool: OtherTool; outputs: string[] | null };

/** Whether a poetry command selects the main group only (`--only main`, `--without dev`). */
function poetryMainOnly(cmd: ShellCommand): boolean {
  return /\bmain\b/.test(flagValues(cmd, 'only').join(',')) || /\bdev\b/.test(flagValues(cmd, 'without').join(',')) || hasAnyFlag(cmd, ['no-dev']);
}

/**
 * One command of the other ecosystems. Installs of the development dependencies: `composer install`
 * without `--no-dev`, `pipenv install --dev`, `poetry install`/`sync` without `--only main` /
 * `--without dev`, `bundle install` without `BUNDLE_WITHOUT`. Removals: `composer install`/`update`
 * with `--no-dev` (composer uninstalls require-dev packages already in `vendor/`), `poetry sync` or
 * `poetry install --sync` of the main group only, `rm -rf vendor`. Not removals: `poetry install --only
 * main` without `--sync` (poetry 1.2+ keeps what is installed), `pipenv install`/`sync`/`clean` (clean
 * keeps the lock file's dev packages too), and Bundler's `without` settings (they skip groups, they do
 * not uninstall them).
 */
function otherEvent(cmd: ShellCommand, ins: Instruction, dir: string | null, before: { bundleWithout: boolean; projectCopied: boolean }): OtherEvent | null {
  const ops = operands(cmd, OTHER_FLAGS_WITH_VALUE);
  const install = (tool: OtherTool, label: string, fix: string, prune: string | null, at: string | null): OtherEvent | null =>
    before.projectCopied ? { kind: 'dev-install', install: { tool, instruction: ins, label, fix, prune, outputs: nonEmpty(installOutputs(ins, cmd, at, tool)), via: null, origin: null } } : null;
  if (cmd.base === 'rm') {
    const vendors = operands(cmd).filter((o) => /(^|\/)vendor\/?$/.test(o) && !o.includes('$') && !/(^|\/)vendor\/bundle\/?$/.test(o));
    return vendors.length > 0 ? { kind: 'clear', tool: 'composer', outputs: nonEmpty(vendors.map((v) => resolvePath(dir, v)).filter((p): p is string => p !== null)) } : null;
  }
  if (cmd.base === 'composer' && ['install', 'i', 'update', 'u', 'upgrade'].includes(ops[0] ?? '')) {
    const workingDir = flagValues(cmd, 'working-dir')[0] ?? flagValues(cmd, 'd')[0];
    const at = workingDir === undefined ? dir : workingDir.includes('$') ? null : resolvePath(dir, workingDir);
    if (hasAnyFlag(cmd, ['no-dev']) || truthy(envValue(ins, cmd, 'COMPOSER_NO_DEV'))) return { kind: 'clear', tool: 'composer', outputs: nonEmpty(installOutputs(ins, cmd, at, 'composer')) };
    if (ops[0] === 'install' || ops[0] === 'i') return install('composer', 'composer install', 'add `--no-dev` (and `--optimize-autoloader`)', 'composer install --no-dev', at);
    return null;
  }
  if (cmd.base === 'pipenv' && ops[0] === 'install' && hasAnyFlag(cmd, ['dev', 'd'])) {
    return install('python', 'pipenv install --dev', 'drop `--dev` (`pipenv install --deploy`)', null, dir);
  }
  if (cmd.base === 'poetry' && (ops[0] === 'install' || ops[0] === 'sync')) {
    const syncs = ops[0] === 'sync' || hasAnyFlag(cmd, ['sync']);
    if (poetryMainOnly(cmd)) return syncs ? { kind: 'clear', tool: 'python', outputs: nonEmpty(installOutputs(ins, cmd, dir, 'python')) } : null;
    return install('python', `poetry ${ops[0]}`, 'add `--only main` (or `--without dev`)', 'poetry sync --only main', dir);
  }
  if (cmd.base === 'bundle' && (ops[0] === undefined || ops[0] === 'install')) {
    if (before.bundleWithout || envValue(ins, cmd, 'BUNDLE_WITHOUT') !== undefined || hasAnyFlag(cmd, ['without'])) return null;
    return install('bundle', 'bundle install', 'set `ENV BUNDLE_WITHOUT="development:test"` before it (or `bundle config set --local without "development test"`)', null, dir);
  }
  return null;
}

/** `bundle config set --local without "development test"`: later `bundle install`s skip those groups. */
function setsBundleWithout(cmd: ShellCommand): boolean {
  const ops = operands(cmd, OTHER_FLAGS_WITH_VALUE);
  return cmd.base === 'bundle' && ops[0] === 'config' && ops.includes('without');
}

function nonEmpty(paths: string[]): string[] | null {
  return paths.length > 0 ? paths : null;
}

/** Whether a removal reaches what an install or copy put in place (unknown places match). */
function reaches(removal: string[] | null, installed: string[] | null): boolean {
  return removal === null || installed === null || removal.some((r) => installed.some((i) => overlaps(r, i)));
}

/**
 * The other ecosystems' development dependencies a chain holds: installed in it after the project's
 * manifest was copied in, or copied into it (`COPY --from=vendor /app/vendor ./vendor`, Bundler's
 * `/usr/local/bundle`, a virtualenv, or a folder holding one) from a stage that holds them; those removed
 * afterwards are gone from its end (and, when removed by a later instruction, in `removedLater`).
 */
export function otherDevInstalls(df: Dockerfile, chain: readonly Stage[], seen: ReadonlySet<number> = new Set(chain.map((s) => s.index))): DevHistory<OtherDevInstall> {
  let live: OtherDevInstall[] = [];
  const removedLater: LaterRemoval<OtherDevInstall>[] = [];
  const state = { bundleWithout: false, projectCopied: false };
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      const spec = copySpec(stage, ins);
      if (spec && copiesProjectFiles(spec)) state.projectCopied = true;
      if (spec?.from?.kind === 'stage' && !seen.has(spec.from.stage)) {
        const source = df.stages[spec.from.stage];
        // `COPY --from` sources are paths from the root of the source stage.
        const sources = spec.sources.map((s) => resolvePath('/', s)).filter((s): s is string => s !== null && s !== '/');
        const carried = source
          ? otherDevInstalls(df, chainOf(df, source), new Set([...seen, source.index])).live.find((i) => i.outputs?.some((out) => sources.some((src) => overlaps(out, src))))
          : undefined;
        if (source && carried) {
          const dest = resolvePath(workdirAt(stage, ins), spec.dest);
          live.push({ ...carried, instruction: ins, outputs: dest === null ? null : [dest], via: source, origin: carried.origin ?? carried });
        }
      }
      const dir = workdirAt(stage, ins);
      for (const raw of runCommandsOf(ins)) {
        const cmd = unwrap(raw);
        if (setsBundleWithout(cmd)) state.bundleWithout = true;
        const event = otherEvent(cmd, ins, dir, state);
        if (!event) continue;
        if (event.kind === 'dev-install') {
          live.push(event.install);
          continue;
        }
        const removed = (i: OtherDevInstall) => i.tool === event.tool && reaches(event.outputs, i.outputs);
        for (const i of live) if (removed(i) && i.instruction !== ins) removedLater.push({ installed: i, removedBy: ins });
        live = live.filter((i) => !removed(i));
      }
    }
  }
  return { live, removedLater };
}
