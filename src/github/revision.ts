import { cachedRevisionReader } from '../review/cached-reader.js';
import type { RevisionReader } from '../review/types.js';
import type { GitHubApi } from './api.js';

/**
 * A commit's files read through the REST API, for when the checkout lacks the commit: each file with the
 * contents API, the list with one recursive trees request. Until the list is known, GitHub answers a
 * symlink to a file in the repository with the target's text.
 *
 * `listFiles` rejects with a GitHubApiError (`truncated: true`) for a tree too large for GitHub to list.
 */
export function contentsRevisionReader(api: GitHubApi, sha: string): RevisionReader {
  return cachedRevisionReader(sha, {
    listFiles: () => api.listFilesAt(sha),
    readFile: (path) => api.readFileAt(sha, path),
  });
}
