/**
 * Runs the bundled action (dist/index.js) the way the GitHub Actions runner does: `node dist/index.js`
 * as a child process, with its inputs as INPUT_<NAME> variables (upper-cased, dashes kept:
 * INPUT_FAIL-ON) and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the event payload).
 *
 * ```ts
 * beforeAll(() => ensureBundle(), BUILD_TIMEOUT_MS);
 * const env = { ...runnerBaseEnvironment(home), ...inputEnvironment({ ...actionDefaults('ghs_x'), 'fail-on': 'none' }), ... };
 * const run = await runBundle({ cwd: workspace, env });
 * parseOutputs(readFileSync(outputFile, 'utf8'));
 * ```
 *
 * dist/ is rebuilt (`npm run build`, about 10 s) when it is older than the source; set
 * STAGECRAFT_SKIP_BUILD=1 to test the dist/ as it is (CI runs `npm run build` before the tests).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUNDLE = join(ROOT, 'dist', 'index.js');
/** Long enough for `npm run build` on a busy machine. */
export const BUILD_TIMEOUT_MS = 180_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Whether dist/index.js is missing or older than anything it is built from. */
export function distIsStale(): boolean {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    return [join(ROOT, 'src'), join(ROOT, 'package-lock.json'), join(ROOT, 'tsconfig.json')].some((p) => newestMtime(p) > built);
  } catch {
    return true;
  }
}

/** Rebuilds dist/ when it is stale (unless STAGECRAFT_SKIP_BUILD is set). Throws with the build's output when it fails. */
export function ensureBundle(): void {
  if (process.env.STAGECRAFT_SKIP_BUILD || !distIsStale()) return;
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: BUILD_TIMEOUT_MS - 10_000 });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`npm run build failed: ${e.message}\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
}

/** Parses the GITHUB_OUTPUT file: `name<<delimiter`, the value's lines, `delimiter` (and the old `name=value`). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!head) {
      const simple = /^([^<=]+)=(.*)$/.exec(lines[i]!);
      if (simple) outputs[simple[1]!] = simple[2]!;
      continue;
    }
    const end = lines.indexOf(head[2]!, i + 1);
    outputs[head[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

interface ActionYml {
  inputs?: Record<string, { default?: unknown }>;
}

/**
 * Every input action.yml declares, with its default as the runner would pass it: a missing default is
 * '', and the `${{ github.token }}` expression becomes `token`.
 */
export function actionDefaults(token: string): Record<string, string> {
  const yml = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    const value = spec?.default === undefined || spec.default === null ? '' : String(spec.default);
    inputs[name] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return inputs;
}

/** Inputs as the runner passes them: INPUT_<NAME>, upper-cased, dashes kept (spaces become `_`). */
export function inputEnvironment(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

/**
 * The variables every job step sees that no test changes: PATH (git and node must be found), a HOME of
 * the test's own (no user git config), CI markers and the server URL.
 */
export function runnerBaseEnvironment(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
}

export interface BundleRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node dist/index.js` in `cwd` with exactly `env` (nothing inherited) and waits for it. */
export function runBundle(options: { cwd: string; env: Record<string, string>; timeoutMs?: number }): Promise<BundleRun> {
  // STAGECRAFT_E2E_NODE runs the bundle on another Node, e.g. the runner's node24 (npm package node@24).
  const child = spawn(process.env.STAGECRAFT_E2E_NODE || process.execPath, [BUNDLE], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  return new Promise((resolve, reject) => {
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** One step of a job running the bundle: what the runner gives it, and what the test varies. */
export interface ActionStepOptions {
  /** GITHUB_EVENT_NAME; its payload is written to GITHUB_EVENT_PATH. */
  event: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA and GITHUB_REF. */
  sha: string;
  ref: string;
  /** GITHUB_WORKSPACE and the step's working folder. */
  workspace: string;
  api: { apiUrl: string; graphqlUrl: string };
  repository: { owner: string; repo: string };
  /** The job's token: `github-token`'s default. */
  token: string;
  runId: number;
  /** Inputs over action.yml's defaults. */
  inputs?: Record<string, string>;
  /** Variables over the runner's. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActionStepRun<Report = unknown> extends BundleRun {
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** The JSON report the run wrote (the `report` output), or null when there is none. */
  report: Report | null;
  /** The step's own folder (RUNNER_TEMP and HOME are inside it): the caller deletes it. */
  tempRoot: string;
}

/**
 * Runs the bundle as one step of a job: a temporary folder for RUNNER_TEMP and HOME, the event payload,
 * the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, every input of action.yml with its default, and the
 * variables the runner sets. The caller deletes `tempRoot`.
 */
export async function runActionStep<Report = unknown>(options: ActionStepOptions): Promise<ActionStepRun<Report>> {
  const tempRoot = mkdtempSync(join(tmpdir(), 'stagecraft-step-'));
  const temp = join(tempRoot, '_temp');
  const home = join(tempRoot, 'home');
  mkdirSync(join(temp, '_github_workflow'), { recursive: true });
  mkdirSync(join(temp, '_runner_file_commands'));
  mkdirSync(home);
  const eventPath = join(temp, '_github_workflow', 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
  const outputPath = join(temp, '_runner_file_commands', 'set_output');
  const summaryPath = join(temp, '_runner_file_commands', 'step_summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const { owner, repo } = options.repository;
  const pullRequestEvent = options.event === 'pull_request' || options.event === 'pull_request_target';
  const env: Record<string, string> = {
    ...runnerBaseEnvironment(home),
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: temp,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.api.apiUrl,
    GITHUB_GRAPHQL_URL: options.api.graphqlUrl,
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_RUN_ID: String(options.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'Dockerfiles',
    GITHUB_JOB: 'stagecraft',
    GITHUB_ACTION: 'stagecraft',
    GITHUB_ACTION_REPOSITORY: 'stagecraft-dev/stagecraft',
    GITHUB_ACTION_REF: 'v1.2.3',
    ...(pullRequestEvent ? { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' } : {}),
    ...inputEnvironment({ ...actionDefaults(options.token), ...options.inputs }),
    ...options.env,
  };
  const run = await runBundle({ cwd: options.workspace, env, timeoutMs: options.timeoutMs });
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
  let report: Report | null = null;
  try {
    report = outputs.report ? (JSON.parse(readFileSync(outputs.report, 'utf8')) as Report) : null;
  } catch {
    report = null;
  }
  return { ...run, outputs, summary: readFileSync(summaryPath, 'utf8'), commands: parseWorkflowCommands(run.stdout), report, tempRoot };
}

/** The workflow commands (`::error …`, `::notice::…`) a run wrote to stdout, one per line. */
export function workflowCommands(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::'));
}

/** One parsed workflow command: `::name key=value,key=value::message`, with the runner's escapes undone. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const parsed: WorkflowCommand[] = [];
  for (const line of workflowCommands(stdout)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    parsed.push({ command: match[1]!, properties, message: unescapeData(match[3]!) });
  }
  return parsed;
}

// --- Event payloads --------------------------------------------------------------------------------

type Json = Record<string, unknown>;

interface WebhookDefinition {
  name: string;
  examples: Json[];
}

let definitions: WebhookDefinition[] | null = null;

/** The example payloads GitHub documents (@octokit/webhooks-examples), per event. */
function webhookDefinitions(): WebhookDefinition[] {
  if (!definitions) {
    const require = createRequire(import.meta.url);
    const path = require.resolve('@octokit/webhooks-examples/api.github.com/index.json');
    definitions = JSON.parse(readFileSync(path, 'utf8')) as WebhookDefinition[];
  }
  return definitions;
}

/**
 * A deep copy of a documented example payload of `event` (the first whose `action` is `action`, or
 * whose `ref` matches, when given).
 */
export function examplePayload(event: string, select: { action?: string; ref?: RegExp } = {}): Json {
  const definition = webhookDefinitions().find((d) => d.name === event);
  if (!definition) throw new Error(`@octokit/webhooks-examples has no ${event} examples`);
  const example = definition.examples.find(
    (e) => (select.action === undefined || e.action === select.action) && (select.ref === undefined || (typeof e.ref === 'string' && select.ref.test(e.ref))),
  );
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${event} example matching ${JSON.stringify({ action: select.action, ref: select.ref?.source })}`);
  return JSON.parse(JSON.stringify(example)) as Json;
}

/**
 * Moves an example payload to another repository: every URL and name of the example's repository
 * (`Codertocat/Hello-World`, `octo-org/octo-repo`) now names `owner/repo`, and `repository` says so.
 */
export function retargetPayload(payload: Json, target: { owner: string; repo: string }): Json {
  const repository = payload.repository as { full_name: string; name: string; owner: { login: string } } | undefined;
  if (!repository) return payload;
  const from = repository.full_name;
  const [fromOwner] = from.split('/');
  let text = JSON.stringify(payload);
  // `https://github.com/o/r`, `git@github.com:o/r.git`, `"o/r"`.
  for (const lead of ['/', ':', '"']) text = text.split(`${lead}${from}`).join(`${lead}${target.owner}/${target.repo}`);
  const moved = JSON.parse(text) as Json;
  const rename = (repo: unknown) => {
    const r = repo as { full_name?: string; name?: string; owner?: { login?: string } } | null | undefined;
    if (!r || r.full_name !== `${target.owner}/${target.repo}`) return;
    r.name = target.repo;
    if (r.owner && r.owner.login === fromOwner) r.owner.login = target.owner;
  };
  rename(moved.repository);
  const pr = moved.pull_request as { head?: { repo?: unknown; label?: string }; base?: { repo?: unknown; label?: string } } | undefined;
  rename(pr?.head?.repo);
  rename(pr?.base?.repo);
  return moved;
}

/** Replaces every occurrence of each old SHA (in URLs and fields alike) with its new one. */
function replaceShas(payload: Json, shas: ReadonlyArray<readonly [string | undefined, string]>): Json {
  let text = JSON.stringify(payload);
  for (const [from, to] of shas) if (from && /^[0-9a-f]{40}$/.test(from)) text = text.split(from).join(to);
  return JSON.parse(text) as Json;
}

/**
 * A `pull_request` payload (GitHub's documented example for `action`, moved to `owner/repo`) for pull
 * request `number` whose head is `headSha` and base `baseSha`.
 */
export function pullRequestPayload(options: {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  action?: 'opened' | 'synchronize' | 'reopened';
  headRef?: string;
  baseRef?: string;
  changedFiles?: number;
  before?: string;
  /** The login of a contributor whose fork (`<login>/<repo>`) the head branch is in. */
  fork?: string;
}): Json {
  const action = options.action ?? 'synchronize';
  const payload = retargetPayload(examplePayload('pull_request', { action }), options);
  const oldNumber = payload.number as number;
  let text = JSON.stringify(payload);
  // Links to the pull request (…/pull/2, …/pulls/2/commits, …/issues/2/comments) follow the number.
  text = text.replace(new RegExp(`/(pull|pulls|issues)/${oldNumber}(?=["/.])`, 'g'), `/$1/${options.number}`);
  const example = JSON.parse(text) as Json & { pull_request: { head: Json; base: Json } };
  const moved = replaceShas(example, [
    [example.pull_request.head.sha as string, options.headSha],
    [example.pull_request.base.sha as string, options.baseSha],
  ]);
  moved.number = options.number;
  const pr = moved.pull_request as Json & { head: Json; base: Json };
  pr.number = options.number;
  pr.head.sha = options.headSha;
  pr.head.ref = options.headRef ?? 'feature';
  pr.head.label = `${options.owner}:${pr.head.ref as string}`;
  pr.base.sha = options.baseSha;
  pr.base.ref = options.baseRef ?? 'main';
  pr.base.label = `${options.owner}:${pr.base.ref as string}`;
  pr.merge_commit_sha = null;
  if (options.fork !== undefined) {
    const repo = JSON.parse(JSON.stringify(pr.base.repo)) as Json & { owner: Json };
    repo.full_name = `${options.fork}/${options.repo}`;
    repo.fork = true;
    repo.id = (repo.id as number) + 1;
    repo.html_url = `https://github.com/${options.fork}/${options.repo}`;
    repo.owner = { ...repo.owner, login: options.fork, html_url: `https://github.com/${options.fork}` };
    pr.head.repo = repo;
    pr.head.label = `${options.fork}:${pr.head.ref as string}`;
    pr.head.user = repo.owner;
    pr.user = repo.owner;
  }
  if (options.changedFiles !== undefined) pr.changed_files = options.changedFiles;
  if ('after' in moved) moved.after = options.headSha;
  if ('before' in moved) moved.before = options.before ?? options.baseSha;
  return moved;
}

/** A `merge_group` `checks_requested` payload for a queue entry `headSha` on top of `baseSha`. */
export function mergeGroupPayload(options: { owner: string; repo: string; headSha: string; baseSha: string; headRef: string; baseRef?: string }): Json {
  const example = retargetPayload(examplePayload('merge_group', { action: 'checks_requested' }), options) as Json & { merge_group: Json & { head_commit: Json } };
  const payload = replaceShas(example, [
    [example.merge_group.head_sha as string, options.headSha],
    [example.merge_group.head_commit.id as string, options.headSha],
    [example.merge_group.base_sha as string, options.baseSha],
  ]);
  const group = payload.merge_group as Json & { head_commit: Json };
  group.head_sha = options.headSha;
  group.base_sha = options.baseSha;
  group.head_ref = options.headRef;
  group.base_ref = `refs/heads/${options.baseRef ?? 'main'}`;
  group.head_commit.id = options.headSha;
  return payload;
}

/**
 * A `workflow_run` `completed` payload: the run `runId` of the lint workflow, started by `event` for the
 * commit `headSha`. `pullRequests` is what GitHub lists in `workflow_run.pull_requests`: empty for a
 * pull request from a fork. `fork` names the contributor whose fork the head branch is in.
 */
export function workflowRunPayload(options: {
  owner: string;
  repo: string;
  runId: number;
  headSha: string;
  event?: string;
  conclusion?: 'success' | 'failure';
  pullRequests?: number[];
  fork?: string;
}): Json {
  const example = webhookDefinitions()
    .find((d) => d.name === 'workflow_run')
    ?.examples.find((e) => e.action === 'completed' && (e.workflow_run as Json | undefined)?.conclusion === 'success');
  if (!example) throw new Error('@octokit/webhooks-examples has no completed, successful workflow_run example');
  const payload = retargetPayload(JSON.parse(JSON.stringify(example)) as Json, options);
  const moved = replaceShas(payload, [[(payload.workflow_run as Json).head_sha as string, options.headSha]]);
  const workflowRun = moved.workflow_run as Json & { head_repository: Json & { owner: Json }; head_commit: Json | null };
  workflowRun.id = options.runId;
  workflowRun.head_sha = options.headSha;
  workflowRun.event = options.event ?? 'pull_request';
  workflowRun.conclusion = options.conclusion ?? 'success';
  workflowRun.status = 'completed';
  workflowRun.head_branch = 'feature';
  workflowRun.html_url = `https://github.com/${options.owner}/${options.repo}/actions/runs/${options.runId}`;
  workflowRun.pull_requests = (options.pullRequests ?? []).map((number) => ({
    number,
    url: `https://api.github.com/repos/${options.owner}/${options.repo}/pulls/${number}`,
    head: { ref: 'feature', sha: options.headSha },
    base: { ref: 'main', sha: '0'.repeat(40) },
  }));
  if (workflowRun.head_commit) workflowRun.head_commit.id = options.headSha;
  if (options.fork !== undefined) {
    workflowRun.head_repository.full_name = `${options.fork}/${options.repo}`;
    workflowRun.head_repository.owner = { ...workflowRun.head_repository.owner, login: options.fork };
    workflowRun.head_repository.fork = true;
  }
  return moved;
}

/** A `push` payload for a branch moving from `before` to `after`. */
export function pushPayload(options: { owner: string; repo: string; ref: string; before: string; after: string }): Json {
  const example = retargetPayload(examplePayload('push', { ref: /^refs\/heads\// }), options);
  const payload = replaceShas(example, [
    [example.after as string, options.after],
    [example.before as string, options.before],
  ]);
  payload.ref = options.ref;
  payload.before = options.before;
  payload.after = options.after;
  const head = payload.head_commit as Json | null;
  if (head) head.id = options.after;
  return payload;
}
