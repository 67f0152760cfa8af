import type { Instruction, Stage } from '../../dockerfile/index.js';
import { flagValues, operands, runCommands, subcommand, unwrap, type ShellCommand } from '../../shell/index.js';
import type { Rule, RuleContext } from '../types.js';
import { packageInstalls, packageRemovals, resolvePath, shippedChain, workdirAt } from '../image/index.js';
import { aptListsNotDeleted } from './apt-lists-not-deleted.js';
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
  },
};

function howCreated(files: Created[]): string {
  const kinds = [...new Set(files.map((f) => (f.what === 'cache' ? 'filled' : f.what)))];
  return kinds.join('/');
}
