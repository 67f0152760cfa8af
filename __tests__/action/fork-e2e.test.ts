/**
 * Pull requests from forks, end to end with the bundle (see pr-e2e.test.ts for how runs are made): the
 * `pull_request` lint run, whose token cannot comment, and the `workflow_run` run that publishes its
 * report with `mode: publish-report` — including reports forged by the pull request's author, who
 * controls the run that uploads them.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { workflowRunPayload } from '../helpers/action-runner.js';
import { renderHtml } from '../report/render-html.js';
import {
  commentWrites,
  describeRun,
  ERROR_DOCKERFILE,
  errors,
  expectInertComment,
  lineLink,
  notices,
  openPullRequest,
  OWNER,
  REPO,
  RUN_TIMEOUT_MS,
  runAction,
  stagecraftComments,
  useBundleAndCleanUp,
  type ActionRun,
  type JsonReport,
  type PullRequestScenario,
} from './pr-scenario.js';

useBundleAndCleanUp();

const CONTRIBUTOR = 'mallory';
const FORBIDDEN = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' } };
/** The base has an error; the fork's change adds a warning (copy-from-undefined-stage, line 3) and keeps the error: nothing new reaches fail-on: error. */
const FORK_DOCKERFILE = `${ERROR_DOCKERFILE}COPY --from=nope /a /b\n`;
/** The lint workflow's run id: the publishing run downloads the artifact of that run. */
let lintRunIds = 9_100;

/** The lint workflow on `pull_request`: GitHub gives a fork's run a read-only token, so posting a comment is refused. */
async function lintForkRun(s: PullRequestScenario): Promise<{ run: ActionRun; report: string }> {
  s.api.failNext({ method: 'POST', path: /\/issues\/\d+\/comments$/ }, FORBIDDEN);
  const run = await s.run();
  expect(run.outputs.report, describeRun(run)).toMatch(/stagecraft-report\.json$/);
  return { run, report: readFileSync(run.outputs.report!, 'utf8') };
}

/** A pull request from the contributor's fork, opened and linted once. */
async function lintedForkPullRequest(): Promise<{ s: PullRequestScenario; run: ActionRun; report: string }> {
  const s = await openPullRequest({ base: { Dockerfile: ERROR_DOCKERFILE }, head: { Dockerfile: FORK_DOCKERFILE }, fork: CONTRIBUTOR });
  return { s, ...(await lintForkRun(s)) };
}

interface PublishOptions {
  /** `workflow_run.head_sha`: by default the pull request's head now. */
  headSha?: string;
  /** `workflow_run.event`: `pull_request` by default. */
  event?: string;
  /** GITHUB_EVENT_NAME: `workflow_run` by default. */
  trigger?: 'workflow_run' | 'push';
  inputs?: Record<string, string>;
}

/**
 * The publishing workflow on `workflow_run`: no checkout, the lint run's artifact downloaded to
 * `artifact/`, then the action with `mode: publish-report`.
 */
async function publishRun(s: PullRequestScenario, artifact: string | Buffer, options: PublishOptions = {}): Promise<ActionRun> {
  const workspace = mkdtempSync(join(tmpdir(), 'stagecraft-publish-'));
  mkdirSync(join(workspace, 'artifact'));
  writeFileSync(join(workspace, 'artifact', 'stagecraft-report.json'), artifact);
  const payload = workflowRunPayload({
    owner: OWNER,
    repo: REPO,
    runId: lintRunIds++,
    headSha: options.headSha ?? s.pr.headSha,
    event: options.event ?? 'pull_request',
    conclusion: 'success',
    // GitHub lists no pull requests for a run whose head branch is in a fork.
    pullRequests: [],
    fork: CONTRIBUTOR,
  });
  return runAction({
    event: options.trigger ?? 'workflow_run',
    payload,
    // A workflow_run workflow runs on the default branch.
    sha: s.pr.baseSha,
    ref: 'refs/heads/main',
    workspace,
    api: s.api,
    inputs: { mode: 'publish-report', 'report-path': 'artifact/stagecraft-report.json', ...options.inputs },
  });
}

/** The report as the lint run wrote it, changed by `edit` (a forgery). */
function forged(report: string, edit: (document: JsonReport & Record<string, unknown>) => void): string {
  const document = JSON.parse(report) as JsonReport & Record<string, unknown>;
  edit(document);
  return JSON.stringify(document);
}

/** What a publishing run that posted nothing shows: no comment written, only the expected reads. */
function expectNothingPosted(s: PullRequestScenario, before: number, run: ActionRun): void {
  expect(commentWrites(s.api.requests.slice(before)), describeRun(run)).toEqual([]);
  expect(run.outputs, describeRun(run)).toMatchObject({ 'comment-id': '', 'comment-url': '' });
}

describe('a pull request from a fork, linted on pull_request', () => {
  it('403 on the comment: one notice naming the permission, the report in the summary and the artifact, the step passes on its findings', async () => {
    const { s, run } = await lintedForkPullRequest();
    const log = describeRun(run);

    expect(run.code, log).toBe(0);
    expect(errors(run), log).toEqual([]);
    expect(notices(run).filter((n) => n.includes('pull-requests: write')), log).toHaveLength(1);
    expect(s.api.comments(s.number)).toEqual([]);
    expect(run.summary, log).toContain('copy-from-undefined-stage');
    expect(run.outputs, log).toMatchObject({ 'new-findings': '1', 'new-errors': '0', 'comment-id': '' });
    // The report carries what a publisher needs: the pull request, its head, and the merge commit linted.
    expect(run.report?.review?.pullRequest, log).toEqual({ number: s.number, url: `https://github.com/${OWNER}/${REPO}/pull/${s.number}`, headSha: s.pr.headSha });
    expect(run.report?.review?.head.sha).toBe(s.pr.mergeSha);
  }, RUN_TIMEOUT_MS);
});

describe('publish-report: the fork pull request gets its comment from a workflow_run', () => {
  let s: PullRequestScenario;
  let firstReport: string;

  beforeAll(async () => {
    ({ s, report: firstReport } = await lintedForkPullRequest());
  }, RUN_TIMEOUT_MS);

  it('creates the comment once, then updates it for the next push; a report left behind by a push is not published', async () => {
    const before = s.api.requests.length;
    const first = await publishRun(s, firstReport);
    const log = describeRun(first);
    expect(first.code, log).toBe(0);
    const comments = stagecraftComments(s.api, s.number);
    expect(comments, log).toHaveLength(1);
    const comment = comments[0]!;
    expect(comment.user.login).toBe('github-actions[bot]');
    // What the lint run found, linked at the merge commit it linted.
    expect(comment.body).toContain('copy-from-undefined-stage');
    expect(comment.body).toContain(lineLink(s.pr.mergeSha, 'Dockerfile', 3));
    expect(comment.body).toContain('already on');
    // The reads and the one write a publish makes: the pull request's head, the comments, the comment.
    expect(s.api.requests.slice(before).map((r) => `${r.method} ${r.path.replace(/\/\d+/g, '/N')}`), log).toEqual([
      `GET /repos/${OWNER}/${REPO}/pulls/N`,
      `GET /repos/${OWNER}/${REPO}/issues/N/comments`,
      `POST /repos/${OWNER}/${REPO}/issues/N/comments`,
      `GET /repos/${OWNER}/${REPO}/issues/N/comments`,
    ]);
    // Only the comment outputs are set.
    expect(first.outputs, log).toEqual({
      'comment-id': String(comment.id),
      'comment-url': comment.html_url,
      findings: '',
      errors: '',
      'new-findings': '',
      'new-errors': '',
      'fixed-findings': '',
      sarif: '',
      report: '',
      'changed-dockerfiles': '',
      'base-size': '',
      'head-size': '',
      'size-delta-bytes': '',
    });
    expect(first.summary, log).toContain('copy-from-undefined-stage');

    // The contributor pushes a fix; the lint run and its publication follow.
    s.pr.push({ Dockerfile: ERROR_DOCKERFILE });
    const { report: secondReport } = await lintForkRun(s);
    const beforeSecond = s.api.requests.length;
    const second = await publishRun(s, secondReport);
    expect(second.code, describeRun(second)).toBe(0);
    expect(commentWrites(s.api.requests.slice(beforeSecond)).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/${comment.id}`]);
    const updated = stagecraftComments(s.api, s.number);
    expect(updated).toHaveLength(1);
    expect(updated[0]!.body).not.toContain('copy-from-undefined-stage');
    expect(updated[0]!.body).toMatch(/No new findings/);
    expect(second.outputs['comment-id']).toBe(String(comment.id));

    // The first run's publication, late (a slow queue): the pull request has moved on, so nothing is posted.
    const beforeStale = s.api.requests.length;
    const stale = await publishRun(s, firstReport, { headSha: JSON.parse(firstReport).review.pullRequest.headSha });
    expect(stale.code, describeRun(stale)).toBe(0);
    expect(notices(stale).join('\n'), describeRun(stale)).toMatch(/head is now [0-9a-f]{12}, not [0-9a-f]{12} which the report is about: nothing was published/);
    expectNothingPosted(s, beforeStale, stale);
    expect(stagecraftComments(s.api, s.number)[0]!.body).toBe(updated[0]!.body);
  }, 4 * RUN_TIMEOUT_MS);
});

describe('publish-report: forged reports publish nothing harmful', () => {
  let s: PullRequestScenario;
  let report: string;

  beforeAll(async () => {
    ({ s, report } = await lintedForkPullRequest());
  }, RUN_TIMEOUT_MS);

  it.each([
    [
      'about another head commit than the run that uploaded it',
      (doc: JsonReport & Record<string, unknown>) => (doc.review!.pullRequest!.headSha = 'f'.repeat(40)),
      /it is about commit ffffffffffff, but the workflow run that uploaded it was for [0-9a-f]{12}/,
    ],
    [
      'with a property the schema does not have',
      (doc: JsonReport & Record<string, unknown>) => (doc['<script>'] = 'alert(1)'),
      /does not match docs\/schema\/report\.schema\.json: at the top level, must NOT have additional properties/,
    ],
    [
      'with HTML for a rule id',
      (doc: JsonReport & Record<string, unknown>) => (doc.files[0]!.findings[0]!.rule = '<img src=x onerror=alert(1)>'),
      /at \/files\/0\/findings\/0\/rule, must match pattern/,
    ],
    [
      'with a count that is not one',
      (doc: JsonReport & Record<string, unknown>) => ((doc.summary as unknown as Record<string, unknown>).failing = -1),
      /at \/summary\/failing, must be >= 0/,
    ],
  ])('a report %s: the step fails naming the problem, nothing is posted', async (_what, edit, says) => {
    const before = s.api.requests.length;
    const run = await publishRun(s, forged(report, edit));
    const log = describeRun(run);
    expect(run.code, log).toBe(1);
    expect(errors(run), log).toHaveLength(1);
    expect(errors(run)[0]).toMatch(/^Stagecraft: the report .*artifact\/stagecraft-report\.json cannot be published: /);
    expect(errors(run)[0]).toMatch(says);
    expect(errors(run)[0]).toMatch(/Nothing was posted\.$/);
    expectNothingPosted(s, before, run);
    // Refused before GitHub was asked anything about the pull request.
    expect(s.api.requests.slice(before), log).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it('an oversized report is refused before it is parsed; text that is not JSON too', async () => {
    const before = s.api.requests.length;
    // Valid JSON all the same: 9 MB of spaces before the report.
    const huge = await publishRun(s, Buffer.concat([Buffer.alloc(9 * 1024 * 1024, ' '), Buffer.from(report)]));
    expect(huge.code, describeRun(huge)).toBe(1);
    expect(errors(huge)[0]).toMatch(/cannot be published: it is 94\d{5} bytes, more than the 8388608 a Stagecraft report may have/);
    const html = await publishRun(s, '<html><body>@octocat</body></html>');
    expect(html.code, describeRun(html)).toBe(1);
    expect(errors(html)[0]).toContain('cannot be published: it is not JSON');
    expect(s.api.requests.slice(before)).toEqual([]);
  }, 2 * RUN_TIMEOUT_MS);

  it('a report naming another pull request (whose head is another commit) is not posted there', async () => {
    const other = 4242;
    s.api.pulls.set(other, { headSha: 'e'.repeat(40), baseSha: s.pr.baseSha });
    const before = s.api.requests.length;
    const run = await publishRun(s, forged(report, (doc) => (doc.review!.pullRequest!.number = other)));
    expect(run.code, describeRun(run)).toBe(0);
    expect(notices(run).join('\n')).toContain(`pull request #${other}'s head is now eeeeeeeeeeee`);
    expectNothingPosted(s, before, run);
    expect(s.api.comments(other)).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it('HTML and @-mentions in stage names and messages: published, and inert', async () => {
    const hostile = '<img src=x onerror=alert(1)> @octocat <!-- stagecraft:report key=default --> ```';
    const text = forged(report, (doc) => {
      // A path whose line links would lead to another repository once the browser resolves the dots.
      doc.files[0]!.path = '../../../mallory/phish/blob/main/Dockerfile';
      for (const finding of doc.files[0]!.findings) {
        finding.stage = hostile;
        finding.message = `${hostile} [click](javascript:alert(1)) | cell`;
      }
    });
    const run = await publishRun(s, text);
    const log = describeRun(run);
    expect(run.code, log).toBe(0);
    const comments = stagecraftComments(s.api, s.number);
    expect(comments, log).toHaveLength(1);
    expectInertComment(comments[0]!.body);
    expect(renderHtml(comments[0]!.body)).not.toContain('href="javascript:');
    expect(comments[0]!.body).toContain('`../../../mallory/phish/blob/main/Dockerfile`');
    expect(comments[0]!.body).not.toMatch(/\]\([^)]*\/\.\.\//);
    expect(renderHtml(run.summary)).not.toMatch(/<img\b/i);
  }, RUN_TIMEOUT_MS);

  it('a run started by a push has no pull request: a notice, nothing read or posted', async () => {
    const before = s.api.requests.length;
    const run = await publishRun(s, report, { event: 'push' });
    expect(run.code, describeRun(run)).toBe(0);
    expect(notices(run).join('\n')).toContain('was started by a push event, not by a pull request');
    expect(s.api.requests.slice(before)).toEqual([]);
  }, RUN_TIMEOUT_MS);

  it('mode: publish-report outside a workflow_run fails, saying where it belongs', async () => {
    const run = await publishRun(s, report, { trigger: 'push' });
    expect(run.code, describeRun(run)).toBe(1);
    expect(errors(run)).toEqual(["Stagecraft: mode: publish-report runs in a workflow started by workflow_run (this run's event is push)"]);
  }, RUN_TIMEOUT_MS);
});
