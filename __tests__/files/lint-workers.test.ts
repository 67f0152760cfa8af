import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverRepositoryBuilds, diskRepoFiles } from '../../src/files/builds.js';
import { lintFiles, relativeTo, type LintFilesOptions } from '../../src/files/lint-files.js';
import { runLintJob, type LintJob } from '../../src/files/lint-job.js';
import { MIN_FILES_FOR_WORKERS, parseJobs, startLintPool, workerCount, type LintWorkerSettings } from '../../src/files/lint-workers.js';
import { DEFAULT_CONFIG } from '../../src/lint/config.js';
import { createShellcheckRunner } from '../../src/files/shellcheck-runner.js';
import type { LintReport } from '../../src/report/types.js';
import { bundleWorker } from '../helpers/lint-worker-bundle.js';
import { workspace } from '../helpers/cli.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const example = (path: string) => readFileSync(join(EXAMPLES, path), 'utf8');

/** Files that exercise what the main thread resolves and the worker must honour. */
const FILES: Record<string, string | Uint8Array> = {
  'go/Dockerfile': example('go-service/Dockerfile'),
  'go/Dockerfile.single': example('go-service/Dockerfile.single'),
  'python/Dockerfile': example('python-api/Dockerfile'),
  'python/Dockerfile.single': example('python-api/Dockerfile.single'),
  'web/Dockerfile': example('web/Dockerfile'),
  'web/Dockerfile.single': example('web/Dockerfile.single'),
  // The build context's .dockerignore and package.json, read by the worker.
  'web/.dockerignore': 'node_modules\n',
  'web/package.json': JSON.stringify({ name: 'web', devDependencies: { vite: '^5' }, scripts: { build: 'vite build' } }),
  // Inline suppressions, and a script ShellCheck has something to say about.
  'suppressed/Dockerfile': 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y curl\nRUN cd /tmp; echo $1\nUSER root\n',
  // A configuration that ignores a rule and changes a severity.
  'configured/.stagecraft.yml': 'ignore:\n  - base-image-untagged\nseverity:\n  final-stage-runs-as-root: error\nfail-on: warning\n',
  'configured/Dockerfile': 'FROM alpine\nUSER root\nRUN echo hi\n',
  // A broken configuration: that file reports it, the others carry on.
  'broken/.stagecraft.yml': 'ignore: [\n',
  'broken/Dockerfile': 'FROM alpine:3.20\n',
  'binary/Dockerfile': new Uint8Array([0x46, 0x52, 0x00, 0x01, 0x02]),
  'invalid-utf8/Dockerfile': new Uint8Array([...Buffer.from('FROM alpine:3.20\nRUN echo '), 0xff, 0xfe, 0x0a]),
  // A compose build that names the target: the worker lints the stages that target reaches.
  'compose.yaml': 'services:\n  api:\n    build:\n      context: targets\n      target: runtime\n',
  'targets/Dockerfile': 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM build AS runtime\nCMD ["/app"]\nFROM alpine AS debug\nRUN apk add curl\n',
};

describe('lint workers: how many', () => {
  it.each([
    // files, --jobs, cores → workers
    [10, null, 2, 0],
    [MIN_FILES_FOR_WORKERS - 1, null, 8, 0],
    [MIN_FILES_FOR_WORKERS, null, 1, 0],
    [MIN_FILES_FOR_WORKERS, null, 2, 0],
    [MIN_FILES_FOR_WORKERS, null, 4, 2],
    [1000, null, 4, 3],
    [1000, null, 16, 15],
    [3, 2, 1, 2],
    [1, 4, 8, 1],
    [500, 1, 8, 0],
  ])('%i files, --jobs %s, %i cores: %i workers', (files, jobs, cores, expected) => {
    expect(workerCount(files, jobs, cores)).toBe(expected);
  });

  it.each([
    ['1', 1],
    ['8', 8],
    [' 3 ', 3],
    ['0', '--jobs must be a whole number of 1 or more (got "0")'],
    ['-2', '--jobs must be a whole number of 1 or more (got "-2")'],
    ['1.5', '--jobs must be a whole number of 1 or more (got "1.5")'],
    ['many', '--jobs must be a whole number of 1 or more (got "many")'],
  ])('--jobs %j', (value, expected) => {
    expect(parseJobs(value, '--jobs')).toEqual(expected);
  });
});

describe('lint workers: the same reports as in-process', () => {
  let worker = '';
  let crashing = '';
  let unloadable = '';
  beforeAll(async () => {
    [worker, crashing, unloadable] = await Promise.all([
      bundleWorker(),
      bundleWorker('__tests__/files/fixtures/crashing-lint-worker.ts'),
      bundleWorker('__tests__/files/fixtures/unloadable-lint-worker.ts'),
    ]);
  }, 60_000);

  const root = workspace({ ...FILES, 'crash/Dockerfile.crash': 'FROM alpine:3.20\n' });
  const paths = [...Object.keys(FILES).filter((p) => /Dockerfile/.test(p)), 'missing/Dockerfile'].map((p) => join(root, p));

  async function lint(workers: LintWorkerSettings, files = paths): Promise<LintReport> {
    const builds = await discoverRepositoryBuilds(diskRepoFiles(root));
    const options: LintFilesOptions = { root, builds, displayPath: relativeTo(root), shellcheck: createShellcheckRunner(), workers };
    return lintFiles(files, options);
  }

  it('every file, in order, with the same findings, notices and errors, in 2 and 3 workers', async () => {
    const inProcess = await lint({ file: null, jobs: null });
    // The fixtures do exercise what the workers must reproduce.
    const findingsOf = (path: string) => inProcess.files.find((f) => f.path === path)!.findings;
    expect(findingsOf('broken/Dockerfile').map((f) => f.rule)).toEqual(['config-error']);
    expect(findingsOf('configured/Dockerfile').find((f) => f.rule === 'final-stage-runs-as-root')?.severity).toBe('error');
    expect(findingsOf('configured/Dockerfile').some((f) => f.rule === 'base-image-untagged')).toBe(false);
    expect(inProcess.files.find((f) => f.path === 'targets/Dockerfile')!.build!.targets).toEqual(['runtime']);
    expect(inProcess.errors.map((e) => e.path)).toEqual(['missing/Dockerfile']);
    if (!inProcess.notices?.some((n) => n.includes('ShellCheck'))) expect(findingsOf('suppressed/Dockerfile').some((f) => f.rule === 'shellcheck')).toBe(true);

    for (const jobs of [2, 3]) expect(await lint({ file: worker, jobs })).toEqual(inProcess);
  }, 60_000);

  it('a file that stops its worker costs that file alone: one finding naming it, the others linted as in-process', async () => {
    const files = [...paths.slice(0, 4), join(root, 'crash/Dockerfile.crash'), ...paths.slice(4)];
    const inProcess = await lint({ file: null, jobs: null }, files);
    const withCrash = await lint({ file: crashing, jobs: 2 }, files);
    const crashed = withCrash.files.find((f) => f.path === 'crash/Dockerfile.crash')!;
    expect(crashed.findings).toEqual([
      expect.objectContaining({
        rule: 'internal-error',
        severity: 'error',
        line: 1,
        message: 'the worker thread linting crash/Dockerfile.crash stopped (exit code 70); this file was not linted, the others were; please report it',
      }),
    ]);
    expect(withCrash.files.map((f) => f.path)).toEqual(inProcess.files.map((f) => f.path));
    expect({ ...withCrash, files: withCrash.files.filter((f) => f !== crashed) }).toEqual({
      ...inProcess,
      files: inProcess.files.filter((f) => f.path !== 'crash/Dockerfile.crash'),
    });
  }, 60_000);

  it('a worker bundle that cannot load: the files are linted in-process', async () => {
    expect(await lint({ file: unloadable, jobs: 2 })).toEqual(await lint({ file: null, jobs: null }));
  }, 60_000);

  it('the worker bundle lints what runLintJob lints; a job that throws is reported on its file, the others are not affected', async () => {
    const job = (display: string, text: string): LintJob => ({
      display,
      text,
      readProblems: [],
      skipped: false,
      notLinted: null,
      config: DEFAULT_CONFIG,
      root,
      build: { dockerfile: display, context: '', targets: [null], args: {}, definition: null, definitions: [], overridden: false },
      shellcheck: [],
    });
    // A configuration no loader makes: the engine throws on it.
    const broken = { ...job('broken', 'FROM alpine\n'), config: { ...DEFAULT_CONFIG, severity: null as never } };
    const jobs = [job('a', 'FROM ubuntu\nRUN apt-get install curl\n'), broken, job('b', 'FROM alpine:latest\nMAINTAINER me\n'), { ...job('left-out', 'FROM a\nFROM b\n'), notLinted: 'not linted: over budget' }];
    const pool = startLintPool(worker, 2);
    try {
      const results = await pool.lint(jobs, () => {
        throw new Error('the workers were meant to lint these');
      });
      expect(results).toEqual(jobs.map((j) => runLintJob(j)));
      expect(results[1]).toEqual([expect.objectContaining({ rule: 'internal-error', message: expect.stringMatching(/^Stagecraft could not lint broken \(.+\); please report it$/) })]);
      expect(results[0]!.length).toBeGreaterThan(0);
      expect(results[3]!.map((f) => f.message)).toContain('not linted: over budget');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
