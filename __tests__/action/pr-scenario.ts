/**
 * Pull requests for the end-to-end tests of the bundled action: a real git origin and checkout
 * (helpers/pr-repository.ts), the GitHub API stand-in (helpers/github-api.ts) told what GitHub knows
 * about the pull request, and runs of dist/index.js as the runner starts it (helpers/action-runner.ts),
 * all in the test repository `acme/shop`. Each test file calls `useBundleAndCleanUp()` once.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { BUILD_TIMEOUT_MS, ensureBundle, pullRequestPayload, runActionStep, type ActionStepRun } from '../helpers/action-runner.js';
import { GitHubApiStandIn, type RecordedRequest, type StandInComment } from '../helpers/github-api.js';
import { prRepository, type PrRepository, type PrRepositoryOptions } from '../helpers/pr-repository.js';
import { renderHtml, textOf } from '../report/render-html.js';
import type { JsonBuild } from '../../src/report/json.js';

export const OWNER = 'acme';
export const REPO = 'shop';
export const TOKEN = 'ghs_e2eTestToken0123456789abcdefABCDEF';
export const MARKER = '<!-- stagecraft:report key=default -->';
/** Each run spawns node, lints twice and may wait out the API client's retries and write spacing. */
export const RUN_TIMEOUT_MS = 120_000;

const tempDirs: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
let runIds = 4_000_000_000;
let prNumbers = 40;

/** For each test file: the bundle built before the first test, every repository, stand-in and folder removed after the last. */
export function useBundleAndCleanUp(): void {
  beforeAll(() => ensureBundle(), BUILD_TIMEOUT_MS);
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
}

/** Removed after the file's last test: a repository, a stand-in. */
export function cleanUpLater(cleanup: () => Promise<void> | void): void {
  cleanups.push(cleanup);
}

/** A pull request number no other scenario of the file uses. */
export function nextPullNumber(): number {
  return prNumbers++;
}

// ---------------------------------------------------------------------------------------------------
// Running the bundle as the runner does.
// ---------------------------------------------------------------------------------------------------

export type ActionRun = ActionStepRun<JsonReport>;

export interface JsonFinding {
  rule: string;
  severity: string;
  line: number;
  message: string;
  stage: string | number | null;
  status?: 'new' | 'existing';
}

export interface JsonReport {
  review?: { event: string; base: { sha: string }; head: { sha: string }; pullRequest: { number: number; url: string | null; headSha?: string } | null };
  summary: { files: number; findings: number; errors: number; new: number; existing: number; fixed: number; failing: number };
  files: { path: string; findings: JsonFinding[]; change?: { status: string; basePath: string | null; because: string[] }; fixed?: JsonFinding[]; build?: JsonBuild }[];
}

export interface RunOptions {
  event: 'pull_request' | 'pull_request_target' | 'merge_group' | 'push' | 'workflow_run';
  payload: Record<string, unknown>;
  /** GITHUB_SHA and GITHUB_REF. */
  sha: string;
  ref: string;
  workspace: string;
  api: GitHubApiStandIn;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** One step running the bundle in the test repository `acme/shop`, with the test token. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const run = await runActionStep<JsonReport>({ ...options, repository: { owner: OWNER, repo: REPO }, token: TOKEN, runId: runIds++, timeoutMs: RUN_TIMEOUT_MS - 10_000 });
  tempDirs.push(run.tempRoot);
  return run;
}

/** Everything a failed expectation should show: the run's log. */
export function describeRun(run: ActionRun): string {
  return `exit ${String(run.code)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}\n--- outputs\n${JSON.stringify(run.outputs, null, 2)}`;
}

// ---------------------------------------------------------------------------------------------------
// A pull request: the git repositories, the API stand-in, and runs of the action on it.
// ---------------------------------------------------------------------------------------------------

export interface ScenarioRunOptions {
  inputs?: Record<string, string>;
  action?: 'opened' | 'synchronize';
  workspace?: string;
  env?: Record<string, string>;
  /**
   * `pull_request` (the default): GITHUB_SHA is the merge commit, checked out as actions/checkout does.
   * `pull_request_target`: GITHUB_SHA is the base branch's tip, and the workspace a checkout of it (what
   * actions/checkout does there without `ref:`), at the scenario's depth.
   */
  event?: 'pull_request' | 'pull_request_target';
}

export interface PullRequestScenario {
  pr: PrRepository;
  api: GitHubApiStandIn;
  number: number;
  /** The contributor's login when the pull request comes from a fork (`<login>/shop`); null otherwise. */
  fork: string | null;
  /** One run of the lint workflow on the pull request as it now is. */
  run(options?: ScenarioRunOptions): Promise<ActionRun>;
}

export interface ScenarioOptions extends Omit<PrRepositoryOptions, 'number' | 'fork'> {
  /** Whether the stand-in's contents API serves the base, head and merge commits (default true). */
  serveBaseContents?: boolean;
  /** The login of the contributor whose fork the head branch is in; the payload says so, and origin has the head only as refs/pull/<n>/head. */
  fork?: string;
}

export async function openPullRequest(options: ScenarioOptions): Promise<PullRequestScenario> {
  const number = nextPullNumber();
  const pr = prRepository({ ...options, number, fork: options.fork !== undefined });
  const api = await GitHubApiStandIn.start({ owner: OWNER, repo: REPO });
  cleanups.push(() => api.close(), () => pr.cleanup());
  let runs = 0;
  return {
    pr,
    api,
    number,
    fork: options.fork ?? null,
    async run(runOptions = {}) {
      // What GitHub knows about the pull request as it now is.
      api.pullFiles.set(number, pr.files);
      api.pulls.set(number, { headSha: pr.headSha, baseSha: pr.baseSha });
      api.mergeBases.set(`${pr.baseSha}...${pr.headSha}`, pr.mergeBase);
      if (options.serveBaseContents !== false) {
        for (const sha of [pr.baseSha, pr.headSha, pr.mergeSha, pr.mergeBase]) api.files.set(sha, pr.filesAt(sha));
      }
      const payload = pullRequestPayload({
        owner: OWNER,
        repo: REPO,
        number,
        headSha: pr.headSha,
        baseSha: pr.baseSha,
        action: runOptions.action ?? (runs === 0 ? 'opened' : 'synchronize'),
        changedFiles: pr.files.length,
        ...(options.fork !== undefined ? { fork: options.fork } : {}),
      });
      runs++;
      const target = runOptions.event === 'pull_request_target';
      return runAction({
        event: runOptions.event ?? 'pull_request',
        payload,
        sha: target ? pr.baseSha : pr.mergeSha,
        ref: target ? 'refs/heads/main' : `refs/pull/${number}/merge`,
        workspace: runOptions.workspace ?? (target ? pr.checkout('refs/heads/main') : pr.workspace),
        api,
        inputs: runOptions.inputs,
        env: runOptions.env,
      });
    },
  };
}

export function issueCommentsPath(number: number): RegExp {
  return new RegExp(`^/repos/${OWNER}/${REPO}/issues/${number}/comments$`);
}

export const COMMENT_BY_ID = new RegExp(`^/repos/${OWNER}/${REPO}/issues/comments/(\\d+)$`);

/** The comment writes (POST, PATCH, DELETE) the run made, in order. */
export function commentWrites(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => r.method !== 'GET' && /\/issues\/(?:\d+\/comments|comments\/\d+)$/.test(r.path));
}

export function bodyOf(request: RecordedRequest): string {
  return (request.body as { body: string }).body;
}

export function stagecraftComments(api: GitHubApiStandIn, number: number, marker = MARKER): StandInComment[] {
  return api.comments(number).filter((c) => c.body.includes(marker));
}

export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

export function notices(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'notice').map((c) => c.message);
}

export function errors(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'error' && Object.keys(c.properties).length === 0).map((c) => c.message);
}

export function lineLink(sha: string, path: string, line: number): string {
  return `https://github.com/${OWNER}/${REPO}/blob/${sha}/${path}#L${line}`;
}

// ---------------------------------------------------------------------------------------------------
// Dockerfiles with known findings (ShellCheck plays no part: none of these RUN lines gives it anything).
// ---------------------------------------------------------------------------------------------------

/** base-image-untagged (warning, line 1), sudo-in-run (error, line 2), consecutive-run-instructions (info, line 3). */
export const BASE_DOCKERFILE = 'FROM alpine\nRUN sudo echo one\nRUN echo two\n';
/**
 * The pull request's version: fixes base-image-untagged; keeps sudo-in-run (line 2) and the info (line 3);
 * brings copy-from-undefined-stage (warning, line 4) and another sudo-in-run (error, line 5).
 */
export const HEAD_DOCKERFILE = 'FROM alpine:3.20\nRUN sudo echo one\nRUN echo two\nCOPY --from=nope /a /b\nRUN sudo echo three\n';
export const CLEAN_DOCKERFILE = 'FROM alpine:3.20\nRUN echo hello\n';
/** One error: sudo-in-run on line 2. */
export const ERROR_DOCKERFILE = 'FROM alpine:3.20\nRUN sudo echo hi\n';
/** The same error, and a warning the change adds: copy-from-undefined-stage on line 3. */
export const ERROR_PLUS_WARNING_DOCKERFILE = 'FROM alpine:3.20\nRUN sudo echo hi\nCOPY --from=nope /a /b\n';

/**
 * A comment whose text came from hostile paths, stage names or messages is inert: our marker first and
 * once (the only HTML comment), no raw `<img` or event handler, no `@octocat` mention in text or in a
 * Mermaid label.
 */
export function expectInertComment(body: string): void {
  // The marker: first line, exactly once, and the only HTML comment.
  expect(body.startsWith(`${MARKER}\n`), body).toBe(true);
  expect(occurrences(body, MARKER), body).toBe(1);
  expect(occurrences(body, '<!--'), body).toBe(1);

  // No raw <img: not in the Markdown, except as literal text of a code span (GitHub shows it as text).
  const html = renderHtml(body);
  expect(html, body).not.toMatch(/<img\b/i);
  expect(html).not.toMatch(/<[^>]*\bonerror\s*=/i);
  // In the Markdown itself, `<img` appears only inside code spans or escaped (`\<img`).
  const withoutCode = body.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
  expect(withoutCode, body).not.toMatch(/(?<!\\)<img/i);
  // Mermaid renders its labels: they must hold no markup and no mention either.
  for (const block of body.split('```mermaid\n').slice(1).map((b) => b.slice(0, b.indexOf('```')))) {
    expect(block).not.toMatch(/<img|@octocat/i);
  }

  // No @octocat mention: GitHub links mentions in text, not in code, pre or links.
  const text = textOf(html.replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/gi, ''));
  expect(text, body).not.toMatch(/(^|[^\w`])@octocat\b/i);
}
