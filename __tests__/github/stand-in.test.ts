import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiStandIn } from '../helpers/github-api.js';

/** The GitHub API stand-in itself: what other tests (and the bundled action's end-to-end tests) rely on. */
let gh: GitHubApiStandIn;
const auth = { authorization: 'token test' };
const repo = () => `${gh.apiUrl}/repos/${gh.owner}/${gh.repo}`;

beforeEach(async () => {
  gh = await GitHubApiStandIn.start({ owner: 'acme', repo: 'shop' });
});

afterEach(async () => {
  await gh.close();
});

describe('GitHubApiStandIn', () => {
  it('requires an Authorization header, and records every request', async () => {
    const res = await fetch(`${repo()}/issues/1/comments`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Requires authentication' });
    expect(gh.requests).toHaveLength(1);
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/repos/acme/shop/issues/1/comments', body: undefined });
  });

  it('answers unknown routes and other repositories with 404 JSON', async () => {
    for (const url of [`${gh.url}/nope`, `${gh.apiUrl}/repos/acme/other/pulls/1`, `${repo()}/pulls/1`]) {
      const res = await fetch(url, { headers: auth });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toMatchObject({ message: 'Not Found' });
    }
  });

  it('paginates with Link headers like GitHub', async () => {
    for (let i = 0; i < 75; i++) gh.addComment(9, `c${i}`, 'octocat');
    const first = await fetch(`${repo()}/issues/9/comments?per_page=30`, { headers: auth });
    expect(((await first.json()) as unknown[]).length).toBe(30);
    expect(first.headers.get('link')).toBe(
      `<${repo()}/issues/9/comments?per_page=30&page=2>; rel="next", <${repo()}/issues/9/comments?per_page=30&page=3>; rel="last"`,
    );
    const last = await fetch(`${repo()}/issues/9/comments?per_page=30&page=3`, { headers: auth });
    expect(((await last.json()) as unknown[]).length).toBe(15);
    expect(last.headers.get('link')).toBe(`<${repo()}/issues/9/comments?per_page=30&page=2>; rel="prev", <${repo()}/issues/9/comments?per_page=30&page=1>; rel="first"`);
    const capped = await fetch(`${repo()}/issues/9/comments?per_page=500`, { headers: auth });
    expect(((await capped.json()) as unknown[]).length).toBe(75);
  });

  it('creates comments as tokenLogin with increasing ids, edits and deletes them', async () => {
    gh.tokenLogin = 'stagecraft[bot]';
    const post = (body: unknown) => fetch(`${repo()}/issues/4/comments`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const a = (await (await post({ body: 'one' })).json()) as { id: number; user: { login: string; type: string }; html_url: string };
    const res = await post({ body: 'two' });
    expect(res.status).toBe(201);
    const b = (await res.json()) as { id: number };
    expect(b.id).toBeGreaterThan(a.id);
    expect(a.user).toMatchObject({ login: 'stagecraft[bot]', type: 'Bot' });
    expect(a.html_url).toBe(`https://github.com/acme/shop/pull/4#issuecomment-${a.id}`);
    expect(gh.requests.at(-1)!.body).toEqual({ body: 'two' });

    const tooLong = await post({ body: 'é'.repeat(65537) });
    expect(tooLong.status).toBe(422);
    expect(JSON.stringify(await tooLong.json())).toContain('Body is too long');
    expect((await post({ body: '😀'.repeat(65536) })).status).toBe(201);

    const patch = await fetch(`${repo()}/issues/comments/${a.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ body: 'edited' }) });
    expect(patch.status).toBe(200);
    expect(gh.comments(4)[0]!.body).toBe('edited');
    expect((await fetch(`${repo()}/issues/comments/${a.id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    expect((await fetch(`${repo()}/issues/comments/${a.id}`, { method: 'DELETE', headers: auth })).status).toBe(404);
    expect((await fetch(`${repo()}/issues/comments/${a.id}`, { method: 'PATCH', headers: auth, body: '{"body":"x"}' })).status).toBe(404);
    expect(gh.comments(4).map((c) => c.id)).toEqual([b.id, b.id + 1]);
  });

  it('serves contents raw or as base64 JSON, folders as listings, and trees', async () => {
    gh.files.set('abc', new Map([['app/Dockerfile', 'FROM alpine\n'], ['README.md', '# hi\n']]));
    const raw = await fetch(`${repo()}/contents/app/Dockerfile?ref=abc`, { headers: { ...auth, accept: 'application/vnd.github.raw' } });
    expect(await raw.text()).toBe('FROM alpine\n');
    const json = (await (await fetch(`${repo()}/contents/app/Dockerfile?ref=abc`, { headers: auth })).json()) as { type: string; encoding: string; content: string };
    expect(json).toMatchObject({ type: 'file', encoding: 'base64' });
    expect(Buffer.from(json.content, 'base64').toString()).toBe('FROM alpine\n');
    const dir = await fetch(`${repo()}/contents/app?ref=abc`, { headers: { ...auth, accept: 'application/vnd.github.raw' } });
    expect(await dir.json()).toEqual([expect.objectContaining({ type: 'file', name: 'Dockerfile', path: 'app/Dockerfile' })]);
    expect((await fetch(`${repo()}/contents/app/nope?ref=abc`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${repo()}/contents/app/Dockerfile?ref=zzz`, { headers: auth })).status).toBe(404);

    const tree = (await (await fetch(`${repo()}/git/trees/abc?recursive=1`, { headers: auth })).json()) as { tree: { path: string; type: string }[]; truncated: boolean };
    expect(tree.truncated).toBe(false);
    expect(tree.tree.map((e) => `${e.type} ${e.path}`)).toEqual(['blob README.md', 'tree app', 'blob app/Dockerfile']);
    const top = (await (await fetch(`${repo()}/git/trees/abc`, { headers: auth })).json()) as { tree: { path: string }[] };
    expect(top.tree.map((e) => e.path)).toEqual(['README.md', 'app']);
  });

  it('answers and records POST /graphql', async () => {
    const res = await fetch(gh.graphqlUrl, { method: 'POST', headers: auth, body: JSON.stringify({ query: '{ viewer { login } }' }) });
    expect(await res.json()).toEqual({ data: {} });
    expect(gh.requests[0]!.body).toEqual({ query: '{ viewer { login } }' });
  });

  it('failNext answers the next matching requests, then stops', async () => {
    gh.failNext({ method: 'GET', path: /\/pulls\/\d+$/ }, { status: 502, body: 'Bad gateway' }, 2);
    gh.pulls.set(1, { headSha: 'h', baseSha: 'b' });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${repo()}/pulls/1`, { headers: auth })).status);
    expect(statuses).toEqual([502, 502, 200]);
  });

  it('serves another process’s concurrent requests', async () => {
    const script = `
      const base = process.argv[1];
      const post = (n) => fetch(base + '/issues/3/comments', { method: 'POST', headers: { authorization: 'token child', 'content-type': 'application/json' }, body: JSON.stringify({ body: 'child ' + n }) }).then((r) => r.status);
      Promise.all(Array.from({ length: 10 }, (_, n) => post(n))).then((s) => { process.stdout.write(JSON.stringify(s)); });
    `;
    gh.delay({ method: 'POST' }, 20);
    const child = spawn(process.execPath, ['-e', script, repo()], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const ours = Promise.all(Array.from({ length: 10 }, (_, n) => fetch(`${repo()}/issues/3/comments`, { method: 'POST', headers: auth, body: JSON.stringify({ body: `parent ${n}` }) })));
    const [code] = await Promise.all([new Promise((resolve) => child.on('close', resolve)), ours]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(Array(10).fill(201));
    const comments = gh.comments(3);
    expect(comments).toHaveLength(20);
    expect(new Set(comments.map((c) => c.id)).size).toBe(20);
    expect(gh.requests.filter((r) => r.headers.authorization === 'token child')).toHaveLength(10);
  });
});
