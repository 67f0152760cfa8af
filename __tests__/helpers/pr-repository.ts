/**
 * A pull request in real git repositories, laid out the way GitHub and actions/checkout lay it out:
 *
 * - `origin`: a bare repository standing in for GitHub's, which (like GitHub) lets a client fetch any
 *   reachable commit by its SHA (`uploadpack.allowReachableSHA1InWant`, `allowAnySHA1InWant`);
 * - `main` holding the base commit, `feature` the pull request's head commit, and the test merge commit
 *   GitHub makes (base + head, `--no-ff`: first parent the base) published as `refs/pull/<n>/merge`
 *   (and the head as `refs/pull/<n>/head`);
 * - a workspace checked out as actions/checkout does for a `pull_request` run: `git init`,
 *   `git remote add origin file://…`, `git fetch --depth=<1|full> origin +refs/pull/<n>/merge`,
 *   `git checkout --detach FETCH_HEAD`.
 *
 * ```ts
 * const pr = prRepository({ base: { Dockerfile: 'FROM alpine:3.20\n' }, head: { Dockerfile: 'FROM alpine\n' } });
 * pr.baseSha; pr.headSha; pr.mergeSha; pr.workspace; pr.files; // files: for the API stand-in's pullFiles
 * const next = pr.push({ Dockerfile: 'FROM alpine:3.21\n' });  // a new push: new head, new merge, new checkout
 * afterAll(() => pr.cleanup());
 * ```
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fixtureGitEnv, gitFixture, type GitFixture } from './git-fixture.js';
import type { PullFile } from './github-api.js';

export type { PullFile };

export interface PrRepositoryOptions {
  /** The pull request's number (default 1). */
  number?: number;
  /** The files of the base commit on `main`. */
  base: Record<string, string>;
  /** What the pull request's head commit (on `feature`) changes: a path's new text, or null to delete it. */
  head: Record<string, string | null>;
  /** The workspace's fetch depth: 1 (actions/checkout's default) or 'full' (`fetch-depth: 0`). Default 1. */
  depth?: 1 | 'full';
  /**
   * The head branch is in a fork: origin has the head commit only as `refs/pull/<n>/head` (GitHub keeps a
   * fork's pull request head there), never as a branch.
   */
  fork?: boolean;
}

/** One state of the pull request: after it was opened, or after a later push. */
export interface PrState {
  /** The base branch's tip: `pull_request.base.sha`. */
  baseSha: string;
  headSha: string;
  /** Where the head branched off the base branch (`git merge-base`): the base's tip until `advanceBase`. */
  mergeBase: string;
  /** The merge commit GitHub tests: GITHUB_SHA of a pull_request run. */
  mergeSha: string;
  /** A fresh checkout of the merge commit (real path). */
  workspace: string;
  /** `git diff --name-status -M <merge base> head`, as the pull request files API lists it. */
  files: PullFile[];
}

export interface PrRepository extends PrState {
  number: number;
  /** The bare "GitHub" repository (real path); its URL is `file://<origin>`. */
  origin: string;
  /** Pushes another commit to the pull request's branch; GitHub remakes the merge commit and a new run checks it out. */
  push(changes: Record<string, string | null>, options?: { depth?: 1 | 'full' }): PrState;
  /**
   * Commits on the base branch after the pull request branched off (someone else's change landing on
   * main): `baseSha` moves on, `mergeBase` stays, GitHub remakes the merge commit.
   */
  advanceBase(changes: Record<string, string | null>): PrState;
  /**
   * Another checkout of any ref of origin as actions/checkout makes it (`+<ref>` fetched, FETCH_HEAD
   * checked out detached): a merge queue branch, `refs/heads/main` for a push run.
   */
  checkout(ref: string, depth?: 1 | 'full'): string;
  /** Publishes a commit under a ref of origin (`refs/heads/gh-readonly-queue/…`). */
  publish(sha: string, ref: string): void;
  /** Every regular file of a commit with its text, for the stand-in's contents API. */
  filesAt(sha: string): Map<string, string>;
  /** Runs git in the author's clone (where every commit is). */
  git(...args: string[]): string;
  /** Deletes every folder made. */
  cleanup(): void;
}

const STATUS: Record<string, PullFile['status']> = { A: 'added', D: 'removed', M: 'modified', T: 'changed', R: 'renamed', C: 'copied' };

/** `git diff --name-status -z -M` as the pull request files API lists it. */
function pullFiles(dev: GitFixture, base: string, head: string): PullFile[] {
  const fields = dev.git('diff', '--name-status', '-z', '-M', base, head).split('\0');
  if (fields.at(-1) === '') fields.pop();
  const files: PullFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const letter = fields[i++]!.charAt(0);
    if (letter === 'R' || letter === 'C') {
      const previous = fields[i++]!;
      const path = fields[i++]!;
      files.push({ filename: path, status: STATUS[letter]!, previous_filename: previous });
    } else {
      files.push({ filename: fields[i++]!, status: STATUS[letter] ?? 'modified' });
    }
  }
  // GitHub lists them sorted by path.
  return files.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}

export function prRepository(options: PrRepositoryOptions): PrRepository {
  const number = options.number ?? 1;
  const folders: string[] = [];
  const dev = gitFixture();
  const originFixture = gitFixture({ bare: true });
  folders.push(dev.dir, originFixture.dir);
  // GitHub serves any commit of the repository by SHA (a shallow checkout fetches the base commit so).
  originFixture.git('config', 'uploadpack.allowReachableSHA1InWant', 'true');
  originFixture.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
  originFixture.git('config', 'uploadpack.allowTipSHA1InWant', 'true');
  const origin = originFixture.dir;
  const originUrl = `file://${origin}`;

  let baseSha = dev.commit(options.base, 'base');
  dev.git('checkout', '--quiet', '-b', 'feature');
  dev.git('push', '--quiet', originUrl, 'main:refs/heads/main');

  /** GitHub's test merge: the base with the head merged in, no fast-forward. */
  const mergeOf = (base: string, head: string): string => {
    dev.git('checkout', '--quiet', '--detach', base);
    dev.git('-c', 'merge.renames=true', 'merge', '--quiet', '--no-ff', '--no-edit', '-m', `Merge ${head} into ${base}`, head);
    const sha = dev.git('rev-parse', 'HEAD').trim();
    dev.git('checkout', '--quiet', 'feature');
    return sha;
  };

  const publish = (sha: string, ref: string): void => {
    dev.git('push', '--quiet', '--force', originUrl, `${sha}:${ref}`);
  };

  const checkout = (ref: string, depth: 1 | 'full' = options.depth ?? 1): string => {
    const parent = realpathSync(mkdtempSync(join(tmpdir(), 'stagecraft-workspace-')));
    folders.push(parent);
    // The runner's layout: _work/<repo>/<repo>.
    const workspace = join(parent, 'shop');
    mkdirSync(workspace);
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: workspace, env: fixtureGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    git('init', '--quiet');
    git('remote', 'add', 'origin', originUrl);
    git('config', 'gc.auto', '0');
    git('fetch', '--quiet', '--no-tags', '--prune', '--no-recurse-submodules', ...(depth === 1 ? ['--depth=1'] : []), 'origin', `+${ref}`);
    git('checkout', '--quiet', '--detach', 'FETCH_HEAD');
    return workspace;
  };

  const open = (head: string, depth?: 1 | 'full'): PrState => {
    const mergeSha = mergeOf(baseSha, head);
    if (!options.fork) dev.git('push', '--quiet', '--force', originUrl, 'feature:refs/heads/feature');
    publish(head, `refs/pull/${number}/head`);
    publish(mergeSha, `refs/pull/${number}/merge`);
    const mergeBase = dev.git('merge-base', baseSha, head).trim();
    return { baseSha, headSha: head, mergeBase, mergeSha, workspace: checkout(`refs/pull/${number}/merge`, depth), files: pullFiles(dev, mergeBase, head) };
  };

  const first = open(dev.commit(options.head, 'change'));
  const repository: PrRepository = {
    ...first,
    number,
    origin,
    push(changes, pushOptions = {}) {
      const state = open(dev.commit(changes, 'another push'), pushOptions.depth);
      Object.assign(repository, state);
      return state;
    },
    advanceBase(changes) {
      dev.git('checkout', '--quiet', 'main');
      baseSha = dev.commit(changes, 'the base branch moves on');
      dev.git('push', '--quiet', originUrl, 'main:refs/heads/main');
      dev.git('checkout', '--quiet', 'feature');
      const state = open(repository.headSha);
      Object.assign(repository, state);
      return state;
    },
    checkout,
    publish,
    filesAt(sha) {
      const files = new Map<string, string>();
      for (const record of dev.git('ls-tree', '-r', '-z', '--full-tree', sha).split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0) continue;
        const [mode, type, object] = record.slice(0, tab).split(' ');
        if (type !== 'blob' || !mode!.startsWith('100')) continue;
        files.set(record.slice(tab + 1), dev.git('cat-file', 'blob', object!));
      }
      return files;
    },
    git: (...args) => dev.git(...args),
    cleanup() {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    },
  };
  return repository;
}
