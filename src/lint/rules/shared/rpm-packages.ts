import { baseImageDefines } from '../../../dockerfile/base-images.js';
import { ancestry, type Dockerfile, type Instruction } from '../../../dockerfile/index.js';
import { operands, type ShellCommand } from '../../../shell/index.js';
import { hasAnyArg } from './run-instructions.js';

/**
 * yum/dnf options whose value is a separate word (`-x pkg`, `--setopt key=value`, `--enablerepo epel`):
 * the value is not a package to install.
 */
export const RPM_OPTIONS_WITH_VALUE = [
  'x', 'exclude', 'setopt', 'enablerepo', 'disablerepo', 'repo', 'repoid', 'releasever', 'installroot',
  'c', 'config', 'd', 'debuglevel', 'e', 'errorlevel', 'repofrompath', 'downloaddir', 'destdir',
  'forcearch', 'color', 'rpmverbosity', 'advisory', 'bz', 'cve', 'sec-severity', 'secseverity', 'comment',
];

/** Words of `yum install` / `dnf module install` that name the action, not a package. */
const ACTION_WORDS = new Set(['install', 'module']);

/** What an rpm install command asks for. */
export interface RpmRequest {
  /** Package specs (`httpd`, `httpd-2.4.57`, `/tmp/x.rpm`). */
  packages: string[];
  /** Module specs of `module install` (`nodejs`, `nodejs:18`). */
  modules: string[];
}

/**
 * The packages or modules an rpm install command (`yum install`, `dnf module install`) asks for; null
 * for any other command. `group install` installs a named set that has no version, so it asks for none.
 */
export function rpmRequest(cmd: ShellCommand, managers: readonly string[]): RpmRequest | null {
  if (!managers.includes(cmd.base) || !hasAnyArg(cmd, ['install'])) return null;
  if (hasAnyArg(cmd, ['group', 'groups'])) return { packages: [], modules: [] };
  const words = operands(cmd, RPM_OPTIONS_WITH_VALUE).filter((w) => !ACTION_WORDS.has(w));
  return hasAnyArg(cmd, ['module']) ? { packages: [], modules: words } : { packages: words, modules: [] };
}

/** Characters rpm allows in a version or release. */
const VERSION_PART = /^[0-9A-Za-z.~^_:+]*$/;
const VARIABLE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** A word that is nothing but a command substitution: its packages are only known at build time. */
const SUBSTITUTION_ONLY = /^(\$\([^)]*\)|`[^`]*`)$/;

/**
 * Whether an rpm package spec fixes the version, as hadolint reads it: after the first `-`, every
 * dash-separated part is made of version characters and one of them starts with a digit
 * (`httpd-2.4.57`, `gcc-c++-1.1.1`, `openssl-1:1.1.1k`; not `rpm-sign`); an `.rpm` file is a fixed
 * version; a variable (`git-core-${version}`, the way Renovate pins) counts when it is defined.
 */
export function isPinnedRpm(spec: string, isDefined: (name: string) => boolean): boolean {
  // A local or downloaded rpm file is one exact build, whatever its name looks like.
  if (spec.endsWith('.rpm') && /^(\.{0,2}\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(spec)) return true;
  if (SUBSTITUTION_ONLY.test(spec)) return true;
  const parts = spec.split('-');
  if (parts.length <= 1) return false;
  if (spec.endsWith('.rpm')) return true;
  if (spec.includes('$')) return [...spec.matchAll(VARIABLE)].some((m) => isDefined(m[1]!));
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_PART.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}

/** A module spec names its stream: `nodejs:18`. */
export function isPinnedModule(spec: string): boolean {
  return spec.includes(':') || SUBSTITUTION_ONLY.test(spec);
}

/**
 * Which variables a RUN can rely on for a version: the ENV of its stage (inherited through
 * `FROM <stage>`), the ARGs of its stage, and — as hadolint has it — any ARG declared earlier in the
 * file, since teams pass the version with `--build-arg`. Before any FROM (hadolint's fragments) the
 * ENVs written so far count too. So does the ENV of the base image when we know it sets the variable
 * (`MARIADB_VERSION` in `mariadb`), or when the base is only known at build time (`FROM $BASE`).
 */
export function definedVariables(df: Dockerfile, run: Instruction): (name: string) => boolean {
  const stage = df.stages[run.stage];
  const root = stage ? ancestry(df, stage).pop()!.base : null;
  return (name) => {
    if (run.scope.env.has(name) || run.scope.args.has(name)) return true;
    if (root?.kind === 'image' && (root.image === null || root.unresolved.length > 0 || baseImageDefines(root.image, name) === 'yes')) return true;
    return df.instructions.some(
      (ins) => ins.line < run.line && (ins.keyword === 'ARG' || (ins.keyword === 'ENV' && ins.stage < 0 && run.stage < 0)) && ins.pairs.some((p) => p.key === name),
    );
  };
}
