import { expandWord, instructionToCheck, parseMountOptions, scopeLookup, type Dockerfile, type Instruction, type VariableLookup } from '../../../dockerfile/index.js';
import { flagNames, flagValues, hasAnyFlag, runCommands, runScripts, unwrap, variablesBeforeEach, type ShellCommand, type ShellWord } from '../../../shell/index.js';
import type { RuleContext } from '../../types.js';
import { RPM_OPTIONS_WITH_VALUE } from './rpm-packages.js';

/**
 * What the package-manager rules share: which RUNs to look at, the commands they run (wrappers such as
 * `sudo` and `env` looked through), the packages a command names, cache mounts, and whether a RUN's
 * files end up in the image the build ships.
 */

/** A RUN (or an `ONBUILD RUN`) with the commands it executes. */
export interface RunSite {
  /** The instruction findings are reported on: the RUN, or the ONBUILD that wraps the trigger. */
  instruction: Instruction;
  /** The RUN itself (the trigger for `ONBUILD RUN`): its flags, scope and text. */
  run: Instruction;
  /** Every command the RUN executes, wrappers (`sudo`, `env`, `nice`, …) unwrapped. */
  commands: readonly ShellCommand[];
  /** The same commands as written (`sudo apt-get …` is `sudo`), index for index. */
  written: readonly ShellCommand[];
  /** Whether this is an ONBUILD trigger, which runs in images built FROM this one. */
  onbuild: boolean;
}

const sitesCache = new WeakMap<Dockerfile, readonly RunSite[]>();

/** Every RUN and ONBUILD RUN in the file, before and after the first FROM, in file order (computed once per file). */
export function runSites(df: Dockerfile): readonly RunSite[] {
  const cached = sitesCache.get(df);
  if (cached) return cached;
  const sites: RunSite[] = [];
  for (const ins of df.instructions) {
    const run = instructionToCheck(ins);
    if (run.keyword !== 'RUN') continue;
    const written = runCommands(ins);
    sites.push({ instruction: ins, run, commands: written.map(unwrap), written, onbuild: ins.trigger !== null });
  }
  sitesCache.set(df, sites);
  return sites;
}

/** The RUN's whole text as the shell reads it, heredoc scripts included. */
export function runText(site: RunSite): string {
  return runScripts(site.instruction)
    .map((s) => s.text)
    .join('\n');
}

/**
 * Whether the files a RUN leaves behind end up in the image a build ships: its stage is the target or
 * one the target is built FROM. Instructions before any FROM (fragments) count as shipped, and so do
 * ONBUILD triggers: they run in whatever image is later built FROM this one, which this file cannot
 * see, so their layers are assumed to ship.
 */
export function isShipped(site: RunSite, ctx: RuleContext): boolean {
  if (site.onbuild) return true;
  const stage = site.instruction.stage;
  return stage < 0 || ctx.shipped.has(stage);
}

/** Targets of the RUN's `--mount=type=cache` and `--mount=type=tmpfs` mounts: nothing written there stays in the layer. */
export function cacheMountTargets(run: Instruction): string[] {
  const targets: string[] = [];
  for (const flag of run.flags) {
    if (flag.name !== 'mount' || flag.value === null) continue;
    const options = parseMountOptions(flag.value);
    const type = options.get('type') ?? 'bind';
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    if (target) targets.push(target);
  }
  return targets;
}

/** Whether a cache or tmpfs mount's target contains `fragment` (hadolint's test: `/var/cache/apk`, `.cache/pip`). */
export function hasCacheMountWith(run: Instruction, fragment: string): boolean {
  return cacheMountTargets(run).some((t) => t.includes(fragment));
}

/** Whether a cache or tmpfs mount covers `path`: it is mounted at `path` or at a directory above it. */
export function hasCacheMountCovering(run: Instruction, path: string): boolean {
  const wanted = trimSlash(path);
  return cacheMountTargets(run).some((t) => {
    const target = trimSlash(t);
    return target !== '' && (wanted === target || wanted.startsWith(`${target}/`));
  });
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}

/**
 * Operands of a command, skipping flags and the values of the flags listed in `flagsWithValue`
 * (without dashes). Words are kept whole so callers can tell quoted and dynamic ones apart.
 */
export function operandWords(cmd: ShellCommand, flagsWithValue: readonly string[]): ShellWord[] {
  const out: ShellWord[] = [];
  let afterDoubleDash = false;
  for (let i = 0; i < cmd.args.length; i++) {
    const word = cmd.args[i]!;
    if (afterDoubleDash) {
      out.push(word);
      continue;
    }
    if (word.value === '--') {
      afterDoubleDash = true;
      continue;
    }
    const names = flagNames(word.value);
    if (names.length === 0) {
      out.push(word);
      continue;
    }
    if (word.value.includes('=')) continue;
    const last = names[names.length - 1]!;
    // `-t value` and `--target value` take the next word; so does `-yt value` (the value flag comes last).
    if (flagsWithValue.includes(last) && i + 1 < cmd.args.length) i++;
  }
  return out;
}

const runVariablesCache = new WeakMap<RunSite, { before: ReturnType<typeof variablesBeforeEach>; indexOf: Map<ShellCommand, number> }>();

/** What the RUN has set before each of its commands, read once per RUN: rules ask at every command. */
function runVariables(site: RunSite) {
  let cached = runVariablesCache.get(site);
  if (!cached) {
    cached = { before: variablesBeforeEach(site.commands), indexOf: new Map(site.commands.map((cmd, i) => [cmd, i])) };
    runVariablesCache.set(site, cached);
  }
  return cached;
}

/**
 * How the variables of a command's words read: what the RUN itself set before the command
 * (`deps='curl git'; apt-get install $deps`) comes first, then the stage's ARG and ENV values. A
 * variable the RUN sets in a way a reader cannot follow is unknown, even when ENV has a value for it.
 */
export function variablesAt(site: RunSite, cmd: ShellCommand): VariableLookup {
  const { before, indexOf } = runVariables(site);
  // A command that is not one of the site's (a copy) gets the stage's values alone.
  const set = before[indexOf.get(cmd) ?? 0]!;
  const stage = scopeLookup(site.run.scope);
  return {
    get(name) {
      if (!set.has(name)) return stage.get(name);
      return set.get(name) ?? undefined;
    },
  };
}

/** The names a word stands for once its variables are read, or null when only the build knows. */
export function resolveWord(word: ShellWord, variables: VariableLookup): string[] | null {
  if (!word.dynamic) return [word.value];
  // Command substitutions and arithmetic are decided when the build runs.
  if (/\$\(|`/.test(word.raw)) return null;
  const expansion = expandWord(word.raw, variables);
  if (expansion.error || expansion.unmatched.size > 0) return null;
  // An unquoted variable splits into several words, as the shell would.
  return word.quoted ? [expansion.result] : expansion.words;
}

/**
 * The packages among `words` (the package words of `cmd`, one of the site's commands) that no
 * version fixes: `isPinned` decides on each name. Words the build decides (`$PACKAGES` without a
 * known value) are neither pinned nor unpinned: they are skipped. So are packages the same RUN
 * removes again after `cmd` (`apk add --virtual .build-deps gcc … && apk del .build-deps`): they do
 * not stay in the image, so their version does not either.
 */
export function unpinnedPackages(site: RunSite, cmd: ShellCommand, words: readonly ShellWord[], isPinned: (name: string) => boolean): string[] {
  const variables = variablesAt(site, cmd);
  const removedLater = removedLaterInRun(site, cmd);
  const out: string[] = [];
  for (const word of words) {
    if (isPinned(word.value)) continue;
    const names = resolveWord(word, variables);
    if (names === null) continue;
    for (const name of names) if (name !== '' && !isPinned(name) && !removedLater(name)) out.push(name);
  }
  return out;
}

/** `a`, `a` and `b`, `a`, `b` and 3 more: names for a message, backquoted. */
export function listNames(names: readonly string[], max = 3): string {
  const unique = [...new Set(names)];
  const shown = unique.slice(0, max).map((n) => `\`${n}\``);
  if (unique.length > max) return `${shown.join(', ')} and ${unique.length - max} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** A command as a reader would write it, for messages: `apt-get install -y curl`. Long commands are cut. */
export function showCommand(cmd: ShellCommand, max = 60): string {
  const text = [cmd.name, ...cmd.args.map((a) => a.raw)].join(' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Whether an instruction that ran before `ins` in its image passes `test`: an earlier one of its stage,
 * or one of the stages it is built FROM (a setting written to `/etc/apt/apt.conf.d` there still
 * applies). The answers for every instruction of the file are computed once per `test`, in one pass,
 * so asking for each RUN stays linear in the file; `test` must be a function that lives as long as the
 * rule (not a new closure per call), and decide by the instruction alone.
 */
export function someEarlier(df: Dockerfile, ins: Instruction, test: EarlierTest): boolean {
  let byTest = earlierAnswers.get(df);
  if (!byTest) earlierAnswers.set(df, (byTest = new WeakMap()));
  let answers = byTest.get(test);
  if (!answers) byTest.set(test, (answers = answerEarlier(df, test)));
  return answers.get(ins) ?? false;
}

/** Decides by the instruction (and the file it is in, for what the file computes once). */
export type EarlierTest = (ins: Instruction, df: Dockerfile) => boolean;

const earlierAnswers = new WeakMap<Dockerfile, WeakMap<EarlierTest, Map<Instruction, boolean>>>();

function answerEarlier(df: Dockerfile, test: EarlierTest): Map<Instruction, boolean> {
  const answers = new Map<Instruction, boolean>();
  const walk = (instructions: readonly Instruction[], before: boolean): boolean => {
    let seen = before;
    for (const other of instructions) {
      answers.set(other, seen);
      if (!seen && test(other, df)) seen = true;
    }
    return seen;
  };
  walk(df.preamble, false);
  // Whether any instruction of a stage passes, and whether one of the stages it is built FROM has one.
  const anyIn = df.stages.map((stage) => stage.instructions.some((i) => test(i, df)));
  const inherited = new Map<number, boolean>();
  const fromBases = (index: number): boolean => {
    const chain: number[] = [];
    const seen = new Set<number>();
    let stage = df.stages[index];
    let found = false;
    while (stage && stage.base.kind === 'stage' && !seen.has(stage.index)) {
      seen.add(stage.index);
      if (inherited.has(stage.index)) {
        found = inherited.get(stage.index)!;
        break;
      }
      chain.push(stage.index);
      const base = df.stages[stage.base.stage];
      if (!base) break;
      if (anyIn[base.index]) {
        found = true;
        break;
      }
      stage = base;
    }
    for (const i of chain) inherited.set(i, found);
    return inherited.get(index) ?? found;
  };
  for (const stage of df.stages) walk(stage.instructions, fromBases(stage.index));
  return answers;
}
/** The text of a RUN and its heredocs, for looking for configuration it writes. */
export function instructionText(ins: Instruction): string {
  return [ins.args, ...ins.heredocs.map((h) => h.content)].join('\n');
}

/** apt-get options that take a value: `-t bookworm-backports`, `-o Dpkg::Options::=--force-confold`. */
export const APT_GET_VALUE_FLAGS = ['t', 'target-release', 'default-release', 'o', 'option', 'c', 'config-file', 'a', 'host-architecture'] as const;

/**
 * apt-get's options that only show what it would do (`-s`, `--simulate`, `--dry-run`, `--just-print`,
 * `--no-act`, `--recon`): such a run installs and downloads nothing.
 */
const APT_GET_SIMULATE_FLAGS = ['s', 'simulate', 'dry-run', 'just-print', 'no-act', 'recon'];

/** Whether an apt-get command only simulates (the flags above, or `-o APT::Get::Simulate=true`). */
export function isAptGetSimulation(cmd: ShellCommand): boolean {
  if (hasAnyFlag(cmd, APT_GET_SIMULATE_FLAGS)) return true;
  const option = aptOptions(cmd).get('apt::get::simulate');
  return option !== undefined && isTrueWord(option);
}

/** Whether the command is `apt-get … install …` (the subcommand after any options) that really installs: not a simulation. */
export function isAptGetInstall(cmd: ShellCommand): boolean {
  return cmd.base === 'apt-get' && operandWords(cmd, APT_GET_VALUE_FLAGS)[0]?.value === 'install' && !isAptGetSimulation(cmd);
}

/** The `-o Name=value` settings an apt-get command passes, by lower-cased name. */
export function aptOptions(cmd: ShellCommand): Map<string, string> {
  const out = new Map<string, string>();
  const values: string[] = [];
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i]!.value;
    if ((v === '-o' || v === '--option') && i + 1 < cmd.args.length) values.push(cmd.args[++i]!.value);
    else if (v.startsWith('--option=')) values.push(v.slice('--option='.length));
    else if (v.startsWith('-o') && v.length > 2 && !v.startsWith('--')) values.push(v.slice(2));
  }
  for (const setting of values) {
    const eq = setting.indexOf('=');
    if (eq > 0) out.set(setting.slice(0, eq).toLowerCase(), setting.slice(eq + 1).replace(/^["']|["']$/g, ''));
  }
  return out;
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

export function isTrueWord(value: string): boolean {
  return TRUE_WORDS.has(value.toLowerCase());
}

export function isFalseWord(value: string): boolean {
  return FALSE_WORDS.has(value.toLowerCase());
}

/**
 * Whether an earlier RUN of the image wrote an apt setting to its configuration
 * (`echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/…`): `value` tells which values count.
 */
export function aptConfigWritten(df: Dockerfile, ins: Instruction, name: string, value: (v: string) => boolean): boolean {
  return someEarlier(df, ins, aptSettingTest(name, value));
}

/** One test per setting and value check, so that `someEarlier` answers each once per file. */
const aptSettingTests = new Map<string, WeakMap<(v: string) => boolean, EarlierTest>>();

function aptSettingTest(name: string, value: (v: string) => boolean): EarlierTest {
  let byValue = aptSettingTests.get(name);
  if (!byValue) aptSettingTests.set(name, (byValue = new WeakMap()));
  let test = byValue.get(value);
  if (!test) {
    const pattern = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\\\?["']([^"'\\\\]*)\\\\?["']`, 'i');
    test = (run) => {
      if (run.keyword !== 'RUN') return false;
      const m = pattern.exec(instructionText(run));
      return m !== null && value(m[1]!);
    };
    byValue.set(value, test);
  }
  return test;
}

/** apk options that take a value: `--virtual .build-deps`, `-X <repository>`, `--root /mnt`. */
export const APK_VALUE_FLAGS = [
  't', 'virtual', 'X', 'repository', 'repositories-file', 'p', 'root', 'arch', 'cache-dir', 'keys-dir', 'cache-max-age', 'timeout', 'progress-fd', 'wait',
] as const;

/** Whether the command is `apk … add …`. */
export function isApkAdd(cmd: ShellCommand): boolean {
  return cmd.base === 'apk' && operandWords(cmd, APK_VALUE_FLAGS)[0]?.value === 'add';
}

/**
 * An OS package manager whose installs and removals the rules follow. `database` says which installs
 * a removal can undo: a package apt-get installs, `apt purge` removes.
 */
interface OsPackageManager {
  database: 'deb' | 'apk' | 'rpm';
  /** Subcommands that install (`install`, apk's `add`) and that remove packages by name. */
  install: readonly string[];
  remove: readonly string[];
  valueFlags: readonly string[];
}

const DEB_MANAGER: OsPackageManager = { database: 'deb', install: ['install'], remove: ['remove', 'purge'], valueFlags: APT_GET_VALUE_FLAGS };
const RPM_MANAGER: OsPackageManager = { database: 'rpm', install: ['install'], remove: ['remove', 'erase'], valueFlags: RPM_OPTIONS_WITH_VALUE };
const OS_PACKAGE_MANAGERS: Readonly<Record<string, OsPackageManager>> = {
  'apt-get': DEB_MANAGER,
  apt: DEB_MANAGER,
  apk: { database: 'apk', install: ['add'], remove: ['del'], valueFlags: APK_VALUE_FLAGS },
  yum: RPM_MANAGER,
  dnf: RPM_MANAGER,
  microdnf: RPM_MANAGER,
  tdnf: RPM_MANAGER,
};

/** An OS package install or removal: `apt-get install`, `apk del`, `dnf remove` … */
interface OsPackageCommand {
  manager: OsPackageManager;
  action: 'install' | 'remove';
  /** The words that name packages, as written. */
  packages: ShellWord[];
}

function osPackageCommand(cmd: ShellCommand): OsPackageCommand | null {
  const manager = OS_PACKAGE_MANAGERS[cmd.base];
  // apt's simulations (`apt-get -s install`, `apt-get purge --dry-run`) change nothing.
  if (!manager || (manager === DEB_MANAGER && isAptGetSimulation(cmd))) return null;
  const [verb, ...packages] = operandWords(cmd, manager.valueFlags);
  if (verb && manager.install.includes(verb.value)) return { manager, action: 'install', packages };
  if (verb && manager.remove.includes(verb.value)) return { manager, action: 'remove', packages };
  return null;
}

/** Debian architecture qualifiers (`gcc:amd64`); apk's `cmd:wget` and `so:libz.so.1` are something else. */
const DEB_ARCHITECTURE = /:(amd64|arm64|armhf|armel|i386|ppc64el|s390x|mips64el|riscv64|all|any|native)$/;

/** The package a spec names, without version, release or architecture: `curl=7.88.*`, `curl/bookworm`, `jq~1.7`, `gcc:amd64`. */
function packageName(spec: string): string {
  return spec.replace(/[=~<>/].*$/, '').replace(DEB_ARCHITECTURE, '');
}

/**
 * The packages an OS package install among the site's commands names (`apk add wget`, `apt-get
 * install -y $deps`), by name; empty for any other command.
 */
export function packagesInstalledBy(site: RunSite, cmd: ShellCommand): string[] {
  const install = osPackageCommand(cmd);
  if (install?.action !== 'install') return [];
  const variables = variablesAt(site, cmd);
  return install.packages.flatMap((word) => resolveWord(word, variables) ?? []).map(packageName);
}

/**
 * Which packages of an install among the site's commands the same RUN removes again after it:
 * `apt-get purge gcc`, `apk del gcc`, or `apk del .build-deps` for an `apk add --virtual .build-deps`,
 * which removes everything the virtual package holds. Only removals by the same package database
 * count, and commands inside `$( )` do not.
 */
function removedLaterInRun(site: RunSite, cmd: ShellCommand): (name: string) => boolean {
  const install = osPackageCommand(cmd);
  const index = runVariables(site).indexOf.get(cmd);
  if (install?.action !== 'install' || index === undefined) return () => false;
  const removed = new Set<string>();
  for (const removal of runRemovals(site)) {
    if (removal.index > index && removal.database === install.manager.database) for (const name of removal.names) removed.add(name);
  }
  const virtual = cmd.base === 'apk' ? (flagValues(cmd, 'virtual')[0] ?? flagValues(cmd, 't')[0]) : undefined;
  if (virtual !== undefined && removed.has(virtual)) return () => true;
  return (name) => removed.has(packageName(name));
}

interface PackageRemoval {
  /** The removing command's index among the site's commands. */
  index: number;
  database: string;
  names: readonly string[];
}

const removalsCache = new WeakMap<RunSite, readonly PackageRemoval[]>();

/** The package removals of a RUN (outside `$( )`), read once per RUN: every install asks which come after it. */
function runRemovals(site: RunSite): readonly PackageRemoval[] {
  let removals = removalsCache.get(site);
  if (!removals) {
    removals = site.commands.flatMap((later, index): PackageRemoval[] => {
      if (later.substitution) return [];
      const removal = osPackageCommand(later);
      if (removal?.action !== 'remove') return [];
      const variables = variablesAt(site, later);
      const names = removal.packages.flatMap((word) => (resolveWord(word, variables) ?? []).map(packageName));
      return [{ index, database: removal.manager.database, names }];
    });
    removalsCache.set(site, removals);
  }
  return removals;
}

/**
 * Whether the command is a pip install: `pip`, `pip3`, `pip3.12`, `pipx` (hadolint counts every command
 * whose name starts with `pip`, except pipenv) with an `install` argument, or `python… -m pip install`.
 */
export function isPipInstall(cmd: ShellCommand): boolean {
  const args = cmd.args.map((a) => a.value);
  if (cmd.base.startsWith('pip') && !cmd.base.startsWith('pipenv')) return args.includes('install');
  if (cmd.base.startsWith('python')) {
    return args.some((v, i) => v === '-m' && args[i + 1] === 'pip' && args[i + 2] === 'install');
  }
  return false;
}

/** The words after `install` of a pip install (`python -m pip install …` included), flags still in. */
export function pipInstallArgs(cmd: ShellCommand): ShellWord[] {
  const at = cmd.args.findIndex((a) => a.value === 'install');
  return at < 0 ? [] : cmd.args.slice(at + 1);
}

/**
 * The value of an ENV or ARG variable when the RUN runs. Before any FROM (hadolint's fragments) there
 * is no stage to carry variables, so earlier ENV and ARG lines of the fragment are read directly.
 */
export function variableAt(df: Dockerfile, site: RunSite, name: string): string | undefined {
  const scope = site.run.scope;
  const value = scope.args.get(name) ?? scope.env.get(name);
  if (value !== undefined && value !== null) return value;
  if (site.instruction.stage >= 0) return undefined;
  let found: string | undefined;
  for (const ins of df.preamble) {
    if (ins === site.instruction) break;
    if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
    for (const pair of ins.pairs) if (pair.key === name && pair.value !== null) found = pair.value;
  }
  return found;
}

/** Shell brace expansion of a path: `/var/lib/{apt,dpkg}/` is `/var/lib/apt/` and `/var/lib/dpkg/`. */
export function expandBraces(word: string): string[] {
  const open = word.indexOf('{');
  if (open < 0) return [word];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < word.length; i++) {
    const ch = word[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) {
        if (commas.length === 0) return [word];
        const bounds = [open, ...commas, i];
        const head = word.slice(0, open);
        const tail = word.slice(i + 1);
        const out: string[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) {
          for (const alt of expandBraces(word.slice(bounds[k]! + 1, bounds[k + 1]))) out.push(...expandBraces(head + alt + tail));
        }
        return out;
      }
    } else if (ch === ',' && depth === 1) commas.push(i);
  }
  return [word];
}

/** Paths a `rm` removes, braces expanded; empty for any other command. */
export function removedPaths(cmd: ShellCommand): string[] {
  if (cmd.base !== 'rm') return [];
  return operandWords(cmd, []).flatMap((w) => expandBraces(w.value));
}

/** "`curl` has no version", "`curl` and `git` have no version": the subject of a pinning message. */
export function noVersion(names: readonly string[], what = 'no version'): string {
  const unique = new Set(names).size;
  return `${listNames(names)} ${unique === 1 ? 'has' : 'have'} ${what}`;
}

/**
 * Whether a tool's cache lands on a cache or tmpfs mount of the RUN: one whose target contains
 * `fragment` (`.cache/pip`), one at a `.cache` directory (which holds every tool's cache), or one at or
 * above a directory the RUN points the tool to (`--cache-dir`, `PIP_CACHE_DIR`).
 */
export function cacheOnMount(site: RunSite, fragment: string, cacheDirs: readonly (string | undefined)[]): boolean {
  const targets = cacheMountTargets(site.run).map(trimSlash).filter((t) => t !== '');
  if (targets.some((t) => t.includes(fragment) || t.endsWith('/.cache'))) return true;
  return cacheDirs.some((dir) => dir !== undefined && targets.some((t) => trimSlash(dir) === t || dir.startsWith(`${t}/`)));
}

/** The value a RUN gives a variable in its own text (`export NAME=value`, `NAME=value cmd`), if any. */
export function assignedInRun(site: RunSite, name: string): string | undefined {
  return new RegExp(`\\b${name}=["']?([^\\s"';&|]+)`).exec(runText(site))?.[1];
}
