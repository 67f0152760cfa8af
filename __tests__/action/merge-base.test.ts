import { describe, expect, it } from 'vitest';
import { findMergeBase, type MergeBaseEdges } from '../../src/action/merge-base.js';
import type { GitRepository } from '../../src/git/repository.js';
import { GitHubApiError, type GitHubApi } from '../../src/github/api.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const FORK_POINT = 'a'.repeat(40);

function edges(github: Partial<GitHubApi> | null, git: Partial<GitRepository> | null): MergeBaseEdges & { said: string[]; noticed: string[] } {
  const said: string[] = [];
  const noticed: string[] = [];
  return {
    github: github as GitHubApi | null,
    git: git as GitRepository | null,
    info: (text) => said.push(text),
    notice: (text) => noticed.push(text),
    said,
    noticed,
  };
}

describe('findMergeBase (pull_request_target)', () => {
  it('asks the compare API first', async () => {
    const e = edges({ mergeBase: async (base, head) => (base === BASE && head === HEAD ? FORK_POINT.toUpperCase() : 'x') }, { fetchCommit: () => { throw new Error('git is not asked'); } });
    expect(await findMergeBase(BASE, HEAD, e)).toBe(FORK_POINT);
    expect(e.noticed).toEqual([]);
  });

  it('asks git when the API fails, fetching both commits (a full clone has their histories)', async () => {
    const fetched: string[] = [];
    const e = edges(
      { mergeBase: () => Promise.reject(new GitHubApiError({ operation: 'comparing', status: 404, githubMessage: 'Not Found' })) },
      { fetchCommit: (sha) => (fetched.push(sha), true), mergeBase: (a, b) => (a === BASE && b === HEAD ? FORK_POINT : null) },
    );
    expect(await findMergeBase(BASE, HEAD, e)).toBe(FORK_POINT);
    expect(fetched).toEqual([BASE, HEAD]);
    expect(e.said.join('\n')).toContain('The compare API did not give the merge base');
  });

  it('falls back to the base branch tip with a notice when neither can say (a shallow clone, no token)', async () => {
    const e = edges(null, { fetchCommit: () => true, mergeBase: () => null });
    expect(await findMergeBase(BASE, HEAD, e)).toBe(BASE);
    expect(e.noticed).toHaveLength(1);
    expect(e.noticed[0]).toContain('could not be found');
  });
});
