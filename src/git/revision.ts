import { cachedRevisionReader } from '../review/cached-reader.js';
import type { RevisionReader } from '../review/types.js';
import type { GitRepository } from './repository.js';

/**
 * A commit's files read from the local git objects (one `ls-tree -r` for the list). The commit must be
 * here (see `GitRepository.hasCommit` / `fetchCommit`): otherwise its reads reject with a GitError.
 */
export function gitRevisionReader(repo: GitRepository, sha: string): RevisionReader {
  return cachedRevisionReader(sha, {
    listFiles: async () => repo.listFiles(sha),
    readFile: async (path) => repo.readFile(sha, path),
  });
}
