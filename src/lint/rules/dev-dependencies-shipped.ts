import type { Dockerfile, Instruction, Stage } from '../../dockerfile/index.js';
import { flagValues, hasAnyFlag, operands, unwrap, type ShellCommand } from '../../shell/index.js';
import type { Rule, RuleContext } from '../types.js';
import { scriptDevServer } from './dev-server-in-image.js';
import { singleStageBuild } from './single-stage-build.js';
import { chainOf, copiesContextPackageJson, programWords, startCommandOf, copiesProjectFiles, copySpec, isWithin, productionAppChain, resolvePath, runCommandsOf, stageLabel, workdirAt } from '../image/index.js';

type NodeTool = 'npm' | 'yarn' | 'pnpm' | 'bun';

/** What a Node package-manager command does to `node_modules`. */
type NodeEvent =
  | { kind: 'dev-install'; tool: NodeTool; label: string; instruction: Instruction; dir: string | null }
  | { kind: 'clear'; instruction: Instruction; dir: string | null };

const PROD_FLAG: Record<NodeTool, string> = { npm: '--omit=dev', yarn: '--production', pnpm: '--prod', bun: '--production' };
const PRUNE: Record<NodeTool, string> = { npm: 'npm prune --omit=dev', yarn: 'yarn install --production', pnpm: 'pnpm prune --prod', bun: 'bun install --production' };
const FLAGS_WITH_VALUE = ['prefix', 'C', 'w', 'workspace', 'filter', 'F', 'dir', 'cwd', 'omit', 'only', 'include', 'registry', 'cache'];

function truthy(value: string | undefined): boolean {
  return value !== undefined && !/^(|0|false|no|off)$/i.test(value.trim());
}

/**
 * Whether the environment makes a plain install skip devDependencies: `NODE_ENV=production` (npm,
 * yarn 1, pnpm), `NPM_CONFIG_PRODUCTION`, `NPM_CONFIG_OMIT=dev`. Null when a variable is set from a
 * build argument we cannot see, so the answer is unknown.
 */
function environmentOmitsDev(ins: Instruction, cmd: ShellCommand): boolean | null {
  const lookup = (name: string): string | undefined => {
    const own = cmd.assignments.find((a) => a.name === name);
    if (own) return own.value;
    const arg = ins.scope.args.get(name);
    if (arg !== undefined) return arg ?? '$' + name;
    return ins.scope.env.get(name);
  };
  const values = ['NODE_ENV', 'NPM_CONFIG_PRODUCTION', 'npm_config_production', 'NPM_CONFIG_OMIT', 'npm_config_omit'].map((n) => [n, lookup(n)] as const);
  if (values.some(([, v]) => v !== undefined && v.includes('$'))) return null;
  const get = (n: string) => values.find(([k]) => k === n)?.[1];
  return (
    get('NODE_ENV') === 'production' ||
    truthy(get('NPM_CONFIG_PRODUCTION') ?? get('npm_config_production')) ||
    /\bdev\b/.test(get('NPM_CONFIG_OMIT') ?? get('npm_config_omit') ?? '')
  );
}

/** Reads one command: a project install with devDependencies, one without, a prune, or nothing. */
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
  if (sub === 'prune') return explicitProd || tool === 'npm' ? { kind: 'clear', instruction: ins, dir } : null;
  if (tool === 'yarn' && sub === 'workspaces' && ops[1] === 'focus' && explicitProd) return { kind: 'clear', instruction: ins, dir };
  if (tool === 'pnpm' && sub === 'deploy') return null;
  const installs = tool === 'npm' ? ['install', 'i', 'ci', 'clean-install', 'install-clean'] : ['install', 'i'];
  const isInstall = (sub === null && tool === 'yarn') || (sub !== null && installs.includes(sub) && (sub === 'ci' || sub === 'clean-install' || sub === 'install-clean' || ops.length === 1));
  if (!isInstall) return null;
  // `--production=false` and `--include=dev` ask for devDependencies whatever NODE_ENV says.
  const explicitDev = flagValues(cmd, 'production').includes('false') || flagValues(cmd, 'include').includes('dev');
  const env = environmentOmitsDev(ins, cmd);
  if (!explicitDev && (explicitProd || env === true)) return { kind: 'clear', instruction: ins, dir };
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

type DevModules = { tool: NodeTool; label: string; instruction: Instruction; dir: string | null; via: Stage | null };

/**
 * The node_modules with devDependencies a chain still holds at its end: installed in it after the
 * project's manifest was copied in, or copied into it from a stage that holds them, and not pruned,
 * reinstalled for production or deleted afterwards.
 */
function devModulesOf(df: Dockerfile, chain: readonly Stage[], seen: Set<number>): DevModules[] {
  let live: DevModules[] = [];
  let projectCopied = false;
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      const spec = copySpec(stage, ins);
      if (spec && copiesProjectFiles(spec)) projectCopied = true;
      if (spec && spec.from?.kind === 'stage') {
        const source = df.stages[spec.from.stage];
        if (source && !seen.has(source.index)) {
          const inner = devModulesOf(df, chainOf(df, source), new Set([...seen, source.index]));
          const copied = inner.filter((m) => spec.sources.some((src) => coversModules(src, m.dir)));
          if (copied.length > 0) {
            const dest = resolvePath(workdirAt(stage, ins), spec.dest);
            const dir = dest === null ? null : /\/node_modules$/.test(dest) ? dest.replace(/\/node_modules$/, '') || '/' : dest;
            live.push({ ...copied[0]!, instruction: ins, dir, via: source });
          }
        }
      }
      for (const event of nodeEventsOf(stage, ins)) {
        if (event.kind === 'clear') live = live.filter((m) => !sameDir(m.dir, event.dir));
        else if (projectCopied) live.push({ tool: event.tool, label: event.label, instruction: event.instruction, dir: event.dir, via: null });
      }
    }
  }
  return live;
}

/** Whether copying `source` (an absolute path in the source stage) brings along `<dir>/node_modules`. */
function coversModules(source: string, dir: string | null): boolean {
  const src = resolvePath('/', source);
  if (src === null) return false;
  if (dir === null) return /(^|\/)node_modules$/.test(src);
  return isWithin(`${dir === '/' ? '' : dir}/node_modules`, src);
}

interface OtherDevInstall {
  instruction: Instruction;
  label: string;
  fix: string;
  /** Where the install puts the dependencies (absolute): what a `COPY --from` of the stage may carry on. */
  outputs: string[];
}

/**
 * Where an install's dependencies land, for following them through `COPY --from`: composer's `vendor/`,
 * Bundler's `BUNDLE_PATH` (the ruby images' `/usr/local/bundle`) or `vendor/bundle`, and a Python
 * virtualenv (in the project, `$VIRTUAL_ENV`, or the system site-packages).
 */
function installOutputs(ins: Instruction, cmd: ShellCommand, dir: string | null, tool: 'composer' | 'bundle' | 'python'): string[] {
  const inDir = (path: string) => (dir === null ? [] : [resolvePath(dir, path)].filter((p): p is string => p !== null));
  const known = (value: string | undefined) => (value !== undefined && value.startsWith('/') && !value.includes('$') ? [value] : []);
  if (tool === 'composer') return inDir('vendor');
  if (tool === 'bundle') return [...known(envValue(ins, cmd, 'BUNDLE_PATH')), ...known(envValue(ins, cmd, 'GEM_HOME')), '/usr/local/bundle', ...inDir('vendor/bundle')];
  return [...known(envValue(ins, cmd, 'VIRTUAL_ENV')), ...inDir('.venv'), '/usr/local/lib', '/root/.local'];
}

/** Whether `name` is set in the instruction's environment (ENV, ARG, or an assignment on the command). */
function envValue(ins: Instruction, cmd: ShellCommand, name: string): string | undefined {
  const own = cmd.assignments.find((a) => a.name === name);
  if (own) return own.value;
  const arg = ins.scope.args.get(name);
  if (arg !== undefined) return arg ?? '$' + name;
  return ins.scope.env.get(name) ?? undefined;
}

/**
 * The other ecosystems' installs that bring development dependencies: `composer install` without
 * `--no-dev`, `pipenv install --dev`, `poetry install` without `--only main` / `--without dev`,
 * `bundle install` without `BUNDLE_WITHOUT` (or `bundle config set without`).
 */
function otherDevInstalls(chain: readonly Stage[]): OtherDevInstall[] {
  const out: OtherDevInstall[] = [];
  let projectCopied = false;
  let bundleWithout = false;
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      const spec = copySpec(stage, ins);
      if (spec && copiesProjectFiles(spec)) projectCopied = true;
      const dir = workdirAt(stage, ins);
      for (const raw of runCommandsOf(ins)) {
        const cmd = unwrap(raw);
        const ops = operands(cmd, ['only', 'without', 'with', 'd', 'working-dir', 'C', 'directory', 'P', 'project', 'path', 'gemfile', 'jobs', 'j']);
        if (cmd.base === 'bundle' && ops[0] === 'config' && ops.includes('without')) bundleWithout = true;
        if (!projectCopied) continue;
        if (cmd.base === 'composer' && (ops[0] === 'install' || ops[0] === 'i') && !hasAnyFlag(cmd, ['no-dev'])) {
          const env = envValue(ins, cmd, 'COMPOSER_NO_DEV');
          const workingDir = flagValues(cmd, 'working-dir')[0] ?? flagValues(cmd, 'd')[0];
          const at = workingDir === undefined ? dir : workingDir.includes('$') ? null : resolvePath(dir, workingDir);
          if (env === undefined || !truthy(env)) out.push({ instruction: ins, label: 'composer install', fix: 'add `--no-dev` (and `--optimize-autoloader`)', outputs: installOutputs(ins, cmd, at, 'composer') });
        }
        if (cmd.base === 'pipenv' && ops[0] === 'install' && hasAnyFlag(cmd, ['dev', 'd'])) {
          out.push({ instruction: ins, label: 'pipenv install --dev', fix: 'drop `--dev` (`pipenv install --deploy`)', outputs: installOutputs(ins, cmd, dir, 'python') });
        }
        if (cmd.base === 'poetry' && (ops[0] === 'install' || ops[0] === 'sync')) {
          const only = flagValues(cmd, 'only').join(',');
          const without = flagValues(cmd, 'without').join(',');
          if (!/\bmain\b/.test(only) && !/\bdev\b/.test(without) && !hasAnyFlag(cmd, ['no-dev'])) {
            out.push({ instruction: ins, label: `poetry ${ops[0]}`, fix: 'add `--only main` (or `--without dev`)', outputs: installOutputs(ins, cmd, dir, 'python') });
          }
        }
        if (cmd.base === 'bundle' && (ops[0] === undefined || ops[0] === 'install')) {
          const env = envValue(ins, cmd, 'BUNDLE_WITHOUT');
          if (!bundleWithout && env === undefined && !hasAnyFlag(cmd, ['without'])) {
            out.push({
              instruction: ins,
              label: 'bundle install',
              fix: 'set `ENV BUNDLE_WITHOUT="development:test"` before it (or `bundle config set --local without "development test"`)',
              outputs: installOutputs(ins, cmd, dir, 'bundle'),
            });
          }
        }
      }
    }
  }
  return out;
}

export const devDependenciesShipped: Rule = {
  id: 'dev-dependencies-shipped',
  title: 'Development dependencies (devDependencies, require-dev, dev groups) reach the image you ship',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const chain = productionAppChain(ctx);
    if (!chain) return;
    for (const install of otherDevInstalls(chain)) {
      reportInstalledHere(ctx, install.instruction, `\`${install.label}\` also installs the development dependencies into the image you ship: ${install.fix}.`);
    }
    reportCopiedDevInstalls(ctx.dockerfile, chain, (ins, message) => ctx.reportAt(ins, message));
    const seen = new Set(chain.map((s) => s.index));
    // The context's package.json, when the image takes it from there: without devDependencies there is
    // nothing to omit; a start script that needs them (vite, nodemon, next dev) is dev-server-in-image's
    // finding, and `--omit=dev` would break the image.
    const pkg = ctx.packageJson && copiesContextPackageJson(chain) ? ctx.packageJson : null;
    if (pkg && pkg.devDependencies.length === 0) return;
    const start = startCommandOf(chain);
    if (pkg && scriptDevServer(programWords(start.words), pkg, new Map())) return;
    for (const modules of devModulesOf(ctx.dockerfile, chain, seen)) {
      if (modules.via === null) {
        reportInstalledHere(
          ctx,
          modules.instruction,
          `\`${modules.label}\` also installs the devDependencies \`package.json\` lists into the image you ship: add \`${PROD_FLAG[modules.tool]}\` (or set \`NODE_ENV=production\`), or run \`${PRUNE[modules.tool]}\` once the build no longer needs them.`,
        );
      } else {
        const origin = devOrigin(ctx.dockerfile, modules.via);
        ctx.reportAt(
          modules.instruction,
          `\`node_modules\` comes from ${stageLabel(modules.via)}, where \`${origin?.label ?? modules.label}\`${origin ? ` (line ${origin.instruction.line})` : ''} also installed devDependencies: the image ships the build tooling. ` +
            `Install production dependencies in their own stage (\`${modules.tool} ${modules.tool === 'npm' ? 'ci' : 'install'} ${PROD_FLAG[modules.tool]}\`) and copy node_modules from there, or run \`${PRUNE[modules.tool]}\` in ${stageLabel(modules.via)} after the build.`,
        );
      }
    }
  },
};

/**
 * An install of the development dependencies in the image itself. When that image also builds the app,
 * single-stage-build's fix (a build stage, then a runtime stage with production dependencies only)
 * removes them too: one problem, carried as its related line.
 */
function reportInstalledHere(ctx: RuleContext, ins: Instruction, message: string): void {
  ctx.report({ line: ins.line, endLine: ins.endLine, column: ins.column, stage: ins.stage, message, partOf: { rule: singleStageBuild.id } });
}

/**
 * `COPY --from=build /app/vendor …`, `/usr/local/bundle`, a virtualenv: dependencies a build stage
 * installed with their development group, carried into the shipped chain by a copy of where they landed.
 */
function reportCopiedDevInstalls(df: Dockerfile, chain: readonly Stage[], report: (ins: Instruction, message: string) => void): void {
  const inChain = new Set(chain.map((s) => s.index));
  for (const stage of chain) {
    for (const ins of stage.instructions) {
      const spec = copySpec(stage, ins);
      if (spec?.from?.kind !== 'stage' || inChain.has(spec.from.stage)) continue;
      const source = df.stages[spec.from.stage];
      if (!source) continue;
      // `COPY --from` sources are paths from the root of the source stage.
      const sources = spec.sources.map((s) => resolvePath('/', s)).filter((s): s is string => s !== null);
      const carried = otherDevInstalls(chainOf(df, source)).find((install) =>
        install.outputs.some((out) => sources.some((src) => src !== '/' && (isWithin(out, src) || isWithin(src, out)))),
      );
      if (!carried) continue;
      report(
        ins,
        `This copies what \`${carried.label}\` installed in ${stageLabel(source)} (line ${carried.instruction.line}), development dependencies included, into the image you ship: ${carried.fix} there, or install the production dependencies in a stage of their own and copy from it.`,
      );
    }
  }
}

/** The install that first put devDependencies into a stage's node_modules (following copies back). */
function devOrigin(df: Dockerfile, stage: Stage): DevModules | null {
  const seen = new Set<number>([stage.index]);
  let modules = devModulesOf(df, chainOf(df, stage), seen)[0] ?? null;
  for (let guard = 0; modules?.via && guard < 10; guard++) {
    const next = devModulesOf(df, chainOf(df, modules.via), new Set([modules.via.index]))[0];
    if (!next) break;
    modules = next;
  }
  return modules;
}
