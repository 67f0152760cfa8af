import type { RevisionReader } from './types.js';

/** Where a commit's files come from: the local git objects, or the REST API. */
export interface RevisionSource {
  listFiles(): Promise<string[]>;
  readFile(path: string): Promise<string | null>;
}

/**
 * A RevisionReader that asks its source for the file list once and for each file once. Once the list
 * is known, a path not in it (a folder, a symlink, a submodule, nothing) is answered null without
 * asking. A failure is not kept, so a later call tries again (after `fetchCommit`, say).
 */
export function cachedRevisionReader(sha: string, source: RevisionSource): RevisionReader {
  let files: Promise<string[]> | null = null;
  let known: Set<string> | null = null;
  const texts = new Map<string, Promise<string | null>>();
  return {
    sha,
    listFiles(): Promise<string[]> {
      files ??= source.listFiles().then(
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
        text = source.readFile(path);
        texts.set(path, text);
        text.catch(() => texts.delete(path));
      }
      return text;
    },
  };
}
