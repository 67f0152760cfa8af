import type { RevisionReader } from '../review/types.js';
import type { GitHubApi } from './api.js';

/**
 * A commit's files read through the REST API, for when the checkout lacks the commit: each file with the
 * contents API, the list with one recursive trees request. Both are kept (a file is asked for once); a
 * failed request is not kept, so a later call tries again. Once the list is known, a path not in it
 * (a folder, a symlink, a submodule, nothing) is answered null without a request — before that, GitHub
 * answers a symlink to a file in the repository with the target's text.
 *
 * `listFiles` rejects with a GitHubApiError (`truncated: true`) for a tree too large for GitHub to list.
 */
export function contentsRevisionReader(api: GitHubApi, sha: string): RevisionReader {
  let files: Promise<string[]> | null = null;
  let known: Set<string> | null = null;
  const texts = new Map<string, Promise<string | null>>();
  return {
    sha,
    listFiles(): Promise<string[]> {
      files ??= api.listFilesAt(sha).then(
        (list) => {
          known = new Set(list);
          return list;
        },
        (err: unknown) => {
          files = null;
          throw err;
        },
      );
      // A copy each time: callers may sort or change theirs.
      return files.then((list) => [...list]);
    },
    readFile(path: string): Promise<string | null> {
      if (known !== null && !known.has(path)) return Promise.resolve(null);
      let text = texts.get(path);
      if (!text) {
        text = api.readFileAt(sha, path);
        texts.set(path, text);
        text.catch(() => texts.delete(path));
      }
      return text;
    },
  };
}
