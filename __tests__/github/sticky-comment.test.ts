import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitHubApi } from '../../src/github/api.js';
import { createGitHubApi } from '../../src/github/client.js';
import { upsertStickyComment, type StickyCommentRequest, type StickyCommentResult } from '../../src/github/sticky-comment.js';
import { GitHubApiStandIn } from '../helpers/github-api.js';

const TOKEN = 'ghs_StickySecretToken0987654321';
const BOT = 'github-actions[bot]';
const MARKER = '<!-- stagecraft:report key=default -->';
const PR = 42;

let gh: GitHubApiStandIn;
let lines: string[];

function connect(): GitHubApi {
  return createGitHubApi({ token: TOKEN, owner: gh.owner, repo: gh.repo, apiUrl: gh.apiUrl, log: (line) => lines.push(line), retryDelayMs: 2 });
}

function request(overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return { issue: PR, marker: MARKER, author: BOT, body: `${MARKER}\n## Stagecraft\n3 findings`, fallbackBody: `${MARKER}\nStagecraft: 3 findings (see the job summary)`, create: true, ...overrides };
}

type Success = Extract<StickyCommentResult, { usedFallback: boolean }>;

function success(result: StickyCommentResult): Success {
  if ('message' in result) throw new Error(`unexpected ${result.outcome}: ${result.message}`);
  return result;
}

const posts = () => gh.requestsTo('POST', /\/issues\/\d+\/comments$/);
const patches = () => gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/);
const deletes = () => gh.requestsTo('DELETE', /\/issues\/comments\/\d+$/);

beforeEach(async () => {
  gh = await GitHubApiStandIn.start();
  lines = [];
});

afterEach(async () => {
  await gh.close();
});

describe('upsertStickyComment', () => {
  it('creates the comment the first time and updates it (PATCH, no POST) the second', async () => {
    const api = connect();
    const first = success(await upsertStickyComment(api, request()));
    expect(first).toMatchObject({ outcome: 'created', deleted: [], usedFallback: false });
    expect(first.comment).toMatchObject({ body: request().body, author: BOT });
    expect(posts()).toHaveLength(1);

    const before = gh.requests.length;
    const second = success(await upsertStickyComment(api, request({ body: `${MARKER}\n## Stagecraft\nall clear` })));
    expect(second).toMatchObject({ outcome: 'updated', deleted: [], usedFallback: false });
    expect(second.comment!.id).toBe(first.comment!.id);
    const secondRun = gh.requests.slice(before);
    expect(secondRun.map((r) => r.method)).toEqual(['GET', 'PATCH']);
    expect(secondRun[1]!.path).toMatch(new RegExp(`/issues/comments/${first.comment!.id}$`));
    expect(gh.comments(PR).map((c) => c.body)).toEqual([`${MARKER}\n## Stagecraft\nall clear`]);
  });

  it('never touches another author’s comment that carries our marker', async () => {
    const quoted = gh.addComment(PR, `> ${MARKER}\nWhy does it say this?`, 'octocat');
    const impostor = gh.addComment(PR, `${MARKER}\nfrom another bot`, 'renovate[bot]');
    const result = success(await upsertStickyComment(connect(), request()));
    expect(result.outcome).toBe('created');
    expect(patches()).toHaveLength(0);
    expect(deletes()).toHaveLength(0);
    expect(gh.comments(PR).map((c) => [c.id, c.body])).toEqual([
      [quoted.id, quoted.body],
      [impostor.id, impostor.body],
      [result.comment!.id, request().body],
    ]);
  });

  it('matches the author case-insensitively', async () => {
    const ours = gh.addComment(PR, `${MARKER}\nold`, BOT);
    const result = success(await upsertStickyComment(connect(), request({ author: 'GitHub-Actions[bot]' })));
    expect(result.outcome).toBe('updated');
    expect(result.comment!.id).toBe(ours.id);
  });

  it('leaves the comment of a different key alone', async () => {
    const other = gh.addComment(PR, '<!-- stagecraft:report key=docs -->\nanother job', BOT);
    const prefixOfKey = gh.addComment(PR, '<!-- stagecraft:report key=default-2 -->\nanother job', BOT);
    const result = success(await upsertStickyComment(connect(), request()));
    expect(result.outcome).toBe('created');
    expect(patches()).toHaveLength(0);
    expect(gh.comments(PR).map((c) => c.id)).toEqual([other.id, prefixOfKey.id, result.comment!.id]);
    expect(gh.comments(PR)[0]!.body).toBe(other.body);
  });

  it('keeps the lowest id of ours and deletes the other ours', async () => {
    const foreign = gh.addComment(PR, `${MARKER}\nnot ours`, 'octocat');
    const a = gh.addComment(PR, `${MARKER}\nfirst`, BOT);
    const b = gh.addComment(PR, `${MARKER}\nsecond`, BOT);
    const c = gh.addComment(PR, `${MARKER}\nthird`, BOT);
    const result = success(await upsertStickyComment(connect(), request()));
    expect(result).toMatchObject({ outcome: 'updated', deleted: [b.id, c.id] });
    expect(result.comment!.id).toBe(a.id);
    expect(posts()).toHaveLength(0);
    expect(gh.comments(PR).map((x) => [x.id, x.body])).toEqual([
      [foreign.id, foreign.body],
      [a.id, request().body],
    ]);
  });

  it('only updates when create is false, and skips when there is nothing to update', async () => {
    const skipped = await upsertStickyComment(connect(), request({ create: false }));
    expect(skipped).toEqual({ outcome: 'skipped', comment: null, deleted: [], usedFallback: false });
    expect(posts()).toHaveLength(0);
    gh.addComment(PR, `${MARKER}\nold`, BOT);
    expect((await upsertStickyComment(connect(), request({ create: false }))).outcome).toBe('updated');
  });

  it('adds the marker to a body that lacks it', async () => {
    const result = success(await upsertStickyComment(connect(), request({ body: 'no marker here' })));
    expect(result.comment!.body).toBe(`${MARKER}\nno marker here`);
    expect((await upsertStickyComment(connect(), request({ body: 'again' }))).outcome).toBe('updated');
  });

  it('two upserts started together leave exactly one of ours, with the last writer’s body', async () => {
    // Both list before either creates; the second listing (after the creates) sees both.
    gh.delay({ method: 'GET', path: /\/issues\/42\/comments$/ }, 80);
    const [one, two] = await Promise.all([
      upsertStickyComment(connect(), request({ body: `${MARKER}\nrun one` })),
      upsertStickyComment(connect(), request({ body: `${MARKER}\nrun two` })),
    ]);
    expect(posts()).toHaveLength(2);
    const ours = gh.comments(PR);
    expect(ours).toHaveLength(1);
    const kept = ours[0]!;
    const results = [success(one), success(two)];
    expect(results.map((r) => r.comment!.id)).toEqual([kept.id, kept.id]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'updated']);
    const updater = results.find((r) => r.outcome === 'updated')!;
    expect(kept.body).toBe(updater === results[0] ? `${MARKER}\nrun one` : `${MARKER}\nrun two`);
    expect(results.flatMap((r) => r.deleted)).toHaveLength(1);
  });

  it('three concurrent upserts with staggered answers still leave one', async () => {
    gh.delay({ method: 'GET' }, 30);
    gh.delay({ method: 'POST', path: /\/issues\/42\/comments$/ }, 20);
    const results = await Promise.all([1, 2, 3].map((n) => upsertStickyComment(connect(), request({ body: `${MARKER}\nrun ${n}` }))));
    results.forEach(success);
    expect(gh.comments(PR)).toHaveLength(1);
    expect(results.every((r) => success(r).comment!.id === gh.comments(PR)[0]!.id)).toBe(true);
  });

  it('a duplicate another run already deleted (404) is not an error', async () => {
    gh.addComment(PR, `${MARKER}\na`, BOT);
    const b = gh.addComment(PR, `${MARKER}\nb`, BOT);
    gh.failNext({ method: 'DELETE' }, { status: 404 });
    const result = success(await upsertStickyComment(connect(), request()));
    expect(result.outcome).toBe('updated');
    expect(result.deleted).toEqual([]);
    expect(deletes()[0]!.path).toMatch(new RegExp(`/${b.id}$`));
  });

  it('a comment deleted between listing and updating is looked for again, then created', async () => {
    const ours = gh.addComment(PR, `${MARKER}\nold`, BOT);
    gh.delay({ method: 'PATCH' }, 150);
    const pending = upsertStickyComment(connect(), request());
    while (patches().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // Someone deletes it while our PATCH is on its way.
    await connect().deleteIssueComment(ours.id);
    const result = success(await pending);
    expect(result.outcome).toBe('created');
    expect(gh.comments(PR).map((c) => c.body)).toEqual([request().body]);
    expect(patches()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
  });

  it('403 → forbidden, naming the permission and the fork case', async () => {
    gh.failNext({ method: 'POST' }, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment' } });
    const result = await upsertStickyComment(connect(), request());
    expect(result.outcome).toBe('forbidden');
    if (result.outcome !== 'forbidden') return;
    expect(result.message).toMatch(/^GitHub refused to create the comment on #42 \(GitHub answered 403: Resource not accessible by integration\)\. The token needs `pull-requests: write`/);
    expect(result.message).toContain('`pull-requests: write`');
    expect(result.message).toMatch(/forks get a read-only GITHUB_TOKEN/);
    expect(result.message).not.toContain(TOKEN);
    expect(posts()).toHaveLength(1);
  });

  it('403 on updating → forbidden', async () => {
    gh.addComment(PR, `${MARKER}\nold`, BOT);
    gh.failNext({ method: 'PATCH' }, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await upsertStickyComment(connect(), request());
    expect(result).toMatchObject({ outcome: 'forbidden', message: expect.stringContaining('update the comment on #42') });
  });

  it('404 listing → forbidden', async () => {
    gh.failNext({ method: 'GET' }, { status: 404 });
    const result = await upsertStickyComment(connect(), request());
    expect(result).toMatchObject({ outcome: 'forbidden', message: expect.stringContaining('read the comments of #42 (GitHub answered 404: Not Found).') });
  });

  it('422 (body too long) → the fallback body', async () => {
    const huge = `${MARKER}\n${'x'.repeat(70_000)}`;
    const created = success(await upsertStickyComment(connect(), request({ body: huge })));
    expect(created).toMatchObject({ outcome: 'created', usedFallback: true });
    expect(gh.comments(PR).map((c) => c.body)).toEqual([request().fallbackBody]);
    expect(posts()).toHaveLength(2);

    const updated = success(await upsertStickyComment(connect(), request({ body: huge })));
    expect(updated).toMatchObject({ outcome: 'updated', usedFallback: true });
    expect(patches()).toHaveLength(2);

    const normal = success(await upsertStickyComment(connect(), request()));
    expect(normal.usedFallback).toBe(false);
  });

  it('a 422 on the fallback too → failed', async () => {
    gh.failNext({ method: 'POST' }, { status: 422, body: { message: 'Validation Failed', errors: [{ message: 'nope' }] } }, 2);
    const result = await upsertStickyComment(connect(), request());
    expect(result).toEqual({ outcome: 'failed', message: 'Could not create the comment on #42 (GitHub answered 422: Validation Failed: nope).' });
  });

  it('retries a 502 and succeeds', async () => {
    gh.failNext({ method: 'POST' }, { status: 502 });
    const result = success(await upsertStickyComment(connect(), request()));
    expect(result.outcome).toBe('created');
    expect(gh.comments(PR)).toHaveLength(1);
    expect(lines.some((line) => line.includes('answered 502'))).toBe(true);
  });

  it('persistent 5xx → failed, never throws', async () => {
    gh.failNext({ method: 'GET' }, { status: 500 }, 10);
    const result = await upsertStickyComment(connect(), request());
    expect(result).toMatchObject({ outcome: 'failed', message: expect.stringContaining('GitHub answered 500') });
  });

  it('an API that throws plain errors → failed', async () => {
    const broken = { listIssueComments: () => Promise.reject(new Error('socket hang up')) } as unknown as GitHubApi;
    expect(await upsertStickyComment(broken, request())).toEqual({ outcome: 'failed', message: 'Could not read the comments of #42 (socket hang up).' });
  });

  it('works against a GitHub Enterprise Server path', async () => {
    await gh.close();
    gh = await GitHubApiStandIn.start({ prefix: '/api/v3', tokenLogin: 'stagecraft-app[bot]' });
    const api = connect();
    expect(success(await upsertStickyComment(api, request({ author: 'stagecraft-app[bot]' }))).outcome).toBe('created');
    expect(success(await upsertStickyComment(api, request({ author: 'stagecraft-app[bot]' }))).outcome).toBe('updated');
    expect(gh.requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
    // The token posts as the app: comments by github-actions[bot] are not ours.
    gh.addComment(PR, `${MARKER}\nold`, BOT);
    expect(success(await upsertStickyComment(api, request({ author: 'stagecraft-app[bot]' }))).deleted).toEqual([]);
  });
});
