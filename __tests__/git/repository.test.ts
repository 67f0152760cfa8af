import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError, openRepository, parseNameStatus, redactCredentials, type GitRepository } from '../../src/git/repository.js';
import { gitRevisionReader } from '../../src/git/revision.js';
import { gitFixture, type GitFixture } from '../helpers/git-fixture.js';

const fixtures: GitFixture[] = [];
const folders: string[] = [];
function fixture(options?: Parameters<typeof gitFixture>[0]): GitFixture {
  const f = gitFixture(options);
  fixtures.push(f);
  return f;
}
afterEach(() => {
  for (const f of fixtures.splice(0)) f.cleanup();
  for (const d of folders.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(dir: string): GitRepository {
  const repo = openRepository(dir);
  if (!repo) throw new Error(`not a repository: ${dir}`);
  return repo;
}

/** Paths git must carry through exactly. */
const ODD_PATHS = [
  'dir with space/Docker file',
  'new\nline/Dockerfile',
  'ünïcødé/Dockerfile.日本',
  '-leading/Dockerfile',
  '-Dockerfile',
  'quote"s and \'apostrophes\'/Dockerfile',
  'tab\there/Dockerfile',
  'back\\slash/Dockerfile',
  'star*/Dockerfile',
  'colon:x/Dockerfile',
];

describe('openRepository', () => {
  it('finds the work tree root from a subfolder', () => {
    const f = fixture();
    f.commit({ 'a/b/Dockerfile': 'FROM alpine\n' });
    const repo = open(join(f.dir, 'a', 'b'));
    expect(realpathSync(repo.root)).toBe(f.dir);
  });

  it('is null outside a git work tree', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'stagecraft-nogit-')));
    folders.push(dir);
    expect(openRepository(dir)).toBeNull();
    expect(openRepository(join(dir, 'does-not-exist'))).toBeNull();
    writeFileSync(join(dir, 'file'), 'x');
    expect(openRepository(join(dir, 'file'))).toBeNull();
  });

  it('is null in a bare repository and inside .git', () => {
    const bare = fixture({ bare: true });
    expect(openRepository(bare.dir)).toBeNull();
    const f = fixture();
    f.commit({ a: 'a' });
    expect(openRepository(join(f.dir, '.git'))).toBeNull();
  });

  it('works from a folder whose name has spaces and a newline', () => {
    const f = fixture();
    f.commit({ 'odd dir\nname/Dockerfile': 'FROM alpine\n' });
    const repo = open(join(f.dir, 'odd dir\nname'));
    expect(realpathSync(repo.root)).toBe(f.dir);
  });
});

describe('readFile', () => {
  it('reads a file at a commit, not at the work tree', () => {
    const f = fixture();
    const first = f.commit({ 'Dockerfile': 'FROM alpine:3.19\n' });
    const second = f.commit({ 'Dockerfile': 'FROM alpine:3.20\r\nRUN true\n' });
    writeFileSync(join(f.dir, 'Dockerfile'), 'FROM scratch\n');
    const repo = open(f.dir);
    expect(repo.readFile(first, 'Dockerfile')).toBe('FROM alpine:3.19\n');
    expect(repo.readFile(second, 'Dockerfile')).toBe('FROM alpine:3.20\r\nRUN true\n');
    expect(repo.readFile('main~1', 'Dockerfile')).toBe('FROM alpine:3.19\n');
  });

  it('is null for a missing file, a folder and odd requests', () => {
    const f = fixture();
    const sha = f.commit({ 'a/Dockerfile': 'FROM alpine\n' });
    const repo = open(f.dir);
    expect(repo.readFile(sha, 'nope')).toBeNull();
    expect(repo.readFile(sha, 'a')).toBeNull();
    expect(repo.readFile(sha, 'a/')).toBeNull();
    expect(repo.readFile(sha, '')).toBeNull();
    expect(repo.readFile(sha, '../a/Dockerfile')).toBeNull();
    expect(repo.readFile(sha, '/a/Dockerfile')).toBeNull();
    expect(repo.readFile(sha, './a/Dockerfile')).toBeNull();
  });

  it('is null for a symlink and a submodule', () => {
    const f = fixture();
    const other = f.commit({ 'target/Dockerfile': 'FROM alpine\n' });
    symlinkSync('target/Dockerfile', join(f.dir, 'link'));
    f.commit({});
    // A submodule is a gitlink (mode 160000) in the tree: that is all git stores of it.
    f.git('update-index', '--add', '--cacheinfo', `160000,${other},vendor/lib`);
    f.git('commit', '--quiet', '-m', 'submodule');
    const sha = f.git('rev-parse', 'HEAD').trim();
    const repo = open(f.dir);
    expect(f.git('ls-tree', sha, 'link')).toMatch(/^120000 /);
    expect(f.git('ls-tree', sha, 'vendor/lib')).toMatch(/^160000 /);
    expect(repo.readFile(sha, 'link')).toBeNull();
    expect(repo.readFile(sha, 'vendor/lib')).toBeNull();
    expect(repo.readFile(sha, 'target/Dockerfile')).toBe('FROM alpine\n');
    expect(repo.listFiles(sha)).toEqual(['target/Dockerfile']);
  });

  it('reads paths with spaces, newlines, unicode, quotes, globs and a leading dash exactly', () => {
    const f = fixture();
    const files = Object.fromEntries(ODD_PATHS.map((p, i) => [p, `FROM alpine:${i}\n`]));
    // A sibling the glob `star*` would also match, were the path taken as a pattern.
    const sha = f.commit({ ...files, 'starry/Dockerfile': 'FROM other\n', 'stars/Dockerfile': 'FROM other\n' });
    const repo = open(f.dir);
    for (const [i, path] of ODD_PATHS.entries()) expect(repo.readFile(sha, path), path).toBe(`FROM alpine:${i}\n`);
    expect(repo.readFile(sha, 'star?/Dockerfile')).toBeNull();
    expect(repo.listFiles(sha).sort()).toEqual([...ODD_PATHS, 'starry/Dockerfile', 'stars/Dockerfile'].sort());
  });

  it('keeps non-ASCII content and a BOM', () => {
    const f = fixture();
    const text = '\uFEFF# café ☕ 日本\nFROM alpine\n';
    const sha = f.commit({ Dockerfile: text });
    expect(open(f.dir).readFile(sha, 'Dockerfile')).toBe(text);
  });

  it('throws a one-line GitError when the commit is not here', () => {
    const f = fixture();
    f.commit({ a: 'a' });
    const repo = open(f.dir);
    const missing = 'a'.repeat(40);
    expect(() => repo.readFile(missing, 'a')).toThrow(GitError);
    expect(() => repo.listFiles(missing)).toThrow(GitError);
    try {
      repo.listFiles(missing);
    } catch (err) {
      expect((err as Error).message).toMatch(/^git ls-tree .*aaaa.*: /);
      expect((err as Error).message).not.toContain('\n');
    }
    expect(() => repo.listFiles('--output=/tmp/x')).toThrow(GitError);
  });
});

describe('listFiles', () => {
  it('lists every regular file at the commit, / separated', () => {
    const f = fixture();
    const first = f.commit({ 'Dockerfile': 'x', 'a/b/c/Dockerfile': 'y', 'a/.hadolint.yaml': 'z', 'script.sh': '#!/bin/sh\n' });
    f.git('update-index', '--chmod=+x', 'script.sh');
    f.git('commit', '--quiet', '-m', 'exec');
    const second = f.commit({ 'Dockerfile': null, 'new': 'n' });
    const repo = open(f.dir);
    expect(repo.listFiles(first).sort()).toEqual(['Dockerfile', 'a/.hadolint.yaml', 'a/b/c/Dockerfile', 'script.sh']);
    expect(repo.listFiles(second).sort()).toEqual(['a/.hadolint.yaml', 'a/b/c/Dockerfile', 'new', 'script.sh']);
  });

  it('lists an empty tree as nothing', () => {
    const f = fixture();
    const sha = f.commit({});
    expect(open(f.dir).listFiles(sha)).toEqual([]);
  });
});

describe('resolve and mergeBase', () => {
  it('resolves refs to commits and finds the fork point', () => {
    const f = fixture();
    const root = f.commit({ a: '1' });
    f.git('checkout', '--quiet', '-b', 'topic');
    const topic = f.commit({ b: '2' });
    f.git('checkout', '--quiet', 'main');
    const main = f.commit({ c: '3' });
    f.git('tag', '-a', '-m', 'annotated', 'v1', root);
    const repo = open(f.dir);
    expect(repo.resolve('main')).toBe(main);
    expect(repo.resolve('topic')).toBe(topic);
    expect(repo.resolve('v1')).toBe(root); // an annotated tag peels to its commit
    expect(repo.resolve(topic.slice(0, 10))).toBe(topic);
    expect(repo.resolve('nope')).toBeNull();
    expect(repo.resolve('-h')).toBeNull();
    expect(repo.resolve(`${main}:a`)).toBeNull(); // a blob is not a commit
    expect(repo.mergeBase('main', 'topic')).toBe(root);
    expect(repo.mergeBase(main, topic)).toBe(root);
    expect(repo.mergeBase('main', 'nope')).toBeNull();
    expect(repo.hasCommit(main)).toBe(true);
    expect(repo.hasCommit('f'.repeat(40))).toBe(false);
  });

  it('has no merge base for unrelated histories', () => {
    const f = fixture();
    f.commit({ a: '1' });
    f.git('checkout', '--quiet', '--orphan', 'other');
    f.git('rm', '-r', '--quiet', '--cached', '.');
    const other = f.commit({ b: '2' });
    const repo = open(f.dir);
    expect(repo.mergeBase('main', other)).toBeNull();
  });
});

describe('diff', () => {
  const long = (tag: string) => Array.from({ length: 30 }, (_, i) => `RUN echo ${tag} line ${i}`).join('\n') + '\n';

  it('reports additions, modifications, removals and renames between commits', () => {
    const f = fixture();
    const base = f.commit({
      'services/api/Dockerfile': long('api'),
      'old/Dockerfile': long('old'),
      'moved/Dockerfile': long('moved'),
      'dir with space/Dockerfile': 'FROM a\n',
      'kind': 'a file\n',
    });
    rmSync(join(f.dir, 'kind'));
    symlinkSync('services/api/Dockerfile', join(f.dir, 'kind'));
    const head = f.commit({
      'services/api/Dockerfile': long('api') + 'RUN extra\n',
      'old/Dockerfile': null,
      'moved/Dockerfile': null,
      'renamed here/Dockerfile': long('moved') + 'RUN one more\n',
      'new\nline/Dockerfile': 'FROM b\n',
      '-dash/Dockerfile': 'FROM c\n',
    });
    const changes = open(f.dir).diff(base, head);
    const byPath = Object.fromEntries(changes.map((c) => [c.path, c]));
    expect(changes).toHaveLength(6);
    expect(byPath['services/api/Dockerfile']).toEqual({ path: 'services/api/Dockerfile', status: 'modified', previousPath: null });
    expect(byPath['old/Dockerfile']).toEqual({ path: 'old/Dockerfile', status: 'removed', previousPath: null });
    expect(byPath['renamed here/Dockerfile']).toEqual({ path: 'renamed here/Dockerfile', status: 'renamed', previousPath: 'moved/Dockerfile' });
    expect(byPath['new\nline/Dockerfile']).toEqual({ path: 'new\nline/Dockerfile', status: 'added', previousPath: null });
    expect(byPath['-dash/Dockerfile']).toEqual({ path: '-dash/Dockerfile', status: 'added', previousPath: null });
    expect(byPath['kind']).toEqual({ path: 'kind', status: 'modified', previousPath: null }); // T: file → symlink
    expect(open(f.dir).diff(head, head)).toEqual([]);
  });

  it('compares the work tree: tracked changes plus untracked files that are not ignored', () => {
    const f = fixture();
    const base = f.commit({
      '.gitignore': 'ignored/\n*.log\n',
      'a/Dockerfile': long('a'),
      'b/Dockerfile': long('b'),
      'c/Dockerfile': long('c'),
      'd/Dockerfile': long('d'),
    });
    writeFileSync(join(f.dir, 'a/Dockerfile'), long('a') + 'RUN changed\n'); // modified, not staged
    rmSync(join(f.dir, 'b/Dockerfile')); // removed, not staged
    mkdirSync(join(f.dir, 'c2'));
    f.git('mv', 'c/Dockerfile', 'c2/Dockerfile'); // renamed, staged
    f.git('rm', '--quiet', '--cached', 'd/Dockerfile'); // untracked again, still on disk
    mkdirSync(join(f.dir, 'new dir'));
    writeFileSync(join(f.dir, 'new dir/Dockerfile.ünï'), 'FROM x\n'); // untracked
    mkdirSync(join(f.dir, 'ignored'));
    writeFileSync(join(f.dir, 'ignored/Dockerfile'), 'FROM y\n');
    writeFileSync(join(f.dir, 'build.log'), 'log\n');
    const repo = open(join(f.dir, 'a')); // run from a subfolder: paths stay repository-relative
    const changes = repo.diff(base, null);
    const sorted = [...changes].sort((x, y) => x.path.localeCompare(y.path));
    expect(sorted).toEqual([
      { path: 'a/Dockerfile', status: 'modified', previousPath: null },
      { path: 'b/Dockerfile', status: 'removed', previousPath: null },
      { path: 'c2/Dockerfile', status: 'renamed', previousPath: 'c/Dockerfile' },
      { path: 'd/Dockerfile', status: 'modified', previousPath: null },
      { path: 'new dir/Dockerfile.ünï', status: 'added', previousPath: null },
    ]);
  });

  it('throws a GitError for an unknown revision', () => {
    const f = fixture();
    f.commit({ a: '1' });
    expect(() => open(f.dir).diff('nope', 'main')).toThrow(GitError);
    expect(() => open(f.dir).diff('--output=x', null)).toThrow(GitError);
  });
});

describe('parseNameStatus', () => {
  it('parses -z records, copies as additions with their source', () => {
    const out = Buffer.from(['M', 'a b', 'R087', 'old\nname', 'new name', 'C100', 'src', 'copy', 'T', 'link', 'D', 'gone', 'A', 'ünï', 'U', 'conflict', ''].join('\0'));
    expect(parseNameStatus(out)).toEqual([
      { path: 'a b', status: 'modified', previousPath: null },
      { path: 'new name', status: 'renamed', previousPath: 'old\nname' },
      { path: 'copy', status: 'added', previousPath: 'src' },
      { path: 'link', status: 'modified', previousPath: null },
      { path: 'gone', status: 'removed', previousPath: null },
      { path: 'ünï', status: 'added', previousPath: null },
      { path: 'conflict', status: 'modified', previousPath: null },
    ]);
    expect(parseNameStatus(Buffer.alloc(0))).toEqual([]);
  });
});

describe('shallow clones and fetchCommit', () => {
  /** An origin whose base commit is two commits behind its tip. */
  function origin() {
    const o = fixture();
    const base = o.commit({ 'services/api/Dockerfile': 'FROM alpine:latest\n', '.hadolint.yaml': 'ignored: [DL3007]\n' });
    o.commit({ 'services/api/Dockerfile': 'FROM alpine:3.19\n' });
    const head = o.commit({ 'services/api/Dockerfile': 'FROM alpine:3.20\n', '.hadolint.yaml': null });
    // GitHub serves any reachable commit by sha; a plain git server only advertised tips unless told so.
    o.git('config', 'uploadpack.allowReachableSHA1InWant', 'true');
    o.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    return { o, base, head };
  }

  it('fetches a base commit a depth-1 clone lacks, then reads it', () => {
    const { o, base, head } = origin();
    const clone = fixture({ init: false });
    clone.git('clone', '--quiet', '--depth=1', `file://${o.dir}`, '.');
    const repo = open(clone.dir);
    expect(repo.resolve('HEAD')).toBe(head);
    expect(repo.hasCommit(head)).toBe(true);
    expect(repo.hasCommit(base)).toBe(false);
    expect(() => repo.readFile(base, 'services/api/Dockerfile')).toThrow(GitError);

    expect(repo.fetchCommit(base)).toBe(true);
    expect(repo.hasCommit(base)).toBe(true);
    expect(repo.readFile(base, 'services/api/Dockerfile')).toBe('FROM alpine:latest\n');
    expect(repo.readFile(base, '.hadolint.yaml')).toBe('ignored: [DL3007]\n');
    expect(repo.listFiles(base).sort()).toEqual(['.hadolint.yaml', 'services/api/Dockerfile']);
    expect(repo.diff(base, head)).toEqual([
      { path: '.hadolint.yaml', status: 'removed', previousPath: null },
      { path: 'services/api/Dockerfile', status: 'modified', previousPath: null },
    ]);
    // Fetched with --depth=1: the clone stays shallow and the history between is still not here.
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(repo.fetchCommit(base)).toBe(true); // already here: nothing to do
  });

  it('keeps a full clone full when fetching a commit it lacks', () => {
    const { o, head } = origin();
    const clone = fixture({ init: false });
    clone.git('clone', '--quiet', `file://${o.dir}`, '.');
    // A commit the clone has never seen, on no branch it fetched (like a fork's pull request head).
    o.git('checkout', '--quiet', '-b', 'fork');
    const fork = o.commit({ 'services/api/Dockerfile': 'FROM alpine:3.21\n' });
    o.git('checkout', '--quiet', 'main');
    o.git('branch', '-D', 'fork');
    const repo = open(clone.dir);
    expect(repo.hasCommit(fork)).toBe(false);
    expect(repo.fetchCommit(fork)).toBe(true);
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('false');
    expect(repo.mergeBase(fork, head)).toBe(head);
    expect(repo.readFile(fork, 'services/api/Dockerfile')).toBe('FROM alpine:3.21\n');
  });

  it('returns false, without throwing, when it cannot fetch', () => {
    const { o, base } = origin();
    // No origin at all.
    const lonely = fixture();
    lonely.commit({ a: '1' });
    expect(open(lonely.dir).fetchCommit(base)).toBe(false);
    // An origin that is gone.
    const clone = fixture({ init: false });
    clone.git('clone', '--quiet', '--depth=1', `file://${o.dir}`, '.');
    const repo = open(clone.dir);
    expect(repo.fetchCommit('0'.repeat(40))).toBe(false); // no such commit on the server
    expect(repo.fetchCommit('main')).toBe(false); // not a full sha
    expect(repo.fetchCommit('--upload-pack=touch /tmp/x')).toBe(false);
    clone.git('remote', 'set-url', 'origin', `file://${o.dir}/missing`);
    expect(repo.fetchCommit(base)).toBe(false);
    expect(repo.hasCommit(base)).toBe(false);
  });
});

describe('gitRevisionReader', () => {
  it('reads a commit through the RevisionReader interface, listing once', async () => {
    const f = fixture();
    const base = f.commit({ 'Dockerfile': 'FROM a\n', 'x/.dockerignore': '*\n' });
    f.commit({ 'Dockerfile': 'FROM b\n' });
    const repo = open(f.dir);
    let lists = 0;
    let reads = 0;
    const counting: GitRepository = Object.assign(Object.create(repo) as GitRepository, {
      listFiles: (sha: string) => (lists++, repo.listFiles(sha)),
      readFile: (sha: string, path: string) => (reads++, repo.readFile(sha, path)),
    });
    const reader = gitRevisionReader(counting, base);
    expect(reader.sha).toBe(base);
    expect(await reader.readFile('Dockerfile')).toBe('FROM a\n');
    expect((await reader.listFiles()).sort()).toEqual(['Dockerfile', 'x/.dockerignore']);
    expect((await reader.listFiles()).sort()).toEqual(['Dockerfile', 'x/.dockerignore']);
    expect(lists).toBe(1);
    const before = reads;
    expect(await reader.readFile('nope')).toBeNull(); // answered from the list
    expect(reads).toBe(before);
    expect(await reader.readFile('x/.dockerignore')).toBe('*\n');
  });

  it('rejects (does not throw synchronously) when the commit is not here, and retries the list later', async () => {
    const f = fixture();
    f.commit({ a: '1' });
    const reader = gitRevisionReader(open(f.dir), 'b'.repeat(40));
    await expect(reader.listFiles()).rejects.toBeInstanceOf(GitError);
    await expect(reader.readFile('a')).rejects.toBeInstanceOf(GitError);
    await expect(reader.listFiles()).rejects.toBeInstanceOf(GitError);
  });
});

describe('redactCredentials', () => {
  it('removes user info from URLs and auth headers', () => {
    expect(redactCredentials('fatal: unable to access https://x-access-token:ghs_abc@github.com/o/r.git/')).toBe(
      'fatal: unable to access https://***@github.com/o/r.git/',
    );
    expect(redactCredentials('git -c http.extraheader=AUTHORIZATION: basic abc fetch')).toBe('git -c http.extraheader=***');
    expect(redactCredentials('git fetch origin abc')).toBe('git fetch origin abc');
  });
});
