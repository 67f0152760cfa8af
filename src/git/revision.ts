import type { RevisionReader } from '../review/types.js';
import type { GitRepository } from './repository.js';

/**
 * A commit's files read from the local git objects. The file list is read once (one `ls-tree -r`) and
 * kept; once it is known, a path not in it is answered without running git. The commit must be here
 * (see `GitRepository.hasCommit` / `fetchCommit`): otherwise its reads reject with a GitError.
 */
export function gitRevisionReader(repo: GitRepository, sha: string): RevisionReader {
  let files: Promise<string[]> | null = null;
  let known: Set<string> | null = null;
  return {
    sha,
    listFiles(): Promise<string[]> {
      files ??= new Promise<string[]>((resolve) => resolve(repo.listFiles(sha))).then(
        (list) => {
          known = new Set(list);
          return list;
        },
        (err: unknown) => {
          // Not kept: a later call may succeed (after fetchCommit, say).
          files = null;
          throw err;
        },
      );
      // A copy each time: callers may sort or change theirs.
      return files.then((list) => [...list]);
    },
    readFile(path: string): Promise<string | null> {
      return new Promise((resolve) => {
        if (known !== null && !known.has(path)) resolve(null);
        else resolve(repo.readFile(sha, path));
      });
    },
  };
}
