/**
 * git as a small adapter: the few questions Stagecraft asks a local clone, each one `git` process
 * (never a shell), with `-z` output so that any path (spaces, quotes, newlines, non-ASCII, a leading
 * '-') comes through exactly. Used by the action (a shallow actions/checkout) and by the CLI
 * (`stagecraft lint --base-ref`), so it depends on node only.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChangedFile } from '../review/types.js';

/** A git command that failed: the command (credentials removed) and git's stderr, on one line. */
export class GitError extends Error {
  override readonly name = 'GitError';
}

export interface GitRepository {
  /** The work tree's top folder (`git rev-parse --show-toplevel`). */
  readonly root: string;
  /** Whether the commit's object is here (`git cat-file -e <sha>^{commit}`). */
  hasCommit(sha: string): boolean;
  /**
   * Fetches one commit from origin (`git fetch --no-tags --no-recurse-submodules --depth=1 origin <sha>`):
   * what a shallow actions/checkout (depth 1) lacks. `--depth=1` only in a shallow clone: a full clone
   * stays full (a depth-1 graft there would cut the commit's history and break `mergeBase`). `sha` must be
   * a full object name. Returns whether the commit is here afterwards; false when it cannot be fetched
   * (no origin, no network, the server refuses); never throws.
   */
  fetchCommit(sha: string): boolean;
  /** The commit a ref names (`git rev-parse --verify --quiet <ref>^{commit}`); null when none. */
  resolve(ref: string): string | null;
  /** The best common ancestor of two commits; null when they have none here (unrelated, or cut off by a shallow clone). */
  mergeBase(a: string, b: string): string | null;
  /**
   * A blob's text (UTF-8) at a commit; null when absent or not a regular file (submodule, symlink,
   * folder). `path` is repository-relative and `/`-separated. Throws GitError when the commit is not here.
   */
  readFile(sha: string, path: string): string | null;
  /** Every regular file path at a commit (no symlinks, no submodules), `/`-separated. Throws GitError when the commit is not here. */
  listFiles(sha: string): string[];
  /**
   * `git diff --name-status -z -M <base> <head>`: renames detected. A null head means the work tree:
   * tracked changes plus untracked files that are not ignored (as `added`; a rename onto an untracked
   * file is seen as a removal and an addition). Throws GitError when git fails.
   */
  diff(base: string, head: string | null): ChangedFile[];
}

/** Ordinary commands answer from local objects; a fetch talks to a server. */
const LOCAL_TIMEOUT_MS = 60_000;
const FETCH_TIMEOUT_MS = 180_000;
/** Enough for `ls-tree -r` of a repository with a few hundred thousand files, or a large blob. */
const MAX_BUFFER = 512 * 1024 * 1024;

/** Variables that would point git at another repository, index or object store than `dir`'s. */
const REPOSITORY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_QUARANTINE_PATH',
];

function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  return {
    ...env,
    // Never wait for a username or password on a terminal, nor take the index lock for a stat refresh.
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    // Stable (untranslated) messages, which openRepository reads.
    LC_ALL: 'C',
    LANGUAGE: 'C',
    // Paths given to git are names, never globs.
    GIT_LITERAL_PATHSPECS: '1',
    // A command that needs the pager or an editor must not wait for one.
    GIT_PAGER: 'cat',
    GIT_EDITOR: 'true',
  };
}

/** Options every command gets ahead of its own: exact paths, no colour, no pager. */
const GLOBAL_OPTIONS = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '--no-pager'];

interface RunResult {
  status: number | null;
  stdout: Buffer;
  stderr: string;
  /** Set when git could not run or was stopped (not installed, timed out, output too large). */
  failure: string | null;
}

/** Removes credentials from text shown in messages: `https://user:token@host`, auth headers. */
export function redactCredentials(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1***@')
    .replace(/(extraheader\s*=\s*)\S.*$/gim, '$1***')
    .replace(/(authorization:\s*)\S.*$/gim, '$1***');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A printable command for messages: arguments quoted when they need it, credentials removed. */
function describe(args: readonly string[]): string {
  const shown = args.map((a) => (/^[\w@%+=:,./^{}~-]+$/.test(a) ? a : JSON.stringify(a)));
  return redactCredentials(['git', ...shown].join(' '));
}

class Git {
  private readonly env = gitEnvironment();

  constructor(private readonly cwd: string) {}

  run(args: readonly string[], timeout = LOCAL_TIMEOUT_MS): RunResult {
    const result = spawnSync('git', [...GLOBAL_OPTIONS, ...args], {
      cwd: this.cwd,
      env: this.env,
      timeout,
      maxBuffer: MAX_BUFFER,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout = result.stdout ?? Buffer.alloc(0);
    const stderr = result.stderr ? result.stderr.toString('utf8') : '';
    let failure: string | null = null;
    if (result.error) {
      const code = (result.error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') failure = 'git is not installed (not found on PATH)';
      else if (code === 'ETIMEDOUT') failure = `timed out after ${Math.round(timeout / 1000)}s`;
      else if (code === 'ENOBUFS') failure = `output larger than ${MAX_BUFFER} bytes`;
      else failure = result.error.message;
    } else if (result.signal) {
      failure = `stopped by ${result.signal}`;
    }
    return { status: result.status, stdout, stderr, failure };
  }

  error(args: readonly string[], result: RunResult): GitError {
    const why = result.failure ?? (oneLine(result.stderr) || `exit code ${String(result.status)}`);
    return new GitError(`${describe(args)}: ${redactCredentials(oneLine(why))}`);
  }

  /** Runs a command that must succeed; its output as a Buffer. */
  bytes(args: readonly string[], timeout?: number): Buffer {
    const result = this.run(args, timeout);
    if (result.failure !== null || result.status !== 0) throw this.error(args, result);
    return result.stdout;
  }

  /** Runs a command that must succeed; its output as text. */
  text(args: readonly string[]): string {
    return this.bytes(args).toString('utf8');
  }

  /** Runs a command whose non-zero exit is an answer (no, none); null then. Throws only when git cannot run. */
  maybe(args: readonly string[]): string | null {
    const result = this.run(args);
    if (result.failure !== null) throw this.error(args, result);
    return result.status === 0 ? result.stdout.toString('utf8') : null;
  }
}

/** A revision given by a caller: anything git might read as an option is refused. */
function safeRevision(rev: string): boolean {
  return rev.length > 0 && !rev.startsWith('-') && !/[\0\n\r]/.test(rev);
}

const FULL_OBJECT_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** A repository-relative path as git stores it: no leading '/', no '.', '..' or empty segments. */
function safePath(path: string): boolean {
  if (path.length === 0 || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Splits NUL-terminated output into its fields (the final terminator yields no empty field). */
function splitZ(buffer: Buffer): string[] {
  const fields = buffer.toString('utf8').split('\0');
  if (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

/** `<mode> SP <type> SP <object> TAB <path>`, as `ls-tree -z` writes each entry. */
interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

function parseTreeEntries(buffer: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of splitZ(buffer)) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', object = ''] = record.slice(0, tab).split(' ');
    entries.push({ mode, type, object, path: record.slice(tab + 1) });
  }
  return entries;
}

/** Regular files: 100644, 100755 (and the old 100664). Not 120000 (symlink), 160000 (submodule), 040000 (tree). */
function isRegularFile(entry: TreeEntry): boolean {
  return entry.type === 'blob' && entry.mode.startsWith('100');
}

/** `git diff --name-status -z` records: `X\0path\0`, or `R<score>\0old\0new\0` / `C<score>\0old\0new\0`. */
export function parseNameStatus(buffer: Buffer): ChangedFile[] {
  const fields = splitZ(buffer);
  const changes: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++] ?? '';
    const letter = code.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const previousPath = fields[i++];
      const path = fields[i++];
      if (previousPath === undefined || path === undefined) break;
      changes.push({ path, status: letter === 'R' ? 'renamed' : 'added', previousPath });
      continue;
    }
    const path = fields[i++];
    if (path === undefined) break;
    // A added, D deleted; M modified, T type changed, U unmerged, X unknown: all "the file differs".
    const status = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified';
    changes.push({ path, status, previousPath: null });
  }
  return changes;
}

class LocalRepository implements GitRepository {
  constructor(
    readonly root: string,
    private readonly git: Git,
  ) {}

  hasCommit(sha: string): boolean {
    if (!safeRevision(sha)) return false;
    return this.git.maybe(['cat-file', '-e', `${sha}^{commit}`]) !== null;
  }

  fetchCommit(sha: string): boolean {
    if (!FULL_OBJECT_NAME.test(sha)) return false;
    try {
      if (this.hasCommit(sha)) return true;
      const shallow = this.git.maybe(['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
      const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', ...(shallow ? ['--depth=1'] : []), 'origin', sha];
      const result = this.git.run(args, FETCH_TIMEOUT_MS);
      if (result.failure !== null || result.status !== 0) return false;
      return this.hasCommit(sha);
    } catch {
      return false;
    }
  }

  resolve(ref: string): string | null {
    if (!safeRevision(ref)) return null;
    const out = this.git.maybe(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return out === null ? null : out.trim() || null;
  }

  mergeBase(a: string, b: string): string | null {
    if (!safeRevision(a) || !safeRevision(b)) return null;
    const out = this.git.maybe(['merge-base', a, b]);
    return out === null ? null : out.trim() || null;
  }

  readFile(sha: string, path: string): string | null {
    if (!safeRevision(sha)) throw new GitError(`${describe(['ls-tree', sha])}: not a revision`);
    if (!safePath(path)) return null;
    // The tree entry first: its mode tells a regular file from a symlink (also a blob) or a submodule.
    const entries = parseTreeEntries(this.git.bytes(['ls-tree', '-z', '--full-tree', sha, '--', path]));
    const entry = entries.find((e) => e.path === path);
    if (!entry || !isRegularFile(entry)) return null;
    return this.git.bytes(['cat-file', 'blob', entry.object]).toString('utf8');
  }

  listFiles(sha: string): string[] {
    if (!safeRevision(sha)) throw new GitError(`${describe(['ls-tree', sha])}: not a revision`);
    const entries = parseTreeEntries(this.git.bytes(['ls-tree', '-r', '-z', '--full-tree', sha]));
    return entries.filter(isRegularFile).map((e) => e.path);
  }

  diff(base: string, head: string | null): ChangedFile[] {
    if (!safeRevision(base) || (head !== null && !safeRevision(head))) {
      throw new GitError(`${describe(['diff', base, head ?? ''])}: not a revision`);
    }
    const options = ['diff', '--name-status', '-z', '-M', '--no-color', '--no-ext-diff', '--no-relative', '--ignore-submodules=dirty'];
    const revisions = head === null ? [base] : [base, head];
    const changes = parseNameStatus(this.git.bytes([...options, ...revisions, '--']));
    if (head !== null) return changes;

    // The work tree: untracked files that are not ignored are additions too.
    // Run at the root (this.git's folder), so without a pathspec this lists the whole work tree.
    const untracked = splitZ(this.git.bytes(['ls-files', '-z', '--others', '--exclude-standard', '--full-name']));
    const byPath = new Map(changes.map((c) => [c.path, c]));
    for (const path of untracked) {
      const known = byPath.get(path);
      if (known === undefined) {
        const added: ChangedFile = { path, status: 'added', previousPath: null };
        changes.push(added);
        byPath.set(path, added);
      } else if (known.status === 'removed') {
        // Removed from the index (`git rm --cached`) but still on disk: the file is there, maybe changed.
        known.status = 'modified';
      }
    }
    return changes;
  }
}

/**
 * The git work tree holding `dir`; null when `dir` is not a folder inside one (or is inside a bare
 * repository or a `.git` folder). Throws GitError when git itself cannot answer: not installed, or the
 * repository refused (`detected dubious ownership`: the fix is `git config --global --add safe.directory`).
 */
export function openRepository(dir: string): GitRepository | null {
  const folder = resolve(dir);
  try {
    if (!statSync(folder).isDirectory()) return null;
  } catch {
    return null;
  }
  const git = new Git(folder);
  const args = ['rev-parse', '--is-inside-work-tree', '--show-toplevel'];
  const result = git.run(args);
  if (result.failure !== null) throw git.error(args, result);
  if (result.status !== 0) {
    if (/not a git repository|must be run in a work tree/i.test(result.stderr)) return null;
    throw git.error(args, result);
  }
  // `true\n<top>\n`; the top folder's own name may hold a newline, so only the first and last are cut.
  const out = result.stdout.toString('utf8');
  const newline = out.indexOf('\n');
  const inside = out.slice(0, Math.max(newline, 0));
  const top = out.slice(newline + 1).replace(/\n$/, '');
  if (newline < 0 || inside !== 'true' || top === '') return null;
  const root = resolve(top);
  return new LocalRepository(root, folder === root ? git : new Git(root));
}
