import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintFiles, relativeTo } from '../../src/files/lint-files.js';
import { openRepository } from '../../src/git/repository.js';
import { gitRevisionReader } from '../../src/git/revision.js';
import { materialiseRevision } from '../../src/review/materialise.js';
import type { RevisionReader } from '../../src/review/types.js';
import { gitFixture, type GitFixture } from '../helpers/git-fixture.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function fixture(): GitFixture {
  const f = gitFixture();
  cleanups.push(f.cleanup);
  return f;
}

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'stagecraft-mat-')));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under `dir`, relative and `/`-separated, with `.git` (an empty folder) shown as `.git/`. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const rel = relative(dir, full).split('\\').join('/');
      if (statSync(full).isDirectory()) {
        if (readdirSync(full).length === 0) out.push(`${rel}/`);
        else walk(full);
      } else out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

/** An in-memory revision that counts what it is asked. */
function memoryReader(files: Record<string, string>): RevisionReader & { lists: number; reads: string[] } {
  const reader = {
    sha: 'f'.repeat(40),
    lists: 0,
    reads: [] as string[],
    listFiles: async () => {
      reader.lists++;
      return Object.keys(files);
    },
    readFile: async (path: string) => {
      reader.reads.push(path);
      return files[path] ?? null;
    },
  };
  return reader;
}

const rulesOf = (report: Awaited<ReturnType<typeof lintFiles>>, path: string) =>
  report.files.find((f) => f.path === path)?.findings.flatMap((f) => [f.rule, ...f.aliases]) ?? [];

describe('materialiseRevision', () => {
  it("lays out the base's Dockerfiles with the settings that apply to them there, and nothing else", async () => {
    const repo = fixture();
    const base = repo.commit({
      '.hadolint.yaml': 'ignored: [DL3007]\n',
      'services/.stagecraft.yml': 'fail-on: warning\n',
      'services/api/Dockerfile': 'FROM alpine:latest\nCOPY secret.txt /\n',
      'services/api/Dockerfile.dockerignore': 'secret.txt\n',
      'services/api/.dockerignore': 'other\n',
      'services/api/.hadolint.yml': 'ignored: [DL3020]\n',
      'services/web/Dockerfile': 'FROM nginx:1.27\n',
      'services/web/.stagecraft.yaml': 'fail-on: none\n',
      'unrelated/.hadolint.yaml': 'ignored: [DL3006]\n',
      'unrelated/Dockerfile': 'FROM busybox\n',
      'README.md': '# hi\n',
    });
    // The head changes everything: what is on disk now must not leak into the base's layout.
    repo.commit({ '.hadolint.yaml': null, 'services/api/Dockerfile': 'FROM alpine:3.20\n', 'services/api/Dockerfile.dockerignore': null });

    const dest = tempDir();
    const reader = gitRevisionReader(openRepository(repo.dir)!, base);
    const result = await materialiseRevision(reader, ['services/api/Dockerfile', 'added/Dockerfile'], dest);

    expect(result.written).toEqual(new Map([['services/api/Dockerfile', join(dest, 'services/api/Dockerfile')]]));
    expect(result.missing).toEqual(['added/Dockerfile']);
    expect(result.settings).toEqual([
      '.hadolint.yaml',
      'services/.stagecraft.yml',
      'services/api/.dockerignore',
      'services/api/.hadolint.yml',
      'services/api/Dockerfile.dockerignore',
    ]);
    expect(tree(dest)).toEqual([
      '.git/',
      '.hadolint.yaml',
      'services/.stagecraft.yml',
      'services/api/.dockerignore',
      'services/api/.hadolint.yml',
      'services/api/Dockerfile',
      'services/api/Dockerfile.dockerignore',
    ]);
    expect(readFileSync(join(dest, 'services/api/Dockerfile'), 'utf8')).toBe('FROM alpine:latest\nCOPY secret.txt /\n');
    expect(readFileSync(join(dest, '.hadolint.yaml'), 'utf8')).toBe('ignored: [DL3007]\n');
    expect(statSync(join(dest, '.git')).isDirectory()).toBe(true);
  });

  it("lintFiles on the layout honours the base's configuration, not the head's", async () => {
    const repo = fixture();
    const base = repo.commit({
      // At the base a parent folder's config ignored DL3007 and the Dockerfile's own .dockerignore hid secret.txt.
      'services/.hadolint.yaml': 'ignored: [DL3007]\n',
      'services/api/Dockerfile': 'FROM alpine:latest\nCOPY secret.txt /app/\n',
      'services/api/Dockerfile.dockerignore': 'secret.txt\n',
      'services/api/.dockerignore': '# nothing ignored\n',
    });
    const head = repo.commit({ 'services/.hadolint.yaml': null, 'services/api/Dockerfile.dockerignore': null });
    const git = openRepository(repo.dir)!;
    const lint = async (sha: string) => {
      const dest = tempDir();
      const { written } = await materialiseRevision(gitRevisionReader(git, sha), ['services/api/Dockerfile'], dest);
      return lintFiles([...written.values()], { root: dest, displayPath: relativeTo(dest), shellcheck: null });
    };

    const atBase = await lint(base);
    expect(atBase.errors).toEqual([]);
    expect(atBase.files.map((f) => f.path)).toEqual(['services/api/Dockerfile']);
    expect(rulesOf(atBase, 'services/api/Dockerfile')).not.toContain('DL3007');
    expect(rulesOf(atBase, 'services/api/Dockerfile')).toContain('copy-ignored-file');

    const atHead = await lint(head);
    expect(rulesOf(atHead, 'services/api/Dockerfile')).toContain('DL3007');
    expect(rulesOf(atHead, 'services/api/Dockerfile')).not.toContain('copy-ignored-file');
  });

  it('stops config discovery at dest even when dest sits inside a folder with its own config', async () => {
    const outer = tempDir();
    writeFileSync(join(outer, '.hadolint.yaml'), 'ignored: [DL3007]\n');
    const dest = join(outer, 'nested', 'dest');
    mkdirSync(dest, { recursive: true });
    const reader = memoryReader({ Dockerfile: 'FROM alpine:latest\n' });
    const { written } = await materialiseRevision(reader, ['Dockerfile'], dest);
    const report = await lintFiles([...written.values()], { root: dest, displayPath: relativeTo(dest), shellcheck: null });
    expect(rulesOf(report, 'Dockerfile')).toContain('DL3007');
  });

  it('lists once and reads only what is needed, each path once', async () => {
    const reader = memoryReader({
      '.stagecraft.yml': 'fail-on: none\n',
      'a/Dockerfile': 'FROM a\n',
      'a/Dockerfile.dev': 'FROM a\n',
      'a/.dockerignore': 'x\n',
      'b/Dockerfile': 'FROM b\n',
      'b/Dockerfile.dockerignore': 'y\n',
      'c/.hadolint.yaml': 'ignored: []\n',
      'c/Dockerfile': 'FROM c\n',
      'big/blob.bin': 'not wanted',
    });
    const dest = tempDir();
    const result = await materialiseRevision(reader, ['a/Dockerfile', 'a/Dockerfile.dev', 'b/Dockerfile', 'a/Dockerfile', 'gone/Dockerfile'], dest);
    expect(reader.lists).toBe(1);
    expect([...reader.reads].sort()).toEqual(['.stagecraft.yml', 'a/.dockerignore', 'a/Dockerfile', 'a/Dockerfile.dev', 'b/Dockerfile', 'b/Dockerfile.dockerignore']);
    expect([...result.written.keys()]).toEqual(['a/Dockerfile', 'a/Dockerfile.dev', 'b/Dockerfile']);
    expect(result.missing).toEqual(['gone/Dockerfile']);
    expect(existsSync(join(dest, 'c'))).toBe(false);
  });

  it('writes extra paths present at the revision (an explicit config) and skips absent ones', async () => {
    const reader = memoryReader({ 'Dockerfile': 'FROM a\n', 'ci/stagecraft.yml': 'fail-on: info\n' });
    const dest = tempDir();
    const result = await materialiseRevision(reader, ['Dockerfile'], dest, ['ci/stagecraft.yml', 'ci/absent.yml']);
    expect(result.settings).toEqual(['ci/stagecraft.yml']);
    expect(readFileSync(join(dest, 'ci/stagecraft.yml'), 'utf8')).toBe('fail-on: info\n');
    expect(existsSync(join(dest, 'ci/absent.yml'))).toBe(false);
  });

  it('keeps odd paths exactly', async () => {
    const repo = fixture();
    const paths = ['dir with space/Docker file', 'new\nline/Dockerfile', 'ünï/Dockerfile', '-dash/Dockerfile', 'back\\slash/..\\Dockerfile'];
    const sha = repo.commit({ ...Object.fromEntries(paths.map((p) => [p, `FROM ${p.length}\n`])), 'ünï/Dockerfile.dockerignore': '*\n' });
    const dest = tempDir();
    const { written, missing } = await materialiseRevision(gitRevisionReader(openRepository(repo.dir)!, sha), paths, dest);
    expect(missing).toEqual([]);
    for (const p of paths) expect(readFileSync(written.get(p)!, 'utf8')).toBe(`FROM ${p.length}\n`);
    expect(readFileSync(join(dest, 'ünï/Dockerfile.dockerignore'), 'utf8')).toBe('*\n');
  });

  it('reports every Dockerfile missing for an empty revision', async () => {
    const dest = tempDir();
    const result = await materialiseRevision(memoryReader({}), ['Dockerfile', 'x/Dockerfile'], dest);
    expect(result.written.size).toBe(0);
    expect(result.missing).toEqual(['Dockerfile', 'x/Dockerfile']);
    expect(tree(dest)).toEqual(['.git/']);
  });

  it('rejects paths that would leave dest, before reading anything', async () => {
    const reader = memoryReader({ Dockerfile: 'FROM a\n' });
    const dest = tempDir();
    const windows = process.platform === 'win32' ? ['C:/x/Dockerfile', 'a\\..\\..\\Dockerfile'] : [];
    for (const bad of ['../Dockerfile', 'a/../../Dockerfile', '/etc/Dockerfile', '', '.', 'x/.git/config', '.GIT/hooks/x', ...windows]) {
      await expect(materialiseRevision(reader, [bad], dest), JSON.stringify(bad)).rejects.toThrow(/cannot materialise/);
      await expect(materialiseRevision(reader, ['Dockerfile'], dest, [bad]), JSON.stringify(bad)).rejects.toThrow(/cannot materialise/);
    }
    expect(reader.lists).toBe(0);
    expect(existsSync(join(dest, '..', 'Dockerfile'))).toBe(false);
  });
});
