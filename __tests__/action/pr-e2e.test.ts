/**
 * The bundled action (dist/index.js) reviewing pull requests end to end, run as the runner runs it: a
 * child process with every input of action.yml as INPUT_* (defaults, `${{ github.token }}` as the test
 * token, overrides per test), GitHub's documented webhook payloads (@octokit/webhooks-examples) moved
 * to the test repository, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and a workspace checked out from a
 * real "origin" the way actions/checkout does it (a shallow fetch of refs/pull/<n>/merge). The REST API
 * is a local stand-in (__tests__/helpers/github-api.ts) that records every request and keeps the
 * comments, so each test asserts what a user would see: the exit code, the outputs, the comment, the
 * job summary and the requests made.
 *
 * dist/ is rebuilt first when it is older than src/ (see helpers/action-runner.ts).
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeGroupPayload, pushPayload } from '../helpers/action-runner.js';
import { fixtureGitEnv } from '../helpers/git-fixture.js';
import { GitHubApiStandIn, type StandInComment } from '../helpers/github-api.js';
import { prRepository } from '../helpers/pr-repository.js';
import { renderHtml } from '../report/render-html.js';
import {
  BASE_DOCKERFILE,
  bodyOf,
  CLEAN_DOCKERFILE,
  cleanUpLater,
  COMMENT_BY_ID,
  commentWrites,
  describeRun,
  ERROR_DOCKERFILE,
  ERROR_PLUS_WARNING_DOCKERFILE,
  errors,
  expectInertComment,
  HEAD_DOCKERFILE,
  issueCommentsPath,
  lineLink,
  MARKER,
  nextPullNumber,
  notices,
  occurrences,
  openPullRequest,
  OWNER,
  REPO,
  RUN_TIMEOUT_MS,
  runAction,
  stagecraftComments,
  TOKEN,
  useBundleAndCleanUp,
  type ActionRun,
  type PullRequestScenario,
} from './pr-scenario.js';

useBundleAndCleanUp();

// ---------------------------------------------------------------------------------------------------

describe('pull_request: the sticky comment', () => {
  it('first run: creates the comment with the marker and the new findings linked at GITHUB_SHA; outputs; fails on the new error', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE, 'api/Dockerfile': CLEAN_DOCKERFILE } });
    const run = await s.run();
    const log = describeRun(run);

    expect(run.stderr, log).toBe('');
    expect(run.code, log).toBe(1);
    expect(errors(run).at(-1), log).toMatch(/^Stagecraft: 1 new finding at or above .*\(1 error\) in 1 Dockerfile/);

    // One POST, nothing edited or deleted.
    const writes = commentWrites(s.api.requests);
    expect(writes.map((r) => `${r.method} ${r.path}`), log).toEqual([`POST /repos/${OWNER}/${REPO}/issues/${s.number}/comments`]);
    expect(writes[0]!.headers.authorization).toMatch(new RegExp(`^(token|bearer) ${TOKEN}$`, 'i'));
    const comments = s.api.comments(s.number);
    expect(comments).toHaveLength(1);
    const [comment] = comments as [StandInComment];
    expect(comment.user.login).toBe('github-actions[bot]');
    expect(comment.body.startsWith(`${MARKER}\n`), comment.body).toBe(true);
    expect(occurrences(comment.body, MARKER)).toBe(1);

    // The new findings, each linked to its line in the merge commit that was linted.
    expect(comment.body).toContain(lineLink(s.pr.mergeSha, 'Dockerfile', 5));
    expect(comment.body).toContain(lineLink(s.pr.mergeSha, 'Dockerfile', 4));
    expect(comment.body).toContain('sudo-in-run');
    expect(comment.body).toContain('copy-from-undefined-stage');
    expect(comment.body).not.toContain(s.pr.headSha);
    // The fixed finding is there too (folded), without a link into the head.
    expect(comment.body).toContain('base-image-untagged');
    expect(comment.body).not.toContain(lineLink(s.pr.mergeSha, 'Dockerfile', 1));

    expect(run.outputs, log).toMatchObject({
      'new-findings': '2',
      'new-errors': '1',
      'fixed-findings': '1',
      findings: '4',
      errors: '2',
      'comment-id': String(comment.id),
      'comment-url': comment.html_url,
      'changed-dockerfiles': JSON.stringify(['Dockerfile', 'api/Dockerfile']),
    });
    expect(comment.html_url).toBe(`https://github.com/${OWNER}/${REPO}/pull/${s.number}#issuecomment-${comment.id}`);

    // Per finding: new, existing or fixed.
    const dockerfile = run.report?.files.find((f) => f.path === 'Dockerfile');
    expect(dockerfile?.findings.map((f) => `${f.line} ${f.rule} ${f.status}`)).toEqual([
      '2 sudo-in-run existing',
      '3 consecutive-run-instructions existing',
      '4 copy-from-undefined-stage new',
      '5 sudo-in-run new',
    ]);
    expect(dockerfile?.fixed?.map((f) => f.rule)).toEqual(['base-image-untagged']);

    // The job summary has the review too.
    expect(run.summary).toContain('Stagecraft');
    expect(run.summary).toContain(lineLink(s.pr.mergeSha, 'Dockerfile', 5));
  }, RUN_TIMEOUT_MS);

  it('passes with fail-on: none and fails on the new warning with fail-on: warning (the same pull request)', async () => {
    const s = await openPullRequest({ base: { Dockerfile: CLEAN_DOCKERFILE }, head: { Dockerfile: `${CLEAN_DOCKERFILE}COPY --from=nope /a /b\n` } });
    const none = await s.run({ inputs: { 'fail-on': 'none' } });
    expect(none.code, describeRun(none)).toBe(0);
    expect(none.outputs).toMatchObject({ 'new-findings': '1', 'new-errors': '0' });
    const warning = await s.run({ inputs: { 'fail-on': 'warning' } });
    expect(warning.code, describeRun(warning)).toBe(1);
    const byDefault = await s.run();
    expect(byDefault.code, describeRun(byDefault)).toBe(0);
    expect(stagecraftComments(s.api, s.number)).toHaveLength(1);
  }, 3 * RUN_TIMEOUT_MS);

  it('a second run (a new push) updates the comment in place: PATCH, no second POST, one comment', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE } });
    const first = await s.run();
    expect(first.outputs['comment-id'], describeRun(first)).toMatch(/^\d+$/);
    const firstMerge = s.pr.mergeSha;
    const requestsBefore = s.api.requests.length;

    // The author fixes the new error and pushes again.
    s.pr.push({ Dockerfile: 'FROM alpine:3.20\nRUN sudo echo one\nRUN echo two\nCOPY --from=nope /a /b\n' });
    expect(s.pr.mergeSha).not.toBe(firstMerge);
    const second = await s.run({ action: 'synchronize' });
    const log = describeRun(second);

    const writes = commentWrites(s.api.requests.slice(requestsBefore));
    expect(writes.map((r) => `${r.method} ${r.path}`), log).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/${first.outputs['comment-id']}`]);
    const comments = s.api.comments(s.number);
    expect(comments).toHaveLength(1);
    expect(String(comments[0]!.id)).toBe(first.outputs['comment-id']);
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    // The comment now tells of the second push: links to its merge commit, none to the first.
    const body = comments[0]!.body;
    expect(body).toContain(lineLink(s.pr.mergeSha, 'Dockerfile', 4));
    expect(body).not.toContain(firstMerge);
    expect(occurrences(body, MARKER)).toBe(1);
    expect(second.outputs).toMatchObject({ 'new-findings': '1', 'new-errors': '0' });
    expect(second.code, log).toBe(0);
  }, 2 * RUN_TIMEOUT_MS);

  it('two runs started together leave exactly one Stagecraft comment', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE } });
    // Creating a comment is slow (the stand-in stores it only after the delay): both runs list the
    // comments, find none of theirs and post one before either post lands.
    s.api.delay({ method: 'POST', path: issueCommentsPath(s.number) }, 4_000);
    // Two jobs (say, a re-run and a push) on two runners: two checkouts.
    const otherWorkspace = s.pr.checkout(`refs/pull/${s.number}/merge`);
    const [a, b] = await Promise.all([s.run(), s.run({ workspace: otherWorkspace, action: 'synchronize' })]);
    const log = `${describeRun(a)}\n=====\n${describeRun(b)}`;

    const posts = s.api.requests.filter((r) => r.method === 'POST' && issueCommentsPath(s.number).test(r.path));
    // The race really happened: each run found no comment and created one.
    expect(posts, log).toHaveLength(2);
    const ours = stagecraftComments(s.api, s.number);
    expect(ours, log).toHaveLength(1);
    expect(s.api.comments(s.number)).toHaveLength(1);
    // Both runs report the comment that stayed.
    expect(a.outputs['comment-id'], log).toBe(String(ours[0]!.id));
    expect(b.outputs['comment-id'], log).toBe(String(ours[0]!.id));
    expect(occurrences(ours[0]!.body, MARKER)).toBe(1);
    expect([a.code, b.code]).toEqual([1, 1]);
  }, 2 * RUN_TIMEOUT_MS);

  it("leaves alone another author's comment quoting our marker, and a comment with another comment-key", async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE } });
    const quoted = s.api.addComment(s.number, `Why does the bot write this?\n\n> ${MARKER}\n\n${MARKER}`, 'octocat');
    const impostor = s.api.addComment(s.number, `${MARKER}\nI am not the bot.`, 'github-actions', 'User');
    const otherKey = s.api.addComment(s.number, '<!-- stagecraft:report key=api -->\n### Stagecraft · 1 Dockerfile reviewed\n', 'github-actions[bot]');
    const run = await s.run();
    const log = describeRun(run);

    const writes = commentWrites(s.api.requests);
    expect(writes.map((r) => r.method), log).toEqual(['POST']);
    for (const id of [quoted.id, impostor.id, otherKey.id]) {
      expect(s.api.requests.filter((r) => COMMENT_BY_ID.exec(r.path)?.[1] === String(id) && r.method !== 'GET'), log).toEqual([]);
    }
    const after = s.api.comments(s.number);
    expect(after).toHaveLength(4);
    expect(after.find((c) => c.id === quoted.id)?.body).toBe(quoted.body);
    expect(after.find((c) => c.id === impostor.id)?.body).toBe(impostor.body);
    expect(after.find((c) => c.id === otherKey.id)?.body).toBe(otherKey.body);
    const ours = after.filter((c) => c.user.login === 'github-actions[bot]' && c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(ours[0]!.id));

    // And a second run updates ours, still leaving theirs alone.
    s.pr.push({ 'README.md': 'docs\n' });
    const before = s.api.requests.length;
    const second = await s.run();
    const secondWrites = commentWrites(s.api.requests.slice(before));
    expect(secondWrites.map((r) => `${r.method} ${r.path}`), describeRun(second)).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/${ours[0]!.id}`]);
    expect(s.api.comments(s.number)).toHaveLength(4);
  }, 2 * RUN_TIMEOUT_MS);

  it('finds its comment among 150 (on the second page of 100) and updates it', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE } });
    let ours: StandInComment | null = null;
    for (let i = 1; i <= 150; i++) {
      if (i === 130) ours = s.api.addComment(s.number, `${MARKER}\n### Stagecraft · an older report\n`, 'github-actions[bot]');
      else s.api.addComment(s.number, `comment ${i}`, i % 3 === 0 ? 'github-actions[bot]' : `reviewer-${i % 7}`);
    }
    const run = await s.run({ action: 'synchronize' });
    const log = describeRun(run);

    const lists = s.api.requestsTo('GET', issueCommentsPath(s.number));
    expect(lists.length, log).toBeGreaterThanOrEqual(2);
    expect(lists.every((r) => r.query.get('per_page') === '100'), log).toBe(true);
    expect(lists.some((r) => r.query.get('page') === '2'), log).toBe(true);
    const writes = commentWrites(s.api.requests);
    expect(writes.map((r) => `${r.method} ${r.path}`), log).toEqual([`PATCH /repos/${OWNER}/${REPO}/issues/comments/${ours!.id}`]);
    expect(s.api.comments(s.number)).toHaveLength(150);
    expect(run.outputs['comment-id']).toBe(String(ours!.id));
    const updated = s.api.comments(s.number).find((c) => c.id === ours!.id)!;
    expect(updated.body).not.toContain('an older report');
    expect(updated.body).toContain(lineLink(s.pr.mergeSha, 'Dockerfile', 5));
  }, RUN_TIMEOUT_MS);
});

describe('pull_request: when GitHub refuses or fails', () => {
  const POST_COMMENT = /\/issues\/\d+\/comments$/;

  it('403 on the POST: one notice naming pull-requests: write, the summary still written, the exit code from the findings alone', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE } });
    const forbidden = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' } };

    // Findings that fail the check: it fails for them, with the usual verdict and nothing else.
    s.api.failNext({ method: 'POST', path: POST_COMMENT }, forbidden);
    const failing = await s.run();
    const log = describeRun(failing);
    expect(failing.code, log).toBe(1);
    expect(notices(failing).filter((n) => n.includes('pull-requests: write')), log).toHaveLength(1);
    expect(errors(failing), log).toHaveLength(1);
    expect(errors(failing)[0]).toMatch(/^Stagecraft: 1 new finding at or above/);
    expect(failing.commands.filter((c) => c.command === 'warning' && /comment/i.test(c.message)), log).toEqual([]);
    expect(failing.summary, log).toContain('### Stagecraft');
    expect(failing.summary).toContain('sudo-in-run');
    expect(failing.outputs).toMatchObject({ 'comment-id': '', 'comment-url': '', 'new-findings': '2', 'new-errors': '1' });
    expect(s.api.comments(s.number)).toEqual([]);
    // A 403 is final: asked once, not retried.
    expect(s.api.requestsTo('POST', POST_COMMENT), log).toHaveLength(1);

    // Findings that pass: the refused comment does not fail the step.
    s.api.failNext({ method: 'POST', path: POST_COMMENT }, forbidden);
    const passing = await s.run({ inputs: { 'fail-on': 'none' } });
    expect(passing.code, describeRun(passing)).toBe(0);
    expect(notices(passing).filter((n) => n.includes('pull-requests: write'))).toHaveLength(1);
    expect(errors(passing)).toEqual([]);
    expect(passing.summary).toContain('### Stagecraft');
    expect(s.api.comments(s.number)).toEqual([]);
  }, 2 * RUN_TIMEOUT_MS);

  it('422 on the first POST: the minimal comment is posted instead', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE } });
    s.api.failNext(
      { method: 'POST', path: POST_COMMENT },
      {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }],
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
          status: '422',
        },
      },
    );
    const run = await s.run();
    const log = describeRun(run);

    const posts = s.api.requestsTo('POST', POST_COMMENT);
    expect(posts, log).toHaveLength(2);
    const [full, minimal] = posts.map(bodyOf) as [string, string];
    expect(full).toContain(lineLink(s.pr.mergeSha, 'Dockerfile', 5));
    expect(minimal).not.toBe(full);
    expect(minimal.length).toBeLessThan(full.length);
    expect(minimal.startsWith(MARKER)).toBe(true);
    const comments = s.api.comments(s.number);
    expect(comments, log).toHaveLength(1);
    expect(comments[0]!.body).toBe(minimal);
    expect(minimal).toContain('job summary');
    expect(occurrences(minimal, MARKER)).toBe(1);
    expect(run.outputs['comment-id'], log).toBe(String(comments[0]!.id));
    expect(run.code).toBe(1);
  }, RUN_TIMEOUT_MS);

  it('502 then success: the POST is retried and the comment posted once', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE } });
    s.api.failNext({ method: 'POST', path: POST_COMMENT }, { status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
    const run = await s.run();
    const log = describeRun(run);

    const posts = s.api.requestsTo('POST', POST_COMMENT);
    expect(posts, log).toHaveLength(2);
    expect(bodyOf(posts[1]!)).toBe(bodyOf(posts[0]!));
    const comments = s.api.comments(s.number);
    expect(comments, log).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(comments[0]!.id));
    expect(notices(run).filter((n) => /comment/i.test(n)), log).toEqual([]);
    expect(run.code).toBe(1);
  }, RUN_TIMEOUT_MS);
});

describe('pull_request: how the change touched each Dockerfile', () => {
  const RENAMED_BASE = 'FROM alpine:3.20\nWORKDIR /app\nRUN sudo echo build\nENV MODE=production\nEXPOSE 8080\nCMD ["/app/run"]\n';
  let s: PullRequestScenario;
  let run: ActionRun;
  let body: string;

  beforeAll(async () => {
    s = await openPullRequest({
      base: {
        'docker/Dockerfile': RENAMED_BASE,
        'legacy/Dockerfile': 'FROM alpine\nRUN sudo echo legacy\n',
        'app/Dockerfile': 'FROM alpine:3.20\nCOPY secrets /app/secrets\n',
        'app/.dockerignore': 'node_modules\n',
      },
      head: {
        // Moved and edited: one line added (a warning).
        'docker/Dockerfile': null,
        'services/api/Dockerfile': `${RENAMED_BASE}COPY --from=nope /a /b\n`,
        // Deleted.
        'legacy/Dockerfile': null,
        // Only the .dockerignore changed: COPY secrets now copies an ignored file (an error).
        'app/.dockerignore': 'node_modules\nsecrets\n',
      },
    });
    run = await s.run();
    body = s.api.comments(s.number).find((c) => c.body.includes(MARKER))?.body ?? '';
  }, RUN_TIMEOUT_MS);

  it('the pull request files are what git says: a rename, a removal, a modification', () => {
    expect(s.pr.files).toEqual([
      { filename: 'app/.dockerignore', status: 'modified' },
      { filename: 'legacy/Dockerfile', status: 'removed' },
      { filename: 'services/api/Dockerfile', status: 'renamed', previous_filename: 'docker/Dockerfile' },
    ]);
  });

  it('a renamed and edited Dockerfile: its findings from before the move stay existing, the added line is new', () => {
    const log = describeRun(run);
    const file = run.report?.files.find((f) => f.path === 'services/api/Dockerfile');
    expect(file?.change, log).toEqual({ status: 'renamed', basePath: 'docker/Dockerfile', because: [] });
    expect(file?.findings.map((f) => `${f.line} ${f.rule} ${f.status}`)).toEqual(['3 sudo-in-run existing', '7 copy-from-undefined-stage new']);
    expect(file?.fixed).toEqual([]);
    expect(body, log).toMatch(/`services\/api\/Dockerfile` \*\(renamed from `docker\/Dockerfile`\)\*/);
    expect(body).toContain(lineLink(s.pr.mergeSha, 'services/api/Dockerfile', 7));
    expect(run.report?.files.some((f) => f.path === 'docker/Dockerfile')).toBe(false);
  });

  it('a deleted Dockerfile: listed as removed, its findings fixed, not in changed-dockerfiles', () => {
    const log = describeRun(run);
    const file = run.report?.files.find((f) => f.path === 'legacy/Dockerfile');
    expect(file?.change?.status, log).toBe('removed');
    expect(file?.findings).toEqual([]);
    expect(file?.fixed?.map((f) => f.rule).sort()).toEqual(['base-image-untagged', 'sudo-in-run']);
    expect(body).toMatch(/\| 🗑️ \| `legacy\/Dockerfile` \*\(removed\)\* \| 2 fixed \|/);
    // The run's third fixed finding is app/Dockerfile's: its secrets folder no longer reaches the image.
    expect(run.outputs['fixed-findings'], log).toBe('3');
    expect(run.report?.files.find((f) => f.path === 'app/Dockerfile')?.fixed?.map((f) => f.rule)).toEqual(['secret-file-in-shipped-stage']);
    expect(JSON.parse(run.outputs['changed-dockerfiles'] ?? 'null')).toEqual(['app/Dockerfile', 'services/api/Dockerfile']);
  });

  it('a .dockerignore-only change: the Dockerfile beside it is reviewed (status settings), its new error fails the run', () => {
    const log = describeRun(run);
    const file = run.report?.files.find((f) => f.path === 'app/Dockerfile');
    expect(file?.change, log).toEqual({ status: 'settings', basePath: 'app/Dockerfile', because: ['app/.dockerignore'] });
    expect(file?.findings.map((f) => `${f.line} ${f.rule} ${f.status}`)).toEqual(['2 copy-ignored-file new']);
    expect(body).toContain('settings changed: `app/.dockerignore`');
    expect(run.outputs, log).toMatchObject({ 'new-findings': '2', 'new-errors': '1' });
    expect(run.code, log).toBe(1);
  });
});

describe('pull_request: each Dockerfile judged as its builds build it', () => {
  const COMPOSE = 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/prod/Dockerfile\n      target: prod\n';
  const BASE = 'FROM alpine:3.20 AS build\nRUN echo build\n\nFROM alpine:3.20 AS prod\nCOPY notes.txt /app/\nUSER 10001\n';
  const WORKFLOW = 'on: push\njobs:\n  image:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: docker/prod/Dockerfile\n          target: ${{ matrix.target }}\n';
  let s: PullRequestScenario;
  let run: ActionRun;
  let body: string;

  beforeAll(async () => {
    s = await openPullRequest({
      base: { 'docker/prod/Dockerfile': BASE, '.dockerignore': 'notes.txt\n', 'compose.yaml': COMPOSE },
      head: { 'docker/prod/Dockerfile': `${BASE}RUN sudo echo prod\n`, '.github/workflows/image.yml': WORKFLOW },
    });
    run = await s.run();
    body = s.api.comments(s.number).find((c) => c.body.includes(MARKER))?.body ?? '';
  }, RUN_TIMEOUT_MS);

  it("the root context's .dockerignore applies to head and base alike: its finding is existing, the change's own is new", () => {
    const log = describeRun(run);
    const file = run.report?.files.find((f) => f.path === 'docker/prod/Dockerfile');
    expect(file?.findings.map((f) => `${f.line} ${f.rule} ${f.status}`), log).toEqual(['5 copy-ignored-file existing', '7 sudo-in-run new']);
  });

  it('the comment and the JSON report name the definition, its context and targets', () => {
    const log = describeRun(run);
    const file = run.report?.files.find((f) => f.path === 'docker/prod/Dockerfile');
    expect(file?.build, log).toEqual({
      context: '.',
      targets: ['prod', null],
      definition: { kind: 'compose', file: 'compose.yaml', line: 3, name: 'api' },
      definitions: 2,
      overridden: false,
    });
    expect(body, log).toContain('<sub>Built by `compose.yaml:3` (service `api`) and 1 more definition · context `.` · targets `prod` and the last stage</sub>');
  });

  it("a workflow value only known when it runs is a notice in the log, and does not fail the run", () => {
    const log = describeRun(run);
    expect(notices(run), log).toContain('Stagecraft: .github/workflows/image.yml:8: job image: target "${{ matrix.target }}" is only known when the workflow runs: left out');
    expect(body).not.toContain('matrix.target');
  });
});

describe("build: true with a target input: the lint judges the image the builds build", () => {
  const COMPOSE = 'services:\n  api:\n    build:\n      context: .\n      dockerfile: Dockerfile\n      target: prod\n';
  const DOCKERFILE = 'FROM alpine:3.20 AS debug\nRUN apk add --no-cache strace\n\nFROM alpine:3.20 AS prod\nUSER 10001\nCMD ["/bin/true"]\n';
  const files = (run: ActionRun) => run.report?.files.find((f) => f.path === 'Dockerfile');

  it.each([
    // pull_request_target without allow-untrusted-build builds nothing, but both sides are linted from git objects.
    ['pull_request_target', {}],
    // pull_request lints the checkout; no Docker daemon answers, so the builds fail softly and the lint stands.
    ['pull_request', { DOCKER_HOST: 'unix:///nonexistent/stagecraft-test.sock' }],
  ] as const)('%s: the target input replaces the definitions\' targets, on the head and the base alike', async (event, env) => {
    const s = await openPullRequest({
      base: { Dockerfile: DOCKERFILE, 'compose.yaml': COMPOSE },
      head: { Dockerfile: `${DOCKERFILE}EXPOSE 8080\n` },
    });
    const run = await s.run({ event, inputs: { build: 'true', target: 'debug', 'build-args': 'MODE=debug' }, env });
    const log = describeRun(run);
    expect(files(run)?.build, log).toMatchObject({ targets: ['debug'], overridden: true, definition: { kind: 'compose', name: 'api' } });
    const body = s.api.comments(s.number).find((c) => c.body.includes(MARKER))?.body ?? '';
    expect(body, log).toMatch(/<sub>Built by `compose.yaml:\d+` \(service `api`\)[^<]*target `debug`/);
    expect(body, log).not.toContain('target `prod`');
  }, RUN_TIMEOUT_MS);

  it('the build-contexts input reaches the lint too: a FROM its name replaces is judged as the image it names', async () => {
    const GO_IMAGE = 'FROM golang:1.22\nCOPY server /usr/local/bin/server\nUSER 10001\nCMD ["server"]\n';
    const s = await openPullRequest({ base: { Dockerfile: GO_IMAGE }, head: { Dockerfile: `${GO_IMAGE}EXPOSE 8080\n` } });
    const rulesOf = (run: ActionRun) => (files(run)?.findings ?? []).map((f) => f.rule);
    const plain = await s.run({ event: 'pull_request_target', inputs: { build: 'true' } });
    expect(rulesOf(plain), describeRun(plain)).toContain('final-stage-sdk-base');
    const replaced = await s.run({ event: 'pull_request_target', inputs: { build: 'true', 'build-contexts': 'golang:1.22=docker-image://alpine:3.20' } });
    expect(rulesOf(replaced), describeRun(replaced)).not.toContain('final-stage-sdk-base');
    expect(files(replaced)?.build, describeRun(replaced)).toMatchObject({ overridden: true });
  }, RUN_TIMEOUT_MS);
});

describe('pull_request: a shallow checkout', () => {
  it('fetches the base commit (depth 1) and recognises the findings already there as existing', async () => {
    // The base commit is only readable through git: the API stand-in serves no contents.
    const s = await openPullRequest({
      base: { Dockerfile: ERROR_DOCKERFILE, 'docs/README.md': 'docs\n' },
      head: { Dockerfile: `${ERROR_DOCKERFILE}ENV MODE=production\n` },
      depth: 1,
      serveBaseContents: false,
    });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: s.pr.workspace, env: fixtureGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(() => git('cat-file', '-e', `${s.pr.baseSha}^{commit}`)).toThrow();

    const run = await s.run();
    const log = describeRun(run);
    expect(run.outputs, log).toMatchObject({ findings: '1', errors: '1', 'new-findings': '0', 'new-errors': '0', 'fixed-findings': '0' });
    expect(run.report?.files.find((f) => f.path === 'Dockerfile')?.findings.map((f) => `${f.rule} ${f.status}`)).toEqual(['sudo-in-run existing']);
    expect(run.code, log).toBe(0);
    // The base came from origin, not from the contents API.
    expect(() => git('cat-file', '-e', `${s.pr.baseSha}^{commit}`), log).not.toThrow();
    expect(s.api.requests.filter((r) => /\/(contents|git\/trees)(\/|$)/.test(r.path)).map((r) => r.path), log).toEqual([]);
    // The comment says the error was already there, and does not call it new.
    const comment = stagecraftComments(s.api, s.number)[0];
    expect(comment?.body, log).toContain('already on');
    expect(comment?.body).toMatch(/No new findings/);
  }, RUN_TIMEOUT_MS);

  it('with fetch-depth: 0 the base commit is already there: nothing is fetched, the result is the same', async () => {
    const s = await openPullRequest({
      base: { Dockerfile: ERROR_DOCKERFILE },
      head: { Dockerfile: `${ERROR_DOCKERFILE}ENV MODE=production\n` },
      depth: 'full',
      serveBaseContents: false,
    });
    const run = await s.run();
    const log = describeRun(run);
    expect(run.stdout, log).not.toContain('lacks the base commit');
    expect(run.outputs, log).toMatchObject({ findings: '1', 'new-findings': '0', 'fixed-findings': '0' });
    expect(run.code, log).toBe(0);
    expect(s.api.requests.filter((r) => /\/(contents|git\/trees)(\/|$)/.test(r.path)).map((r) => r.path), log).toEqual([]);
  }, RUN_TIMEOUT_MS);
});

describe('merge_group', () => {
  it('posts no comment and makes no comment request; fails only on new findings', async () => {
    const number = nextPullNumber();
    const pr = prRepository({ number, base: { Dockerfile: ERROR_DOCKERFILE }, head: { Dockerfile: ERROR_PLUS_WARNING_DOCKERFILE } });
    const api = await GitHubApiStandIn.start({ owner: OWNER, repo: REPO });
    cleanUpLater(() => api.close());
    cleanUpLater(() => pr.cleanup());
    // The merge queue's branch: its head is the queued merge commit.
    const queueRef = `refs/heads/gh-readonly-queue/main/pr-${number}-${pr.headSha}`;
    pr.publish(pr.mergeSha, queueRef);
    const payload = mergeGroupPayload({ owner: OWNER, repo: REPO, headSha: pr.mergeSha, baseSha: pr.baseSha, headRef: queueRef });

    const runWith = async (inputs: Record<string, string>) =>
      runAction({ event: 'merge_group', payload, sha: pr.mergeSha, ref: queueRef, workspace: pr.checkout(queueRef), api, inputs });

    // The existing error is not judged; the new warning is below fail-on: error.
    const errorRun = await runWith({ 'fail-on': 'error' });
    expect(errorRun.code, describeRun(errorRun)).toBe(0);
    expect(errorRun.outputs).toMatchObject({ findings: '2', errors: '1', 'new-findings': '1', 'new-errors': '0', 'comment-id': '', 'comment-url': '' });
    expect(JSON.parse(errorRun.outputs['changed-dockerfiles'] ?? 'null')).toEqual(['Dockerfile']);
    expect(errorRun.report?.review?.event).toBe('merge_group');

    // The new warning fails fail-on: warning.
    const warningRun = await runWith({ 'fail-on': 'warning' });
    expect(warningRun.code, describeRun(warningRun)).toBe(1);
    expect(errors(warningRun).at(-1)).toMatch(/^Stagecraft: 1 new finding at or above fail-on: warning \(1 warning\)/);

    // No comment was listed, posted, edited or deleted; nothing was written at all.
    expect(api.requests.filter((r) => /\/issues\//.test(r.path)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([]);
  }, 2 * RUN_TIMEOUT_MS);
});

describe('fail-on × fail-on-scope on a pull request whose base has an error and which adds a warning', () => {
  let s: PullRequestScenario;
  beforeAll(async () => {
    s = await openPullRequest({ base: { Dockerfile: ERROR_DOCKERFILE }, head: { Dockerfile: ERROR_PLUS_WARNING_DOCKERFILE } });
  }, 60_000);

  // [fail-on, fail-on-scope, exit code]
  const cases: [string, 'new' | 'all', number][] = [
    ['error', 'new', 0],
    ['error', 'all', 1],
    ['warning', 'new', 1],
    ['warning', 'all', 1],
    ['none', 'new', 0],
    ['none', 'all', 0],
  ];
  it.each(cases)('fail-on: %s, fail-on-scope: %s → exit %i', async (failOn, scope, code) => {
    const run = await s.run({ inputs: { 'fail-on': failOn, 'fail-on-scope': scope, comment: 'false' } });
    const log = describeRun(run);
    expect(run.code, log).toBe(code);
    // The counts do not depend on what is judged.
    expect(run.outputs, log).toMatchObject({ findings: '2', errors: '1', 'new-findings': '1', 'new-errors': '0', 'fixed-findings': '0', 'comment-id': '', 'comment-url': '' });
    const verdict = errors(run);
    if (code === 1) {
      expect(verdict, log).toHaveLength(1);
      const judged = scope === 'new' ? 'new finding' : 'finding';
      const breakdown = failOn === 'error' ? '1 error' : scope === 'new' ? '1 warning' : '1 error, 1 warning';
      const count = failOn === 'warning' && scope === 'all' ? 2 : 1;
      expect(verdict[0]).toBe(`Stagecraft: ${count} ${judged}${count === 1 ? '' : 's'} at or above fail-on: ${failOn} (${breakdown}) in 1 Dockerfile; see the annotations and the job summary.`);
    } else {
      expect(verdict, log).toEqual([]);
    }
    expect(commentWrites(s.api.requests)).toEqual([]);
  }, RUN_TIMEOUT_MS);
});

describe('hostile paths and stage names', () => {
  it('keep the comment inert: no raw <img, no @octocat mention, one intact marker', async () => {
    const imgFolder = '<img src=x onerror=alert(1)> @octocat';
    const markerFolder = '<!-- stagecraft:report key=default --> @octocat';
    const hostile = [
      'FROM alpine:3.20 AS a|b',
      'RUN echo hi',
      'FROM alpine:3.20 AS `x`--><img src=y onerror=alert(2)>@octocat',
      'COPY --from=a|b /a /b',
      'FROM alpine:3.20',
      'COPY --from=`x`--> /a /b',
      'RUN sudo echo @octocat',
      '',
    ].join('\n');
    const s = await openPullRequest({
      base: { Dockerfile: CLEAN_DOCKERFILE },
      head: { [`${imgFolder}/Dockerfile`]: hostile, [`${markerFolder}/Dockerfile`]: ERROR_DOCKERFILE },
    });
    const run = await s.run();
    const log = describeRun(run);
    expect(run.code, log).toBe(1);
    expect(JSON.parse(run.outputs['changed-dockerfiles'] ?? 'null'), log).toEqual([`${markerFolder}/Dockerfile`, `${imgFolder}/Dockerfile`].sort());

    const comments = s.api.comments(s.number);
    expect(comments, log).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.length).toBeGreaterThan(MARKER.length + 50);

    expectInertComment(body);
    // The findings are there all the same (the paths in code spans, so readable).
    expect(body).toContain('parse-error');
    expect(body).toContain('sudo-in-run');
    // The summary is written with the same care.
    expect(renderHtml(run.summary)).not.toMatch(/<img\b/i);
  }, RUN_TIMEOUT_MS);
});

describe('push', () => {
  it('lints every Dockerfile and posts no comment', async () => {
    const number = nextPullNumber();
    const pr = prRepository({
      number,
      base: { Dockerfile: ERROR_DOCKERFILE, 'services/api/Dockerfile': CLEAN_DOCKERFILE, 'tools/ci.Dockerfile': 'FROM alpine\n', 'README.md': 'shop\n' },
      head: { 'README.md': 'shop, updated\n' },
    });
    const api = await GitHubApiStandIn.start({ owner: OWNER, repo: REPO });
    cleanUpLater(() => api.close());
    cleanUpLater(() => pr.cleanup());
    const workspace = pr.checkout('refs/heads/main');
    const payload = pushPayload({ owner: OWNER, repo: REPO, ref: 'refs/heads/main', before: '0'.repeat(40), after: pr.baseSha });
    const run = await runAction({ event: 'push', payload, sha: pr.baseSha, ref: 'refs/heads/main', workspace, api });
    const log = describeRun(run);

    expect(run.code, log).toBe(1);
    expect(JSON.parse(run.outputs['changed-dockerfiles'] ?? 'null'), log).toEqual(['Dockerfile', 'services/api/Dockerfile', 'tools/ci.Dockerfile']);
    // No base to compare: every finding counts as new.
    expect(run.outputs).toMatchObject({ findings: '2', errors: '1', 'new-findings': '2', 'new-errors': '1', 'fixed-findings': '0', 'comment-id': '', 'comment-url': '' });
    expect(run.report?.review).toBeUndefined();
    expect(run.summary).toContain('3 Dockerfiles linted');
    expect(run.summary).toContain(lineLink(pr.baseSha, 'Dockerfile', 2));
    expect(api.requests.map((r) => `${r.method} ${r.path}`), log).toEqual([]);
  }, RUN_TIMEOUT_MS);
});
