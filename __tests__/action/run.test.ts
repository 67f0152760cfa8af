import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/action/annotations.js';
import { nodeFileSystem, type ActionIO, type FileSystem } from '../../src/action/runner.js';
import { repositoryRoot, run } from '../../src/main.js';

/** Everything the run said, in order, for assertions. */
interface Recording {
  annotations: Annotation[];
  outputs: Record<string, string>;
  summaries: string[];
  failed: string[];
  notices: string[];
  warnings: string[];
  info: string[];
  debug: string[];
}

function recorder(inputs: Record<string, string>, overrides: Partial<ActionIO> = {}): { io: ActionIO; seen: Recording } {
  const seen: Recording = { annotations: [], outputs: {}, summaries: [], failed: [], notices: [], warnings: [], info: [], debug: [] };
  const io: ActionIO = {
    getInput: (name) => (inputs[name] ?? '').trim(),
    info: (text) => seen.info.push(text),
    group: (title, text) => seen.info.push(`${title}\n${text}`),
    debug: (text) => seen.debug.push(text),
    notice: (text) => seen.notices.push(text),
    warning: (text) => seen.warnings.push(text),
    annotate: (a) => seen.annotations.push(a),
    setOutput: (name, value) => {
      seen.outputs[name] = value;
    },
    appendSummary: async (markdown) => {
      seen.summaries.push(markdown);
    },
    setFailed: (message) => seen.failed.push(message),
    ...overrides,
  };
  return { io, seen };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A checkout: files by relative path; `.git` is a folder so it is the repository root. */
function workspace(files: Record<string, string>): { workspace: string; temp: string } {
  const base = mkdtempSync(join(tmpdir(), 'stagecraft-run-'));
  dirs.push(base);
  const root = join(base, 'work');
  mkdirSync(join(root, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(base, 'temp'));
  return { workspace: root, temp: join(base, 'temp') };
}

async function runIn(ws: { workspace: string; temp: string }, inputs: Record<string, string> = {}, options: { io?: Partial<ActionIO>; fs?: FileSystem; env?: Record<string, string> } = {}) {
  const { io, seen } = recorder(inputs, options.io);
  const env = {
    GITHUB_WORKSPACE: ws.workspace,
    RUNNER_TEMP: ws.temp,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_ACTION_REPOSITORY: 'stagecraft-dev/stagecraft',
    GITHUB_ACTION_REF: 'v1',
    ...options.env,
  };
  await run({
    io,
    fs: options.fs ?? nodeFileSystem,
    env,
    cwd: ws.workspace,
    openGit: () => null,
    connectGitHub: () => {
      throw new Error('no GitHub API in a run without a pull request');
    },
  });
  return seen;
}

// Fixtures hold one known problem each. Other rules may come to flag more in them, so assertions
// look at these rules' findings, and at counts as the JSON report states them.
const WARNING_ONLY = 'FROM alpine:3.20 as base\n';
const WITH_ERROR = 'FROM alpine:3.20\nRUNN apk add curl\n';
const KNOWN = new Set(['parse-error', 'from-as-casing', 'config-error', 'unreadable-file']);
const known = (annotations: Annotation[]) => annotations.filter((a) => KNOWN.has(a.title.split(' ')[0]!));

interface JsonReport {
  files: { path: string; findings: { rule: string; severity: string }[] }[];
}

describe('run', () => {
  it('lints, annotates, writes SARIF and JSON, sets outputs, summarises and fails on an error', async () => {
    const ws = workspace({ Dockerfile: WITH_ERROR, 'services/api/Dockerfile': WARNING_ONLY, 'services/web/Containerfile': 'FROM nginx\n' });
    const seen = await runIn(ws);

    expect(known(seen.annotations).map((a) => `${a.kind} ${a.file}:${a.startLine} ${a.title}`)).toEqual([
      'error Dockerfile:2 parse-error',
      'warning services/api/Dockerfile:1 from-as-casing (FromAsCasing)',
    ]);
    const kinds = seen.annotations.map((a) => a.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)));

    const json: JsonReport = JSON.parse(readFileSync(join(ws.temp, 'stagecraft', 'stagecraft-report.json'), 'utf8'));
    expect(json.files.map((f) => f.path)).toEqual(['Dockerfile', 'services/api/Dockerfile', 'services/web/Containerfile']);
    const all = json.files.flatMap((f) => f.findings);
    const errors = String(all.filter((f) => f.severity === 'error').length);
    // A push has no change to compare: every finding counts as new, none as fixed, every file linted is listed.
    expect(seen.outputs).toEqual({
      findings: String(all.length),
      errors,
      'new-findings': String(all.length),
      'new-errors': errors,
      'fixed-findings': '0',
      'changed-dockerfiles': JSON.stringify(['Dockerfile', 'services/api/Dockerfile', 'services/web/Containerfile']),
      'comment-id': '',
      'comment-url': '',
      sarif: join(ws.temp, 'stagecraft', 'stagecraft.sarif'),
      report: join(ws.temp, 'stagecraft', 'stagecraft-report.json'),
      // Nothing was built: the size outputs are set, empty.
      'base-size': '',
      'head-size': '',
      'size-delta-bytes': '',
    });
    expect(all.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['parse-error']);
    const sarif = JSON.parse(readFileSync(seen.outputs.sarif!, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(all.length);
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toBe('https://github.com/stagecraft-dev/stagecraft/blob/v1/docs/rules/parse-error.md');

    expect(seen.summaries).toHaveLength(1);
    expect(seen.summaries[0]).toContain('### Stagecraft · 3 Dockerfiles linted');
    expect(seen.summaries[0]).toContain(`[2](https://github.com/acme/shop/blob/${'a'.repeat(40)}/Dockerfile#L2)`);
    expect(seen.failed).toEqual(["Stagecraft: 1 finding at or above their file's fail-on (1 error) in 1 Dockerfile; see the annotations and the job summary."]);
    expect(seen.info.join('\n')).toContain('unknown instruction: RUNN');
  });

  it('keeps one of the 10 error annotations GitHub shows for the failure reason, and counts the rest in the summary', async () => {
    const ws = workspace({ Dockerfile: `FROM alpine:3.20\n${'RUNN true\n'.repeat(12)}` });
    const seen = await runIn(ws);
    const errors = Number(seen.outputs.errors);
    expect(errors).toBeGreaterThanOrEqual(12);
    expect(seen.annotations.filter((a) => a.kind === 'error')).toHaveLength(9);
    expect(seen.failed).toHaveLength(1);
    expect(seen.summaries[0]).toContain(`Listed here but not annotated in the diff: ${errors - 9} errors`);
  });

  it('passes when nothing reaches fail-on, and fail-on overrides the configuration', async () => {
    const ws = workspace({ Dockerfile: WITH_ERROR, '.stagecraft.yml': 'fail-on: warning\n' });
    expect((await runIn(ws, { 'fail-on': 'none' })).failed).toEqual([]);
    const strict = workspace({ 'Dockerfile': WARNING_ONLY, '.stagecraft.yml': 'fail-on: warning\n' });
    expect((await runIn(strict)).failed).toHaveLength(1);
    expect((await runIn(strict, { 'fail-on': 'error' })).failed).toEqual([]);
  });

  it('with no Dockerfiles: a notice, empty reports, zero outputs, success', async () => {
    const ws = workspace({ 'README.md': '# hi\n' });
    const seen = await runIn(ws);
    expect(seen.notices).toEqual(['Stagecraft: no Dockerfiles named Dockerfile, *.Dockerfile, Containerfile or similar in the repository; nothing to lint.']);
    expect(seen.outputs.findings).toBe('0');
    expect(seen.outputs.errors).toBe('0');
    expect(JSON.parse(readFileSync(seen.outputs.report!, 'utf8')).files).toEqual([]);
    expect(JSON.parse(readFileSync(seen.outputs.sarif!, 'utf8')).runs[0].results).toEqual([]);
    expect(seen.summaries[0]).toContain('no Dockerfiles found');
    expect(seen.failed).toEqual([]);
  });

  it('warns about a pattern that matched nothing, and lints what the others matched', async () => {
    const ws = workspace({ 'docker/Dockerfile': WARNING_ONLY });
    const seen = await runIn(ws, { dockerfiles: 'docker/Dockerfile\ndokcer/*' });
    expect(seen.warnings).toEqual(['dockerfiles: "dokcer/*" matched no file in the repository.']);
    expect(known(seen.annotations).map((a) => a.file)).toEqual(['docker/Dockerfile']);
  });

  it('reports a broken configuration on its files and still lints the others', async () => {
    const ws = workspace({ 'good/Dockerfile': WARNING_ONLY, 'bad/Dockerfile': WARNING_ONLY, 'bad/.stagecraft.yml': 'fail-on: [oops\n' });
    const seen = await runIn(ws);
    expect(known(seen.annotations).map((a) => `${a.kind} ${a.file} ${a.title}`)).toEqual(['error bad/Dockerfile config-error', 'warning good/Dockerfile from-as-casing (FromAsCasing)']);
    expect(seen.annotations[0]!.message).toMatch(/\.stagecraft\.yml:\d+: not valid YAML/);
    expect(seen.failed).toHaveLength(1);
  });

  it('reports an unreadable Dockerfile as an error on that file', async () => {
    const ws = workspace({ 'ok/Dockerfile': 'FROM alpine\n' });
    mkdirSync(join(ws.workspace, 'gone'));
    symlinkSync(join(ws.workspace, 'nowhere'), join(ws.workspace, 'gone', 'Dockerfile'));
    const seen = await runIn(ws);
    expect(known(seen.annotations)).toEqual([expect.objectContaining({ kind: 'error', file: 'gone/Dockerfile', title: 'unreadable-file', message: expect.stringContaining('no such file') })]);
    expect(seen.outputs.errors).toBe('1');
    expect(seen.failed).toHaveLength(1);
  });

  it('makes paths relative to the repository root when working-directory is a checkout below the workspace', async () => {
    const ws = workspace({});
    const repo = join(ws.workspace, 'checkout');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'app'));
    writeFileSync(join(repo, 'app', 'Dockerfile'), WARNING_ONLY);
    rmSync(join(ws.workspace, '.git'), { recursive: true });
    const seen = await runIn(ws, { 'working-directory': 'checkout/app' });
    expect(known(seen.annotations).map((a) => a.file)).toEqual(['app/Dockerfile']);
  });

  it('honours annotations: false and job-summary: false, and writes reports where asked', async () => {
    const ws = workspace({ Dockerfile: WARNING_ONLY });
    const seen = await runIn(ws, { annotations: 'false', 'job-summary': 'false', 'sarif-file': 'out/lint.sarif', 'report-file': 'out/lint.json' });
    expect(seen.annotations).toEqual([]);
    expect(seen.summaries).toEqual([]);
    expect(seen.outputs.sarif).toBe(join(ws.workspace, 'out', 'lint.sarif'));
    expect(JSON.parse(readFileSync(join(ws.workspace, 'out', 'lint.json'), 'utf8')).files).toHaveLength(1);
  });

  it('fails with the input named on a workflow mistake, before touching anything', async () => {
    const ws = workspace({ Dockerfile: WITH_ERROR });
    const seen = await runIn(ws, { 'fail-on': 'sometimes' });
    expect(seen.failed).toEqual(['Input "fail-on": must be one of error, warning, info, style, none (got "sometimes")']);
    expect(seen.outputs).toEqual({});
    expect(seen.annotations).toEqual([]);
  });

  it('still sets outputs and the verdict when the job summary cannot be written', async () => {
    const ws = workspace({ Dockerfile: WARNING_ONLY });
    const seen = await runIn(ws, {}, { io: { appendSummary: async () => Promise.reject(new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY')) } });
    expect(seen.warnings).toEqual(['Stagecraft: the job summary could not be written (Unable to find environment variable for $GITHUB_STEP_SUMMARY).']);
    expect(seen.outputs.findings).not.toBe('0');
    expect(seen.failed).toEqual([]);
  });

  it('turns an unexpected error into one line, the stack going to the debug log', async () => {
    const ws = workspace({ Dockerfile: WARNING_ONLY });
    const broken: FileSystem = { ...nodeFileSystem, listFiles: () => { throw new Error('EMFILE: too many open files'); } };
    const seen = await runIn(ws, {}, { fs: broken });
    expect(seen.failed).toEqual(['Stagecraft stopped on an unexpected error: EMFILE: too many open files. Please report it, with the Dockerfile if you can.']);
    expect(seen.debug[0]).toContain('at ');
  });
});

describe('run on pull_request_target', () => {
  it('without git or a token the head cannot be read: the step fails saying so, and nothing of the checkout is linted instead', async () => {
    const ws = workspace({ Dockerfile: WITH_ERROR });
    const eventPath = join(ws.temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 3, base: { sha: 'b'.repeat(40), ref: 'main' }, head: { sha: 'c'.repeat(40), ref: 'feature' } } }));
    const seen = await runIn(ws, {}, { env: { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: eventPath } });
    expect(seen.failed).toEqual(["Stagecraft: the pull request's head commit cccccccccccc is neither in the repository nor readable through the API (no github-token), so there is nothing to review."]);
    expect(seen.annotations).toEqual([]);
    expect(seen.info.join('\n')).toContain('pull_request_target: the head is read as data, never checked out or run');
  });
});

describe('repositoryRoot', () => {
  const fs = (gits: string[]) => ({ pathKind: (p: string) => (gits.includes(p) ? ('directory' as const) : ('missing' as const)) });
  it.each([
    ['the workspace itself', '/w/app', ['/w/.git'], '/w'],
    ['a checkout below the workspace', '/w/sub/app', ['/w/sub/.git', '/w/.git'], '/w/sub'],
    ['no .git: the workspace', '/w/app', [], '/w'],
    ['never above the workspace', '/w/app', ['/.git'], '/w'],
  ])('%s', (_name, dir, gits, root) => {
    expect(repositoryRoot(dir, '/w', fs(gits))).toBe(root);
  });
});
