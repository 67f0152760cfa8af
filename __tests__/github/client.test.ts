import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError, type GitHubApi } from '../../src/github/api.js';
import { createGitHubApi, type GitHubApiOptions } from '../../src/github/client.js';
import { GitHubApiStandIn, type PullFile } from '../helpers/github-api.js';

const TOKEN = 'ghs_StandInSecretToken1234567890';
const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

let gh: GitHubApiStandIn;
let lines: string[];

function connect(overrides: Partial<GitHubApiOptions> = {}): GitHubApi {
  return createGitHubApi({ token: TOKEN, owner: gh.owner, repo: gh.repo, apiUrl: gh.apiUrl, log: (line) => lines.push(line), retryDelayMs: 5, ...overrides });
}

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(GitHubApiError);
    return err as GitHubApiError;
  }
  throw new Error('expected a rejection');
}

beforeEach(async () => {
  gh = await GitHubApiStandIn.start();
  lines = [];
});

afterEach(async () => {
  await gh.close();
});

describe('listPullRequestFiles', () => {
  it('reads every page at 100 a page and maps the statuses', async () => {
    const files: PullFile[] = Array.from({ length: 250 }, (_, i) => ({ filename: `dir/file-${i}.txt`, status: 'modified' }));
    files[0] = { filename: 'new/Dockerfile', status: 'added' };
    files[1] = { filename: 'gone/Dockerfile', status: 'removed' };
    files[2] = { filename: 'moved/Dockerfile', status: 'renamed', previous_filename: 'old/Dockerfile' };
    files[3] = { filename: 'copy/Dockerfile', status: 'copied', previous_filename: 'orig/Dockerfile' };
    files[4] = { filename: 'mode/Dockerfile', status: 'changed' };
    files[5] = { filename: 'same/Dockerfile', status: 'unchanged' };
    gh.pullFiles.set(7, files);

    const { files: listed, truncated } = await connect().listPullRequestFiles(7);

    expect(truncated).toBe(false);
    expect(listed).toHaveLength(250);
    expect(listed.slice(0, 7)).toEqual([
      { path: 'new/Dockerfile', status: 'added', previousPath: null },
      { path: 'gone/Dockerfile', status: 'removed', previousPath: null },
      { path: 'moved/Dockerfile', status: 'renamed', previousPath: 'old/Dockerfile' },
      { path: 'copy/Dockerfile', status: 'added', previousPath: 'orig/Dockerfile' },
      { path: 'mode/Dockerfile', status: 'modified', previousPath: null },
      { path: 'same/Dockerfile', status: 'modified', previousPath: null },
      { path: 'dir/file-6.txt', status: 'modified', previousPath: null },
    ]);
    expect(listed[249]!.path).toBe('dir/file-249.txt');
    const pages = gh.requestsTo('GET', /\/pulls\/7\/files$/);
    expect(pages).toHaveLength(3);
    expect(pages.map((r) => r.query.get('per_page'))).toEqual(['100', '100', '100']);
    expect(pages.map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
  });

  it('says truncated when GitHub stops at 3,000 files', async () => {
    gh.pullFiles.set(8, Array.from({ length: 3500 }, (_, i) => ({ filename: `f${i}`, status: 'added' as const })));
    const result = await connect().listPullRequestFiles(8);
    expect(result.files).toHaveLength(3000);
    expect(result.truncated).toBe(true);
    expect(gh.requestsTo('GET', /\/pulls\/8\/files$/)).toHaveLength(30);
  });

  it('is not truncated just below the cap', async () => {
    gh.pullFiles.set(9, Array.from({ length: 2999 }, (_, i) => ({ filename: `f${i}`, status: 'added' as const })));
    expect((await connect().listPullRequestFiles(9)).truncated).toBe(false);
  });

  it('rejects with the operation and GitHub message for an unknown pull request', async () => {
    const err = await rejection(connect().listPullRequestFiles(404));
    expect(err.status).toBe(404);
    expect(err.operation).toBe('listing the files of pull request #404');
    expect(err.message).toBe('Listing the files of pull request #404 failed (GitHub answered 404): Not Found');
  });
});

describe('issue comments', () => {
  it('lists all 150 comments on two pages, oldest first', async () => {
    for (let i = 0; i < 150; i++) gh.addComment(3, `comment ${i}`, i % 2 ? 'octocat' : 'github-actions[bot]');
    const comments = await connect().listIssueComments(3);
    expect(comments).toHaveLength(150);
    expect(comments[0]).toEqual({ id: 1001, body: 'comment 0', author: 'github-actions[bot]', url: expect.stringMatching(/#issuecomment-1001$/) });
    expect(comments[149]!.body).toBe('comment 149');
    expect(comments.map((c) => c.id)).toEqual([...comments.map((c) => c.id)].sort((a, b) => a - b));
    expect(gh.requestsTo('GET', /\/issues\/3\/comments$/).map((r) => r.query.get('per_page'))).toEqual(['100', '100']);
  });

  it('creates, updates and deletes', async () => {
    const api = connect();
    const created = await api.createIssueComment(5, 'hello');
    expect(created).toEqual({ id: expect.any(Number), body: 'hello', author: 'github-actions[bot]', url: expect.stringContaining('/pull/5#issuecomment-') });
    const updated = await api.updateIssueComment(created.id, 'hello again');
    expect(updated).toEqual({ ...created, body: 'hello again' });
    expect(gh.comments(5).map((c) => c.body)).toEqual(['hello again']);
    await api.deleteIssueComment(created.id);
    expect(gh.comments(5)).toEqual([]);
    const gone = await rejection(api.deleteIssueComment(created.id));
    expect(gone.status).toBe(404);
  });

  it('sends the token as the Authorization header', async () => {
    await connect().listIssueComments(1);
    expect(gh.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('rejects a body over 65,536 characters with 422 and GitHub’s reason', async () => {
    const err = await rejection(connect().createIssueComment(5, 'x'.repeat(65537)));
    expect(err.status).toBe(422);
    expect(err.message).toContain('Body is too long (maximum is 65536 characters)');
    expect(gh.comments(5)).toEqual([]);
  });
});

describe('getPullRequest', () => {
  it('answers the head and base commits and the page', async () => {
    gh.pulls.set(12, { headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) });
    expect(await connect().getPullRequest(12)).toEqual({
      number: 12,
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      url: `https://github.com/${gh.owner}/${gh.repo}/pull/12`,
    });
  });
});

describe('mergeBase', () => {
  it('answers merge_base_commit.sha of the compare API, asking for one commit a page', async () => {
    const [base, head, forkPoint] = ['b', 'c', 'a'].map((c) => c.repeat(40)) as [string, string, string];
    gh.mergeBases.set(`${base}...${head}`, forkPoint);
    expect(await connect().mergeBase(base, head)).toBe(forkPoint);
    const [request] = gh.requestsTo('GET', /\/compare\//);
    expect(request?.path).toBe(`/repos/${gh.owner}/${gh.repo}/compare/${base}...${head}`);
    expect(request?.query.get('per_page')).toBe('1');
  });

  it('rejects, naming the comparison, when GitHub does not know the commits', async () => {
    const err = await rejection(connect().mergeBase('b'.repeat(40), 'c'.repeat(40)));
    expect(err.status).toBe(404);
    expect(err.message).toBe('Comparing bbbbbbbbbbbb...cccccccccccc failed (GitHub answered 404): Not Found');
  });
});

describe('contents and trees', () => {
  beforeEach(() => {
    gh.files.set(
      'c0ffee',
      new Map([
        ['Dockerfile', 'FROM alpine:3.20\n'],
        ['svc/a b/Dockerfile.prod', '\uFEFFFROM node:22 AS build\nRUN echo "é"\n'],
        ['svc/empty', ''],
      ]),
    );
  });

  it('reads a file’s text at a ref with the raw media type', async () => {
    const api = connect();
    expect(await api.readFileAt('c0ffee', 'Dockerfile')).toBe('FROM alpine:3.20\n');
    const request = gh.requestsTo('GET', /\/contents\//)[0]!;
    expect(request.query.get('ref')).toBe('c0ffee');
    expect(request.headers.accept).toBe('application/vnd.github.raw');
  });

  it('keeps the bytes as they are: a BOM, non-ASCII, a path with a space, an empty file', async () => {
    const api = connect();
    expect(await api.readFileAt('c0ffee', 'svc/a b/Dockerfile.prod')).toBe('\uFEFFFROM node:22 AS build\nRUN echo "é"\n');
    expect(gh.requestsTo('GET', /\/contents\//)[0]!.path).toMatch(/\/contents\/svc\/a%20b\/Dockerfile\.prod$/);
    expect(await api.readFileAt('c0ffee', 'svc/empty')).toBe('');
  });

  it('answers null for a missing file, a missing ref and a folder', async () => {
    const api = connect();
    expect(await api.readFileAt('c0ffee', 'nope/Dockerfile')).toBeNull();
    expect(await api.readFileAt('deadbeef', 'Dockerfile')).toBeNull();
    expect(await api.readFileAt('c0ffee', 'svc')).toBeNull();
  });

  it('reads base64 JSON too, should GitHub ignore the raw media type', async () => {
    gh.failNext(
      { path: /\/contents\// },
      { status: 200, body: { type: 'file', path: 'Dockerfile', sha: 'abc', encoding: 'base64', content: Buffer.from('FROM scratch\n').toString('base64').replace(/(.{4})/g, '$1\n') } },
    );
    expect(await connect().readFileAt('c0ffee', 'Dockerfile')).toBe('FROM scratch\n');
  });

  it('answers a raw JSON file labelled application/json as the file, and a submodule as null', async () => {
    gh.failNext({ path: /\/contents\// }, { status: 200, body: { type: 'object', extends: ['base'] } });
    expect(await connect().readFileAt('c0ffee', 'renovate.json')).toBe('{"type":"object","extends":["base"]}');
    gh.failNext({ path: /\/contents\// }, { status: 200, body: [1, 2] });
    expect(await connect().readFileAt('c0ffee', 'list.json')).toBe('[1,2]');
    gh.failNext({ path: /\/contents\// }, { status: 200, body: { type: 'submodule', path: 'vendor/lib', sha: 'abc', submodule_git_url: 'https://example.com/lib.git' } });
    expect(await connect().readFileAt('c0ffee', 'vendor/lib')).toBeNull();
  });

  it('other failures reject', async () => {
    gh.failNext({ path: /\/contents\// }, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const err = await rejection(connect().readFileAt('c0ffee', 'Dockerfile'));
    expect(err.status).toBe(403);
    expect(err.message).toBe('Reading Dockerfile at c0ffee failed (GitHub answered 403): Resource not accessible by integration');
  });

  it('lists the regular files of a commit with one recursive trees request', async () => {
    expect(await connect().listFilesAt('c0ffee')).toEqual(['Dockerfile', 'svc/a b/Dockerfile.prod', 'svc/empty']);
    const [request] = gh.requestsTo('GET', /\/git\/trees\//);
    expect(request!.path).toMatch(/\/git\/trees\/c0ffee$/);
    expect(request!.query.get('recursive')).toBe('1');
  });

  it('leaves out symlinks and submodules', async () => {
    gh.failNext(
      { path: /\/git\/trees\// },
      {
        status: 200,
        body: {
          sha: 'c0ffee',
          truncated: false,
          tree: [
            { path: 'Dockerfile', mode: '100644', type: 'blob' },
            { path: 'run.sh', mode: '100755', type: 'blob' },
            { path: 'link', mode: '120000', type: 'blob' },
            { path: 'vendor', mode: '040000', type: 'tree' },
            { path: 'vendor/lib', mode: '160000', type: 'commit' },
          ],
        },
      },
    );
    expect(await connect().listFilesAt('c0ffee')).toEqual(['Dockerfile', 'run.sh']);
  });

  it('rejects a truncated tree, saying so', async () => {
    gh.failNext({ path: /\/git\/trees\// }, { status: 200, body: { sha: 'c0ffee', truncated: true, tree: [{ path: 'a', mode: '100644', type: 'blob' }] } });
    const err = await rejection(connect().listFilesAt('c0ffee'));
    expect(err.truncated).toBe(true);
    expect(err.message).toMatch(/^Listing the files at c0ffee failed \(GitHub truncated the answer\)/);
  });
});

describe('retries', () => {
  it('retries a 502, then succeeds, logging the retry', async () => {
    gh.failNext({ method: 'GET', path: /\/issues\/4\/comments$/ }, { status: 502, body: '<html>Unicorn!</html>' });
    gh.addComment(4, 'hi', 'octocat');
    expect(await connect().listIssueComments(4)).toHaveLength(1);
    expect(gh.requestsTo('GET', /\/issues\/4\/comments$/)).toHaveLength(2);
    expect(lines).toEqual(['GitHub API: GET /repos/octo-org/octo-repo/issues/4/comments answered 502 (attempt 1 of 4); retrying.']);
  });

  it('gives up on a 5xx after 3 retries', async () => {
    gh.failNext({ method: 'POST' }, { status: 503 }, 10);
    const err = await rejection(connect().createIssueComment(4, 'x'));
    expect(err.status).toBe(503);
    expect(err.message).toBe('Creating a comment on #4 failed (GitHub answered 503): Service Unavailable');
    expect(gh.requestsTo('POST', /comments$/)).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/attempt 4 of 4\); giving up\.$/);
  });

  it('does not retry a permission 403', async () => {
    gh.failNext({ method: 'POST' }, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } }, 5);
    const err = await rejection(connect().createIssueComment(4, 'x'));
    expect(err.status).toBe(403);
    expect(err.githubMessage).toBe('Resource not accessible by integration');
    expect(gh.requestsTo('POST', /comments$/)).toHaveLength(1);
    expect(lines).toEqual([]);
  });

  it('waits out a secondary rate limit 403 with Retry-After, logging it', async () => {
    gh.failNext({ method: 'POST' }, { status: 403, body: { message: SECONDARY }, headers: { 'retry-after': '2' } });
    const created = await connect().createIssueComment(4, 'x');
    expect(created.body).toBe('x');
    expect(gh.requestsTo('POST', /comments$/)).toHaveLength(2);
    expect(lines).toEqual(['GitHub API: secondary rate limit on POST /repos/octo-org/octo-repo/issues/4/comments; retrying in 2 s (retry 1 of 2).']);
  });

  it('retries a 429 with Retry-After: 1', async () => {
    gh.failNext({ method: 'GET' }, { status: 429, body: { message: SECONDARY }, headers: { 'retry-after': '1' } });
    gh.pulls.set(1, { headSha: 'h', baseSha: 'b' });
    const started = Date.now();
    expect((await connect().getPullRequest(1)).headSha).toBe('h');
    expect(Date.now() - started).toBeGreaterThanOrEqual(4);
    expect(gh.requestsTo('GET', /\/pulls\/1$/)).toHaveLength(2);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/secondary rate limit on GET .*retrying in 1 s/);
  });

  it('retries a bare 429 (no rate limit message) with Retry-After', async () => {
    gh.failNext({ method: 'GET' }, { status: 429, headers: { 'retry-after': '1' } });
    gh.pulls.set(1, { headSha: 'h', baseSha: 'b' });
    expect((await connect().getPullRequest(1)).headSha).toBe('h');
    expect(gh.requestsTo('GET', /\/pulls\/1$/)).toHaveLength(2);
    expect(lines).toEqual(['GitHub API: 429 Too Many Requests on GET /repos/octo-org/octo-repo/pulls/1; retrying in 1 s (retry 1 of 2).']);
  });

  it('waits out a primary rate limit until its reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1;
    gh.failNext({ method: 'GET' }, { status: 403, body: { message: 'API rate limit exceeded for installation ID 1.' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } });
    expect(await connect().listIssueComments(2)).toEqual([]);
    expect(gh.requestsTo('GET', /comments$/)).toHaveLength(2);
    expect(lines[0]).toMatch(/^GitHub API: rate limit reached on GET .*; retrying in \d s \(retry 1 of 2\)\.$/);
  });

  it('stops after 2 rate limit retries', async () => {
    gh.failNext({ method: 'GET' }, { status: 429, body: { message: SECONDARY }, headers: { 'retry-after': '1' } }, 10);
    const err = await rejection(connect().listIssueComments(2));
    expect(err.status).toBe(429);
    expect(err.retryAfter).toBe(1);
    expect(gh.requestsTo('GET', /comments$/)).toHaveLength(3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/not waiting 1 s more/);
  });

  it('does not wait longer than 60 s in all', async () => {
    gh.failNext({ method: 'GET' }, { status: 403, body: { message: SECONDARY }, headers: { 'retry-after': '61' } });
    const err = await rejection(connect().listIssueComments(2));
    expect(err.status).toBe(403);
    expect(gh.requestsTo('GET', /comments$/)).toHaveLength(1);
    expect(lines).toEqual(['GitHub API: secondary rate limit on GET /repos/octo-org/octo-repo/issues/2/comments; not waiting 61 s more (at most 2 retries and 60 s).']);
  });

  it('answers status 0 when nothing answers, after retrying', async () => {
    const api = connect();
    await gh.close();
    const err = await rejection(api.listIssueComments(2));
    expect(err.status).toBe(0);
    expect(err.message).toMatch(/^Listing the comments of #2 failed \(no answer from GitHub\)/);
    expect(lines).toHaveLength(4);
    gh = await GitHubApiStandIn.start();
  });
});

describe('defaults', () => {
  it('works without retryDelayMs or log (as the action calls it)', async () => {
    const api = createGitHubApi({ token: TOKEN, owner: gh.owner, repo: gh.repo, apiUrl: gh.apiUrl });
    const created = await api.createIssueComment(2, 'x');
    expect(await api.listIssueComments(2)).toEqual([created]);
  });
});

describe('pacing', () => {
  it('spaces writes one unit apart and comment creations three, as GitHub asks of integrations', async () => {
    // Units long enough that a loaded machine's scheduling noise cannot blur paced and unpaced requests.
    const api = connect({ retryDelayMs: 200 });
    await api.listIssueComments(1); // a warm connection: the times below are the pacing's, not a first connect's
    const a = await api.createIssueComment(1, 'a');
    await api.createIssueComment(1, 'b');
    await api.updateIssueComment(a.id, 'a2');
    await api.deleteIssueComment(a.id);
    const times = gh.requests.slice(1).map((r) => r.receivedAt);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(560);
    expect(times[3]! - times[2]!).toBeGreaterThanOrEqual(180);
    // Reads are not held back.
    const before = Date.now();
    await Promise.all([api.listIssueComments(1), api.listIssueComments(1), api.listIssueComments(1)]);
    // Paced like writes, three reads would take at least two units (400 ms).
    expect(Date.now() - before).toBeLessThan(300);
  });
});

describe('the token', () => {
  it('never appears in an error message or a log line', async () => {
    const api = connect();
    const errors: GitHubApiError[] = [];
    gh.failNext({}, { status: 401, body: { message: `Bad credentials for ${TOKEN}` } });
    errors.push(await rejection(api.listIssueComments(1)));
    gh.failNext({}, { status: 403, body: { message: 'Resource not accessible by integration' } });
    errors.push(await rejection(api.createIssueComment(1, 'x')));
    gh.failNext({}, { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', field: 'body', code: 'invalid', message: TOKEN }] } });
    errors.push(await rejection(api.updateIssueComment(1, 'x')));
    gh.failNext({}, { status: 500, body: TOKEN }, 4);
    errors.push(await rejection(api.getPullRequest(1)));
    const err = await rejection(api.deleteIssueComment(99999));
    errors.push(err);
    for (const e of errors) {
      expect(e.message).not.toContain(TOKEN);
      expect(e.githubMessage).not.toContain(TOKEN);
      expect(JSON.stringify(e)).not.toContain(TOKEN);
      expect(String(e.stack)).not.toContain(TOKEN);
    }
    expect(errors[0]!.message).toBe('Listing the comments of #1 failed (GitHub answered 401): Bad credentials for ***');
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});

describe('GitHub Enterprise Server', () => {
  it('uses the API URL’s path (/api/v3) for every request, pagination included', async () => {
    await gh.close();
    gh = await GitHubApiStandIn.start({ prefix: '/api/v3', owner: 'Enterprise', repo: 'svc' });
    expect(gh.apiUrl).toBe(`${gh.url}/api/v3`);
    expect(gh.graphqlUrl).toBe(`${gh.url}/api/graphql`);
    for (let i = 0; i < 120; i++) gh.addComment(1, `c${i}`, 'octocat');
    gh.pullFiles.set(1, [{ filename: 'Dockerfile', status: 'modified' }]);
    const api = createGitHubApi({ token: TOKEN, owner: 'Enterprise', repo: 'svc', apiUrl: `${gh.url}/api/v3/`, retryDelayMs: 5 });
    expect(await api.listIssueComments(1)).toHaveLength(120);
    expect((await api.listPullRequestFiles(1)).files).toEqual([{ path: 'Dockerfile', status: 'modified', previousPath: null }]);
    expect(gh.requests.map((r) => r.path)).toEqual([
      '/api/v3/repos/Enterprise/svc/issues/1/comments',
      '/api/v3/repos/Enterprise/svc/issues/1/comments',
      '/api/v3/repos/Enterprise/svc/pulls/1/files',
    ]);
  });

  it('the stand-in answers 404 without the prefix', async () => {
    await gh.close();
    gh = await GitHubApiStandIn.start({ prefix: '/api/v3' });
    const err = await rejection(connect({ apiUrl: gh.url }).listIssueComments(1));
    expect(err.status).toBe(404);
  });
});
