import { parseMountOptions } from '../../dockerfile/index.js';
import { runScripts, type ShellCommand } from '../../shell/index.js';
import type { Rule } from '../types.js';
import { expandBraces, operandWords, runSites } from './shared/package-managers.js';

/** Commands that put a new directory in place: after them, a `cd` into it is part of the same job. */
const CREATES_DIRECTORIES = new Set(['mkdir', 'git', 'tar', 'bsdtar', 'unzip', '7z', 'mktemp', 'cp', 'mv', 'svn', 'hg', 'wget', 'curl', 'install', 'ln', 'go', 'rsync']);

const RETURNS = new Set(['/', '..', '-', '~', '$OLDPWD', '${OLDPWD}', '$HOME', '${HOME}']);

/**
 * Whether text that precedes a command leaves a loop, `if` or `case` open. The shell reader puts
 * compound bodies at depth 0, so the keywords are counted here (quotes are not tracked: a keyword in a
 * string can only make a `cd` look scoped, i.e. keep the rule quiet).
 */
function insideCompound(before: string): boolean {
  let open = 0;
  for (const m of before.matchAll(/(?:^|[\s;&|(])(do|done|if|fi|case|esac)(?=[\s;&|)]|$)/g)) {
    open += m[1] === 'do' || m[1] === 'if' || m[1] === 'case' ? 1 : -1;
  }
  return open > 0;
}

function mountTarget(value: string): string | null {
  const options = parseMountOptions(value);
  return options.get('target') ?? options.get('dst') ?? options.get('destination') ?? null;
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

function isTemporary(dir: string): boolean {
  return /^(\/tmp|\/var\/tmp|\$\{?TMPDIR\}?|\$\{?TMP\}?)(\/|$)/.test(dir) || /mktemp/.test(dir);
}

/** Whether `path` is `dir` or a directory above it (`rm -rf /usr/src` removes what `cd /usr/src/php` entered). */
function covers(path: string, dir: string): boolean {
  const p = trimSlash(path).replace(/\/\*$/, '');
  const d = trimSlash(dir);
  return p === d || (p !== '' && d.startsWith(`${p}/`));
}

/** The directory a `cd` enters (`-P`/`-L` skipped); undefined for a bare `cd` (home). */
function cdTarget(cd: ShellCommand): string | undefined {
  return cd.args.find((a) => a.value !== '-P' && a.value !== '-L')?.value;
}

/**
 * Whether a `cd` only serves the RUN it is in, so a WORKDIR would be the wrong tool: it runs in a
 * subshell, `$( )`, a loop or a condition (WORKDIR can do none of these); the RUN changes directory
 * more than once or goes back; the directory is temporary, a RUN mount, made by the RUN itself
 * (mkdir, git clone, an extracted archive) or removed before the RUN ends.
 */
function servesOnlyThisRun(cd: ShellCommand, commands: readonly ShellCommand[], text: string, mounts: readonly string[]): boolean {
  if (cd.substitution || cd.depth > 0 || /\(\s*$/.test(text.slice(0, cd.offset)) || insideCompound(text.slice(0, cd.offset))) return true;
  const dir = cdTarget(cd);
  if (dir === undefined || RETURNS.has(dir)) return true;
  if (isTemporary(dir) || mounts.some((m) => covers(m, dir) || (!dir.startsWith('/') && !m.startsWith('/')))) return true;
  const before = commands.filter((c) => c.offset < cd.offset);
  const after = commands.filter((c) => c.offset > cd.offset);
  // A RUN that changes directory more than once manages its directories itself; one WORKDIR cannot.
  if (commands.some((c) => c !== cd && (c.base === 'cd' || c.base === 'pushd' || c.base === 'popd'))) return true;
  if (after.some((c) => c.base === 'rm' && operandWords(c, []).flatMap((w) => expandBraces(w.value)).some((p) => covers(p, dir)))) return true;
  const absolute = dir.startsWith('/');
  return before.some((c) => {
    if (!CREATES_DIRECTORIES.has(c.base)) return false;
    // A relative directory after a download or an extraction is that archive's top directory.
    if (!absolute) return true;
    // `go get github.com/x/y` then `cd /go/src/github.com/x/y`: the path ends with what was fetched.
    return c.args.some((a) => covers(dir, a.value) || covers(a.value, dir) || (a.value.includes('/') && dir.endsWith(`/${a.value}`)));
  });
}

export const cdInsteadOfWorkdir: Rule = {
  id: 'cd-instead-of-workdir',
  title: 'Use WORKDIR to switch to a directory',
  severity: 'warning',
  scope: 'all',
  aliases: ['DL3003'],
  checkFile(ctx) {
    for (const site of runSites(ctx.dockerfile)) {
      const mounts = site.run.flags.filter((f) => f.name === 'mount' && f.value !== null).map((f) => mountTarget(f.value!)).filter((t) => t !== null);
      for (const script of runScripts(site.instruction)) {
        const commands = script.parsed.commands;
        const cd = commands.find((c) => c.base === 'cd' && !servesOnlyThisRun(c, commands, script.text, mounts));
        if (!cd) continue;
        const dir = cdTarget(cd) ?? '~';
        const last = commands.every((c) => c.offset <= cd.offset);
        ctx.reportAt(
          site.instruction,
          last
            ? `Use WORKDIR to switch to a directory: \`cd ${dir}\` ends the RUN, so it changes nothing. Write \`WORKDIR ${dir}\` instead`
            : `Use WORKDIR to switch to a directory: the rest of this RUN works in \`${dir}\` after \`cd ${dir}\`. Write \`WORKDIR ${dir}\` before the RUN, or use absolute paths`,
        );
        break;
      }
    }
  },
};
