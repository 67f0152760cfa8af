import type { GitRepository } from '../git/repository.js';
import type { GitHubApi } from '../github/api.js';

export interface MergeBaseEdges {
  git: GitRepository | null;
  github: GitHubApi | null;
  info(text: string): void;
  notice(text: string): void;
}

/**
 * The commit a `pull_request_target` review compares the head with: the merge base of the base branch's
 * tip (`pull_request.base.sha`) and the PR's head, which is what the pull request's "Files changed"
 * compares with — so commits that landed on the base branch after the PR branched are neither new nor
 * fixed. (Under `pull_request` the merge commit's first parent does that job.)
 *
 * Asked of the compare API first (one request, whatever the checkout's depth); else of git, which
 * answers when the checkout has both histories (`fetch-depth: 0`: `fetchCommit` then fetches the head
 * with its history; a shallow clone fetches single commits, which share no ancestor); else the base
 * branch's tip, with a notice saying what that means. Everything is read as data: nothing is checked out.
 */
export async function findMergeBase(baseSha: string, headSha: string, edges: MergeBaseEdges): Promise<string> {
  if (edges.github) {
    try {
      return (await edges.github.mergeBase(baseSha, headSha)).toLowerCase();
    } catch (err) {
      edges.info(`The compare API did not give the merge base (${err instanceof Error ? err.message : String(err)}): asking git.`);
    }
  }
  const git = edges.git;
  if (git && git.fetchCommit(baseSha) && git.fetchCommit(headSha)) {
    const found = git.mergeBase(baseSha, headSha);
    if (found) return found;
  }
  edges.notice(
    `The merge base of the pull request's head ${headSha.slice(0, 12)} and the base branch ${baseSha.slice(0, 12)} could not be found: ` +
      'the head was compared with the base branch as it is now, so changes the base branch made since the pull request branched off may show as fixed or new.',
  );
  return baseSha;
}
