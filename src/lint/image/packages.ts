/** OS packages a RUN installs or removes, toolchains kept in an image, and dependency installs. */
import { type Instruction, type Stage } from '../../dockerfile/index.js';
import { flagValues, hasAnyFlag, isCommand, operands, runCommands, subcommand, unwrap, type ShellCommand } from '../../shell/index.js';
import { instructionsOf } from './chain.js';
import { memoized } from './memo.js';

/** npm, yarn and pnpm flags that take a value (`--prefix dir`), so that the value is not read as a subcommand. */
export const NPM_FLAGS_WITH_VALUE = ['prefix', 'C', 'w', 'workspace', 'filter', 'F', 'dir', 'cwd'];

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
