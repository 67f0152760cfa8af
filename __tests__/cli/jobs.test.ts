import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBundle, ROOT } from '../helpers/action-runner.js';
import { workspace } from '../helpers/cli.js';
import { runLintJob, type LintJob } from '../../src/files/lint-job.js';
import { startLintPool } from '../../src/files/lint-workers.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';

const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const COUNTER = join(import.meta.dirname, 'fixtures', 'count-workers.cjs');
const example = (path: string) => readFileSync(join(ROOT, 'examples', path), 'utf8');

/** 150 Dockerfiles, each a little different, so each has findings of its own. */
function manyFiles(): Record<string, string> {
  const bases = ['go-service/Dockerfile', 'go-service/Dockerfile.single', 'python-api/Dockerfile', 'python-api/Dockerfile.single', 'web/Dockerfile', 'web/Dockerfile.single'].map(example);
  const files: Record<string, string> = { 'svc-7/.stagecraft.yml': 'fail-on: none\n', 'svc-9/.dockerignore': '.git\n' };
  for (let i = 0; i < 150; i++) {
    const extra = [`RUN cd /srv/${i}; echo $HOME${i}`, `USER ${i % 3 === 0 ? 'root' : 'app'}`, i % 5 === 0 ? 'RUN apt-get install curl' : `LABEL n=${i}`].join('\n');
    files[`svc-${i}/Dockerfile`] = `${bases[i % bases.length]!.trimEnd()}\n${extra}\n`;
  }
  return files;
}

function lint(cwd: string, args: string[], env: Record<string, string> = {}) {
  const countFile = join(mkdtempSync(join(tmpdir(), 'stagecraft-count-')), 'workers');
  const run = spawnSync(process.execPath, ['-r', COUNTER, CLI, 'lint', '.', '--fail-on', 'warning', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, COUNT_WORKERS_TO: countFile, ...env },
    maxBuffer: 1 << 28,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, workers: Number(readFileSync(countFile, 'utf8')) };
}

// The bundles as shipped: dist/cli/index.js must find dist/lint-worker/index.js beside it.
describe('stagecraft lint --jobs (the bundled CLI)', () => {
  beforeAll(() => ensureBundle(), BUILD_TIMEOUT_MS);
  const root = workspace(manyFiles());

  it('the same output, exit status and messages in-process and in worker threads', () => {
    for (const format of ['json', 'text']) {
      const inProcess = lint(root, ['--format', format, '--jobs', '1']);
      expect(inProcess.workers).toBe(0);
      expect(inProcess.code).toBe(1);
      expect(inProcess.stdout.length).toBeGreaterThan(10_000);
      const inWorkers = lint(root, ['--format', format, '--jobs', '3']);
      expect(inWorkers.workers).toBe(3);
      expect(inWorkers).toEqual({ ...inProcess, workers: 3 });
      const fromEnvironment = lint(root, ['--format', format], { STAGECRAFT_JOBS: '2' });
      expect(fromEnvironment).toEqual({ ...inProcess, workers: 2 });
    }
  }, 300_000);

  it('--jobs must be a whole number', () => {
    const run = lint(root, ['--jobs', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs must be a whole number of 1 or more (got "0")');
    expect(lint(root, [], { STAGECRAFT_JOBS: 'all' }).stderr).toContain('STAGECRAFT_JOBS must be a whole number of 1 or more (got "all")');
  });

  it('the worker bundle beside dist/index.js (the action) starts and lints', async () => {
    expect(readFileSync(join(ROOT, 'dist', 'index.js'), 'utf8')).toContain("'lint-worker/index.js'");
    const pool = startLintPool(join(ROOT, 'dist', 'lint-worker', 'index.js'), 1);
    try {
      const job: LintJob = {
        display: 'Dockerfile',
        text: 'FROM alpine:latest\nMAINTAINER me\n',
        readProblems: [],
        skipped: false,
        notLinted: null,
        config: DEFAULT_CONFIG,
        root,
        build: { dockerfile: 'Dockerfile', context: '', targets: [null], args: {}, definition: null, definitions: [], overridden: false },
        shellcheck: [],
      };
      const [findings] = await pool.lint([job], () => {
        throw new Error('the worker was meant to lint it');
      });
      expect(findings).toEqual(runLintJob(job));
      expect(findings!.map((f) => f.rule)).toContain('maintainer-deprecated');
    } finally {
      await pool.close();
    }
  });
});
