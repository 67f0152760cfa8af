import type { Instruction, Stage } from '../../dockerfile/index.js';
import { flagValues, operands, runCommands, subcommand, unwrap, type ShellCommand } from '../../shell/index.js';
import type { Rule, RuleContext } from '../types.js';
import {
  contextPackageJson,
  devModulesOrigin,
  nodeDevModules,
  otherDevInstalls,
  packageInstalls,
  packageRemovals,
  PRUNE,
  resolvePath,
  shippedChain,
  stageLabel,
  workdirAt,
} from '../image/index.js';
import { aptListsNotDeleted } from './apt-lists-not-deleted.js';
import { singleStageBuild } from './single-stage-build.js';
import { cacheMountTargets } from './shared/package-managers.js';

/** Caches the tools fill, by the command that fills them: removing one later leaves it in the earlier layer. */
const CACHES: { path: string; fills: (cmd: ShellCommand) => boolean }[] = [
  { path: '/root/.cache/pip', fills: (c) => /^pip[\d.]*$/.test(c.base) && subcommand(c) === 'install' },
  { path: '/root/.cache', fills: (c) => /^pip[\d.]*$/.test(c.base) || c.base === 'uv' || c.base === 'poetry' || (c.base === 'go' && subcommand(c) === 'build') },
  { path: '/root/.npm', fills: (c) => c.base === 'npm' && ['install', 'i', 'ci'].includes(subcommand(c) ?? '') },
  { path: '/usr/local/share/.cache/yarn', fills: (c) => c.base === 'yarn' },
  { path: '/root/.m2', fills: (c) => c.base === 'mvn' || c.base === 'mvnw' },
  { path: '/root/.gradle', fills: (c) => c.base === 'gradle' || c.base === 'gradlew' },
  { path: '/go/pkg/mod', fills: (c) => c.base === 'go' && ['build', 'mod', 'get', 'install'].includes(subcommand(c) ?? '') },
  { path: '/root/.cache/go-build', fills: (c) => c.base === 'go' && ['build', 'install', 'test'].includes(subcommand(c) ?? '') },
  { path: '/var/cache/apk', fills: (c) => c.base === 'apk' && subcommand(c) === 'add' && !c.args.some((a) => a.value === '--no-cache') },
  { path: '/root/.cargo/registry', fills: (c) => c.base === 'cargo' },
  { path: '/var/cache/dnf', fills: (c) => c.base === 'dnf' && subcommand(c) === 'install' },
  { path: '/var/cache/yum', fills: (c) => c.base === 'yum' && subcommand(c) === 'install' },
];

interface Created {
  path: string;
  line: number;
  what: string;
}

function commandsOf(ins: Instruction): ShellCommand[] {
  return runCommands(ins).filter((c) => !c.substitution).map(unwrap);
}

/** Files and folders a RUN creates that are worth removing: downloads, clones, caches. */
function createdBy(stage: Stage, ins: Instruction): Created[] {
  const workdir = workdirAt(stage, ins);
  const out: Created[] = [];
  const add = (path: string | undefined, what: string) => {
    if (!path || path.includes('$') || path === '-' || path.startsWith('/dev/')) return;
    const resolved = resolvePath(workdir, path);
    if (resolved && resolved !== '/') out.push({ path: resolved, line: ins.line, what });
  };
  for (const cmd of commandsOf(ins)) {
    if (cmd.base === 'curl') for (const o of [...flagValues(cmd, 'o'), ...flagValues(cmd, 'output')]) add(o, 'downloaded');
    if (cmd.base === 'wget') for (const o of [...flagValues(cmd, 'O'), ...flagValues(cmd, 'output-document')]) add(o, 'downloaded');
    if (cmd.base === 'git' && subcommand(cmd, ['C', 'c']) === 'clone') {
      const ops = operands(cmd, ['b', 'branch', 'depth', 'c', 'config', 'C', 'o', 'origin', 'j', 'jobs', 'filter', 'reference']);
      const url = ops[1];
      add(ops[2] ?? url?.replace(/\/+$/, '').replace(/\.git$/, '').split(/[/:]/).pop(), 'cloned');
    }
    for (const cache of CACHES) if (cache.fills(cmd)) out.push({ path: cache.path, line: ins.line, what: 'cache' });
    const listsMounted = cacheMountTargets(ins).some((t) => within(APT_LISTS, t));
    if (['apt-get', 'apt'].includes(cmd.base) && subcommand(cmd) === 'update' && !listsMounted) out.push({ path: APT_LISTS, line: ins.line, what: 'apt lists' });
  }
  return out;
}

/** Paths a RUN deletes with `rm`, with trailing `/*` and `/.` read as the folder itself. */
function removedBy(stage: Stage, ins: Instruction): string[] {
  const workdir = workdirAt(stage, ins);
  const out: string[] = [];
  for (const cmd of commandsOf(ins)) {
    if (cmd.base !== 'rm') continue;
    for (const op of operands(cmd)) {
      const path = op.replace(/^~(?=\/|$)/, '/root').replace(/\/(\*|\.)?$/, '');
      if (path.includes('$') || path === '') continue;
      const resolved = resolvePath(workdir, path);
      if (resolved && resolved !== '/') out.push(resolved);
    }
  }
  return out;
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + '/');

const APT_LISTS = '/var/lib/apt/lists';

/**
 * apt lists are apt-lists-not-deleted's (DL3009), which reports the update that left them: removing
 * them later is part of that finding, a related line of it (on its own only when DL3009 is off).
 */
function reportLateAptLists(ctx: RuleContext, ins: Instruction, lists: Created): void {
  ctx.report({
    line: ins.line,
    endLine: ins.endLine,
    column: ins.column,
    stage: ins.stage,
    severity: 'info',
    message: `This RUN removes the apt lists (\`${APT_LISTS}\`) that line ${lists.line} downloaded, but that layer already holds them: end the RUN on line ${lists.line} with \`rm -rf ${APT_LISTS}/*\` instead.`,
    related: [{ line: lists.line, message: 'The apt lists are downloaded here.' }],
    partOf: { rule: aptListsNotDeleted.id, line: lists.line },
  });
}

export const cleanupInLaterLayer: Rule = {
  id: 'cleanup-in-later-layer',
  title: 'Files are removed in a later RUN than the one that created them: they still ship in the earlier layer',
  severity: 'warning',
  scope: 'shipped',
  aliases: [],
  checkFile(ctx) {
    const runs = shippedChain(ctx).flatMap((stage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((ins) => ({ stage, ins })));
    const created: Created[] = [];
    const installed: { name: string; line: number }[] = [];
    for (const { stage, ins } of runs) {
      const removedPackages = packageRemovals(ins);
      const lateRemovals = installed.filter((p) => removedPackages.has(p.name));
      const removedPaths = removedBy(stage, ins);
      const lateFiles = created.filter((c) => removedPaths.some((r) => within(c.path, r) || (c.what === 'cache' && within(r, c.path))));
      const sameRun = new Set(createdBy(stage, ins).map((c) => c.path));
      const late = [...new Map(lateFiles.filter((c) => !sameRun.has(c.path)).map((c) => [c.path, c])).values()];
      const lists = late.find((c) => c.what === 'apt lists');
      if (lists) reportLateAptLists(ctx, ins, lists);
      const files = late.filter((c) => c !== lists);
      const packages = [...new Map(lateRemovals.map((p) => [p.name, p])).values()];
      if (files.length > 0 || packages.length > 0) {
        const parts: string[] = [];
        if (packages.length > 0) parts.push(`${packages.map((p) => `\`${p.name}\``).join(', ')} (installed on line ${[...new Set(packages.map((p) => p.line))].join(', ')})`);
        if (files.length > 0) parts.push(`${files.map((f) => `\`${f.path}\``).join(', ')} (${howCreated(files)} on line ${[...new Set(files.map((f) => f.line))].join(', ')})`);
        ctx.reportAt(
          ins,
          `This RUN removes ${parts.join(' and ')}, but an earlier layer already holds ${files.length + packages.length === 1 ? 'it' : 'them'}: the image still ships every byte. ` +
            'Remove them in the same RUN that creates them, or do that work in a build stage and copy out only the result.',
        );
      }
      for (const install of packageInstalls(ins)) {
        if (removedPackages.has('*')) continue;
        for (const name of install.packages) if (!removedPackages.has(name)) installed.push({ name, line: ins.line });
        if (install.virtual && !removedPackages.has(install.virtual)) installed.push({ name: install.virtual, line: ins.line });
      }
      created.push(...createdBy(stage, ins).filter((c) => !removedPaths.some((r) => within(c.path, r))));
    }
    reportLateDevRemovals(ctx, shippedChain(ctx));
  },
};

/** Development dependencies a later RUN removed: where they came in, and the step that removes them in one go. */
interface LateDevRemoval {
  removedBy: Instruction;
  /** The install, or the COPY that brought them from `via`. */
  cameIn: Instruction;
  via: Stage | null;
  /** The install that put them there (in `via` or further back, for a copy). */
  install: { label: string; instruction: Instruction } | null;
  what: string;
  prune: string | null;
}

function lateDevRemovals(ctx: RuleContext, chain: readonly Stage[]): LateDevRemoval[] {
  const df = ctx.dockerfile;
  const pkg = contextPackageJson(ctx, chain);
  const node = pkg && pkg.devDependencies.length === 0 ? [] : nodeDevModules(df, chain).removedLater;
  return [
    ...node.map(({ installed: m, removedBy }) => ({
      removedBy,
      cameIn: m.instruction,
      via: m.via,
      install: m.via ? devModulesOrigin(df, m.via) : m,
      what: 'devDependencies',
      prune: PRUNE[m.tool],
    })),
    ...otherDevInstalls(df, chain).removedLater.map(({ installed: i, removedBy }) => ({
      removedBy,
      cameIn: i.instruction,
      via: i.via,
      install: i.origin ?? i,
      what: 'development dependencies',
      prune: i.prune,
    })),
  ];
}

/**
 * `npm prune --omit=dev`, `composer install --no-dev` in a later RUN than the install: the image's
 * filesystem no longer has the development dependencies (so not dev-dependencies-shipped's finding), but
 * the install's layer does. One finding per removing RUN for what the image installed itself, and one for
 * what copies brought in (their fix is in the stage they came from).
 */
function reportLateDevRemovals(ctx: RuleContext, chain: readonly Stage[]): void {
  const byRemoval = new Map<Instruction, LateDevRemoval[]>();
  for (const r of lateDevRemovals(ctx, chain)) byRemoval.set(r.removedBy, [...(byRemoval.get(r.removedBy) ?? []), r]);
  for (const [ins, removals] of byRemoval) {
    const installedHere = removals.filter((r) => r.via === null);
    if (installedHere.length > 0) reportInstalledHereRemoval(ctx, ins, installedHere);
    const copied = removals.find((r) => r.via !== null);
    if (copied) reportCopiedRemoval(ctx, ins, copied);
  }
}

/**
 * When the image also builds the app, single-stage-build's split removes the development dependencies
 * from the image altogether: one problem, carried as its related line.
 */
function reportInstalledHereRemoval(ctx: RuleContext, ins: Instruction, removals: LateDevRemoval[]): void {
  const first = removals[0]!;
  const installs = [...new Map(removals.map((r) => [r.cameIn, r.install?.label ?? 'an install'])).entries()];
  const installed =
    installs.length === 1 ? `\`${installs[0]![1]}\` installed on line ${installs[0]![0].line}` : `${installs.map(([at, label]) => `\`${label}\` (line ${at.line})`).join(' and ')} installed`;
  const fix =
    first.prune && first.install
      ? `Remove them in the RUN that installs them (\`${first.install.label} && … && ${first.prune}\`), or install and build in a stage of its own and copy only what the app needs.`
      : 'Install without them, or install and build in a stage of its own and copy only what the app needs.';
  ctx.report({
    line: ins.line,
    endLine: ins.endLine,
    column: ins.column,
    stage: ins.stage,
    message: `This RUN removes the ${first.what} that ${installed}, but that layer already holds them: the image still ships every byte. ${fix}`,
    related: installs.map(([at]) => ({ line: at.line, message: `The ${first.what} are installed here.` })),
    partOf: { rule: singleStageBuild.id },
  });
}

function reportCopiedRemoval(ctx: RuleContext, ins: Instruction, removal: LateDevRemoval): void {
  const from = stageLabel(removal.via!);
  const installStage = removal.install ? (ctx.dockerfile.stages[removal.install.instruction.stage] ?? removal.via) : removal.via;
  const origin = removal.install
    ? ` (where \`${removal.install.label}\` installed them${installStage !== removal.via ? ` in ${stageLabel(installStage!)}` : ''}, line ${removal.install.instruction.line})`
    : '';
  ctx.report({
    line: ins.line,
    endLine: ins.endLine,
    column: ins.column,
    stage: ins.stage,
    message:
      `This RUN removes the ${removal.what} that the COPY on line ${removal.cameIn.line} brought from ${from}${origin}, but that layer already holds them: the image still ships every byte. ` +
      `Remove them in ${from} before the copy${removal.prune ? ` (\`${removal.prune}\` after its build)` : ''}, so that the COPY brings only what the app needs.`,
    related: [{ line: removal.cameIn.line, message: `The ${removal.what} are copied in here.` }],
  });
}

function howCreated(files: Created[]): string {
  const kinds = [...new Set(files.map((f) => (f.what === 'cache' ? 'filled' : f.what)))];
  return kinds.join('/');
}
