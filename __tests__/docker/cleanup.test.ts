/**
 * What a cancelled run leaves is removed by the action's post step: the bundled dist/post/index.js, run
 * as the runner runs it (the main step's saved state in STATE_stagecraft-leftovers), removes a temporary
 * image tag, a base worktree and a scratch folder; with no state it does nothing. The streaming tar
 * reader the measurements rest on is checked here on archives made by GNU tar (PAX long names).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { tarReader } from '../../src/docker/tar-stream.js';
import { BUILD_TIMEOUT_MS, BUNDLE, ensureBundle } from '../helpers/action-runner.js';
import { fixtureGitEnv, gitFixture } from '../helpers/git-fixture.js';
import { docker, dockerUnavailable, warnSkipped } from './docker-env.js';

const missing = dockerUnavailable();
if (missing) warnSkipped('the post-step cleanup test', missing);

const POST = join(BUNDLE, '..', 'post', 'index.js');

function runPost(state: string | null) {
  return spawnSync('node', [POST], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...(state !== null ? { 'STATE_stagecraft-leftovers': state } : {}) } });
}

describe.skipIf(missing !== null)('the post step', () => {
  beforeAll(() => ensureBundle(), BUILD_TIMEOUT_MS);

  it('removes the image tag, worktree and scratch folder a cancelled run left', () => {
    const repo = gitFixture();
    const sha = repo.commit({ Dockerfile: 'FROM alpine:latest\n' }, 'base');
    const scratch = mkdtempSync(join(tmpdir(), 'stagecraft-build-'));
    writeFileSync(join(scratch, 'metadata.json'), '{}');
    const tree = join(scratch, 'tree');
    execFileSync('git', ['-C', repo.dir, 'worktree', 'add', '--detach', '--quiet', tree, sha], { env: fixtureGitEnv() });
    const tag = `stagecraft-build:post${Date.now()}`;
    docker(['tag', 'alpine:latest', tag]);
    try {
      const state = JSON.stringify([
        { kind: 'path', path: scratch },
        { kind: 'image', ref: tag },
        { kind: 'worktree', path: tree, repository: repo.dir },
      ]);
      const run = runPost(state);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain('removing 3 things a build left behind');
      expect(() => docker(['image', 'inspect', tag])).toThrow();
      expect(docker(['image', 'inspect', '--format', '{{.Id}}', 'alpine:latest']).trim()).toMatch(/^sha256:/);
      expect(existsSync(scratch)).toBe(false);
      expect(execFileSync('git', ['-C', repo.dir, 'worktree', 'list'], { encoding: 'utf8', env: fixtureGitEnv() }).trim().split('\n')).toHaveLength(1);
    } finally {
      spawnSync('docker', ['image', 'rm', tag]);
      rmSync(scratch, { recursive: true, force: true });
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  it('does nothing after a run that cleaned up (empty list) or never built (no state)', () => {
    for (const state of ['[]', null]) {
      const run = runPost(state);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
    }
  });
});

describe('the streaming tar reader', () => {
  it('reads GNU tar and PAX archives: long names, sizes, content in chunks; skips what it is not asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagecraft-tar-'));
    try {
      const long = `${'deep/'.repeat(40)}file-with-a-name-longer-than-one-hundred-bytes.json`;
      mkdirSync(join(dir, 'src', ...long.split('/').slice(0, -1)), { recursive: true });
      writeFileSync(join(dir, 'src', long), '{"ok":true}');
      writeFileSync(join(dir, 'src', 'big.bin'), Buffer.alloc(3_000_001, 7));
      writeFileSync(join(dir, 'src', 'empty'), '');
      for (const format of ['pax', 'gnu']) {
        const archive = join(dir, `${format}.tar`);
        execFileSync('tar', [`--format=${format}`, '-C', join(dir, 'src'), '-cf', archive, '.']);
        const seen = new Map<string, { size: number; received: number; chunks: number; text: string }>();
        await pipeline(
          createReadStream(archive, { highWaterMark: 4096 }),
          tarReader((name, size) => {
            const entry = { size, received: 0, chunks: 0, text: '' };
            seen.set(name, entry);
            if (name === 'empty') return null;
            return {
              data: (chunk) => {
                entry.received += chunk.length;
                entry.chunks++;
                if (size < 100) entry.text += chunk.toString('utf8');
              },
              end: () => {},
            };
          }),
        );
        expect(seen.get(long), format).toMatchObject({ size: 11, received: 11, text: '{"ok":true}' });
        expect(seen.get('big.bin'), format).toMatchObject({ size: 3_000_001, received: 3_000_001 });
        expect(seen.get('big.bin')!.chunks, format).toBeGreaterThan(100);
        expect(seen.get('empty'), format).toMatchObject({ size: 0, received: 0 });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
