import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/api.js';
import { createGitHubApi } from '../../src/github/client.js';
import { contentsRevisionReader } from '../../src/github/revision.js';
import { GitHubApiStandIn } from '../helpers/github-api.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
let gh: GitHubApiStandIn;

function reader() {
  return contentsRevisionReader(createGitHubApi({ token: 'ghs_revision', owner: gh.owner, repo: gh.repo, apiUrl: gh.apiUrl, retryDelayMs: 2 }), SHA);
}

const contentRequests = () => gh.requestsTo('GET', /\/contents\//);

beforeEach(async () => {
  gh = await GitHubApiStandIn.start();
  gh.files.set(
    SHA,
    new Map([
      ['Dockerfile', 'FROM alpine\n'],
      ['services/api/Dockerfile', 'FROM node:22\n'],
      ['.dockerignore', 'node_modules\n'],
    ]),
  );
});

afterEach(async () => {
  await gh.close();
});

describe('contentsRevisionReader', () => {
  it('reads text at the commit and answers null on 404', async () => {
    const r = reader();
    expect(r.sha).toBe(SHA);
    expect(await r.readFile('services/api/Dockerfile')).toBe('FROM node:22\n');
    expect(await r.readFile('missing/Dockerfile')).toBeNull();
    expect(contentRequests().map((q) => q.query.get('ref'))).toEqual([SHA, SHA]);
  });

  it('asks for each file once', async () => {
    const r = reader();
    const [a, b] = await Promise.all([r.readFile('Dockerfile'), r.readFile('Dockerfile')]);
    expect([a, b, await r.readFile('Dockerfile')]).toEqual(['FROM alpine\n', 'FROM alpine\n', 'FROM alpine\n']);
    expect(contentRequests()).toHaveLength(1);
  });

  it('lists the files with one trees request, and then answers unknown paths without asking', async () => {
    const r = reader();
    const listed = await r.listFiles();
    expect(listed).toEqual(['.dockerignore', 'Dockerfile', 'services/api/Dockerfile']);
    listed.pop();
    expect(await r.listFiles()).toHaveLength(3);
    expect(gh.requestsTo('GET', /\/git\/trees\//)).toHaveLength(1);
    expect(await r.readFile('services')).toBeNull();
    expect(await r.readFile('nope')).toBeNull();
    expect(contentRequests()).toHaveLength(0);
    expect(await r.readFile('.dockerignore')).toBe('node_modules\n');
  });

  it('does not keep a failure: the next call asks again', async () => {
    const r = reader();
    gh.failNext({ path: /\/contents\// }, { status: 403, body: { message: 'Resource not accessible by integration' } });
    await expect(r.readFile('Dockerfile')).rejects.toBeInstanceOf(GitHubApiError);
    expect(await r.readFile('Dockerfile')).toBe('FROM alpine\n');
    gh.failNext({ path: /\/git\/trees\// }, { status: 200, body: { sha: SHA, tree: [], truncated: true } });
    await expect(r.listFiles()).rejects.toMatchObject({ truncated: true });
    expect(await r.listFiles()).toHaveLength(3);
  });
});
