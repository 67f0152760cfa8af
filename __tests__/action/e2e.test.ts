/**
 * Runs the bundled action (dist/index.js) the way the runner does: `node dist/index.js` in a workspace,
 * inputs as INPUT_<NAME> variables (upper-cased, dashes kept: INPUT_FAIL-ON), a push event, the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and a local stand-in for the REST API that records any
 * request (a push has no pull request to comment on: it must make none). Pull requests: pr-e2e.test.ts.
 *
 * dist/ is rebuilt first (`npm run build`, about 10 s) when it is older than the source; set
 * STAGECRAFT_SKIP_BUILD=1 to test the dist/ as it is (CI runs `npm run build` before the tests).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBundle, inputEnvironment, parseOutputs, runBundle } from '../helpers/action-runner.js';
import { validateSarif } from '../report/sarif-validator.js';

/** The GitHub REST API, as far as this test is concerned: it answers 404 and remembers what was asked. */
const apiRequests: string[] = [];
let api: Server;
let apiUrl = '';

beforeAll(async () => {
  ensureBundle();
  api = createServer((req, res) => {
    apiRequests.push(`${req.method} ${req.url}`);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Not Found' }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await new Promise((resolve) => api?.close(resolve));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const tempDirs: string[] = [];
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

async function runAction(files: Record<string, string>, inputs: Record<string, string> = {}, extraEnv: Record<string, string> = {}): Promise<Run> {
  const base = mkdtempSync(join(tmpdir(), 'stagecraft-e2e-'));
  tempDirs.push(base);
  const workspace = join(base, 'acme-shop');
  const temp = join(base, '_temp');
  mkdirSync(join(workspace, '.git'), { recursive: true });
  mkdirSync(temp);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  const event = {
    ref: 'refs/heads/main',
    before: 'f'.repeat(40),
    after: SHA,
    repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
  };
  writeFileSync(join(temp, 'event.json'), JSON.stringify(event));
  writeFileSync(join(temp, 'output'), '');
  writeFileSync(join(temp, 'summary.md'), '');

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: base,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_ACTION_REPOSITORY: 'stagecraft-dev/stagecraft',
    GITHUB_ACTION_REF: 'v1.2.3',
    GITHUB_TOKEN: 'ghs_not_a_real_token',
  };
  Object.assign(env, extraEnv);
  // The runner upper-cases input names and keeps dashes.
  Object.assign(env, inputEnvironment(inputs));

  const { code, stdout, stderr } = await runBundle({ cwd: workspace, env });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(join(temp, 'output'), 'utf8')),
    summary: readFileSync(join(temp, 'summary.md'), 'utf8'),
    workspace,
  };
}

const WITH_ERROR = 'FROM alpine:3.20\nRUNN apk add curl\n';
const WARNING_ONLY = 'FROM alpine:3.20 as base\n';

describe('the bundled action', () => {
  it('annotates, writes outputs, summary, SARIF and JSON, and fails on an error', async () => {
    const run = await runAction({ Dockerfile: WITH_ERROR, 'services/api/Dockerfile': WARNING_ONLY, 'node_modules/x/Dockerfile': WITH_ERROR });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const commands = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toContain(
      '::error title=parse-error,file=Dockerfile,line=2,endLine=2,col=1::unknown instruction: RUNN%0Ahttps://github.com/stagecraft-dev/stagecraft/blob/v1.2.3/docs/rules/parse-error.md',
    );
    const warning = commands.find((c) => c.startsWith('::warning title=from-as-casing (FromAsCasing),file=services/api/Dockerfile,line=1,endLine=1,col=1::'));
    expect(warning).toMatch(/%0Ahttps:\/\/github\.com\/stagecraft-dev\/stagecraft\/blob\/v1\.2\.3\/docs\/rules\/from-as-casing\.md$/);
    // Most severe first: every ::error annotation comes before the first ::warning.
    const firstWarning = commands.findIndex((c) => c.startsWith('::warning'));
    expect(commands.slice(firstWarning).filter((c) => c.startsWith('::error ')).length).toBe(0);
    // node_modules is never searched.
    expect(run.stdout).not.toContain('node_modules');
    expect(commands.at(-1)).toBe("::error::Stagecraft: 1 finding at or above their file's fail-on (1 error) in 1 Dockerfile; see the annotations and the job summary.");

    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    const findings = report.files.flatMap((f: { findings: { severity: string }[] }) => f.findings);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['Dockerfile', 'services/api/Dockerfile']);
    expect(run.outputs.findings).toBe(String(findings.length));
    expect(run.outputs.errors).toBe('1');
    expect(run.outputs.sarif).toMatch(/_temp\/stagecraft\/stagecraft\.sarif$/);

    const sarif = JSON.parse(readFileSync(run.outputs.sarif!, 'utf8'));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('services/api/Dockerfile');

    expect(run.summary).toContain('### Stagecraft · 2 Dockerfiles linted');
    expect(run.summary).toContain(`[2](https://github.com/acme/shop/blob/${SHA}/Dockerfile#L2) | [\`parse-error\`](https://github.com/stagecraft-dev/stagecraft/blob/v1.2.3/docs/rules/parse-error.md)`);
    expect(apiRequests).toEqual([]);
  });

  it('passes with fail-on: none, only lints the files the patterns name, and says when ShellCheck is missing', async () => {
    // A runner without ShellCheck on PATH (node is started by its full path).
    const run = await runAction({ Dockerfile: WITH_ERROR, 'docker/app.Dockerfile': `${WARNING_ONLY}RUN echo hello\n` }, { dockerfiles: 'docker/**', 'fail-on': 'none' }, { PATH: '/nonexistent' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::Stagecraft: ShellCheck not found: SC checks skipped');
    expect(run.summary).toContain('ShellCheck not found');
    expect(run.stdout).toContain('file=docker/app.Dockerfile');
    expect(run.stdout).not.toContain('file=Dockerfile,');
    expect(run.outputs.errors).toBe('0');
    expect(apiRequests).toEqual([]);
  });

  it('draws the stage graph of each multi-stage Dockerfile in the job summary, stage names as inert text', async () => {
    const multi = 'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /app\nFROM alpine:3.20 AS dead\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';
    const hostile = 'FROM alpine:3.20 AS `x`@octocat<b>\nFROM alpine:3.20\nCOPY --from=`x`@octocat<b> /a /b\n';
    const run = await runAction({ 'Dockerfile': multi, 'single/Dockerfile': 'FROM alpine:3.20\nRUN true\n', 'odd/Dockerfile': hostile }, { 'fail-on': 'none' });
    expect(run.code).toBe(0);
    const graphs = run.summary.split('```mermaid\n').slice(1).map((block) => block.slice(0, block.indexOf('```')));
    expect(graphs).toHaveLength(2);
    const main = graphs.find((g) => g.includes('"build"'))!;
    expect(main).toMatch(/^flowchart LR\n/);
    expect(main).toContain('golang:1.22');
    expect(main).toContain('dead (unused)');
    const odd = graphs.find((g) => !g.includes('"build"'))!;
    expect(odd).toContain("#96;x#96;#64;octocat");
    expect(odd).not.toMatch(/[`@]|<b>/);
    expect(apiRequests).toEqual([]);
  });

  it('succeeds with a notice when there is no Dockerfile', async () => {
    const run = await runAction({ 'README.md': '# shop\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::Stagecraft: no Dockerfiles named Dockerfile, *.Dockerfile, Containerfile or similar in the repository; nothing to lint.');
    expect(run.outputs).toMatchObject({ findings: '0', errors: '0' });
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).files).toEqual([]);
    expect(run.summary).toContain('no Dockerfiles found');
  });

  it('fails with one line naming the input, without a stack trace', async () => {
    const run = await runAction({ Dockerfile: WARNING_ONLY }, { 'fail-on': 'sometimes' });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual(['::error::Input "fail-on": must be one of error, warning, info, style, none (got "sometimes")']);
    expect(run.stderr).toBe('');
    expect(run.outputs).toEqual({});
  });
});
