/**
 * Real git repositories for tests, made in a temporary folder.
 *
 * ```ts
 * const repo = gitFixture();
 * const base = repo.commit({ 'Dockerfile': 'FROM alpine:3.20\n', '.hadolint.yaml': 'ignored: [DL3007]\n' });
 * const head = repo.commit({ 'Dockerfile': 'FROM alpine\n', '.hadolint.yaml': null }, 'drop config');
 * repo.git('checkout', '-b', 'topic');        // any git command, run in repo.dir; returns its stdout
 * afterEach(() => repo.cleanup());
 * ```
 *
 * Deterministic: `init -b main`, a local user (Stagecraft Test <test@example.com>), fixed author and
 * committer dates that advance one minute per commit (so the same files give the same shas), no
 * signing, no hooks, and the user's global/system git configuration ignored. A remote is just another
 * fixture: `other.git('clone', '--depth=1', `file://${repo.dir}`, '.')` into `gitFixture({ init: false })`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface GitFixture {
  /** The repository's folder (its work tree; real path, no symlinks). */
  dir: string;
  /** Runs `git <args>` in `dir` (no shell) and returns its stdout untrimmed; throws with git's stderr when it fails. */
  git(...args: string[]): string;
  /**
   * Writes each file (creating folders; `null` deletes it), stages everything (`git add -A`) and commits.
   * Returns the new commit's sha. Paths are `/`-separated, relative to `dir`.
   */
  commit(files: Record<string, string | null>, message?: string): string;
  /** Deletes the folder. */
  cleanup(): void;
}

export interface GitFixtureOptions {
  /** Whether to run `git init -b main` (default true); false leaves an empty folder, e.g. to clone into. */
  init?: boolean;
  /** Makes a bare repository (`git init --bare -b main`): a remote to push to. `commit` is not available then. */
  bare?: boolean;
}

/** Environment for fixture git commands: no user or system config, fixed identity, no prompts. */
export function fixtureGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name];
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Stagecraft Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Stagecraft Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    LC_ALL: 'C',
    ...extra,
  };
}

/** 2024-01-01T00:00:00Z: the first commit's date; each commit after it is one minute later. */
const EPOCH = 1_704_067_200;

export function gitFixture(options: GitFixtureOptions = {}): GitFixture {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'stagecraft-git-')));
  let commits = 0;
  const git = (...args: string[]): string => {
    const date = `${EPOCH + commits * 60} +0000`;
    try {
      return execFileSync('git', args, {
        cwd: dir,
        env: fixtureGitEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`git ${args.join(' ')} failed in ${dir}: ${e.stderr?.trim() || e.message}`);
    }
  };

  if (options.bare) {
    git('init', '--quiet', '--bare', '-b', 'main');
  } else if (options.init !== false) {
    git('init', '--quiet', '-b', 'main');
    // Also in the repository's own config, so git run by the code under test (with the real global config) agrees.
    git('config', 'user.name', 'Stagecraft Test');
    git('config', 'user.email', 'test@example.com');
    git('config', 'commit.gpgsign', 'false');
    git('config', 'core.autocrlf', 'false');
    git('config', 'core.hooksPath', '/dev/null');
  }

  const commit = (files: Record<string, string | null>, message = `commit ${commits + 1}`): string => {
    if (options.bare) throw new Error('gitFixture: cannot commit in a bare repository');
    for (const [path, content] of Object.entries(files)) {
      const full = join(dir, ...path.split('/'));
      if (content === null) {
        rmSync(full, { recursive: true, force: true });
      } else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    git('add', '-A');
    git('commit', '--quiet', '--allow-empty', '--no-verify', '-m', message);
    commits++;
    return git('rev-parse', 'HEAD').trim();
  };

  return {
    dir,
    git,
    commit,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
