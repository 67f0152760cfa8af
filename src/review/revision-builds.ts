import { repoFilesFromTable, type RepoFiles } from '../builds/types.js';
import { isBuildSettingsFile } from '../files/builds.js';
import type { RevisionReader } from './types.js';

/**
 * More build files than this in one commit are not all read: through the contents API each is a
 * request, and a real repository has a handful.
 */
export const MAX_REVISION_BUILD_FILES = 200;
const CONCURRENCY = 8;

/**
 * A commit's tree as the build readers see it: every path, and the texts of the files they read (bake,
 * compose, workflows, `.stagecraft.yml`, and `extraPaths` such as an explicit configuration), fetched
 * once up front since a revision reads asynchronously.
 */
export async function revisionRepoFiles(reader: RevisionReader, listed: readonly string[], extraPaths: readonly string[] = []): Promise<{ files: RepoFiles; skipped: number }> {
  const present = new Set(listed);
  const wanted = [...new Set([...extraPaths.filter((path) => present.has(path)), ...listed.filter(isBuildSettingsFile).sort()])];
  const read = wanted.slice(0, MAX_REVISION_BUILD_FILES);
  const table: Record<string, string> = {};
  // A few at a time: through the API each read is a request.
  for (let start = 0; start < read.length; start += CONCURRENCY) {
    const batch = read.slice(start, start + CONCURRENCY);
    const texts = await Promise.all(batch.map((path) => reader.readFile(path)));
    batch.forEach((path, i) => {
      if (texts[i] !== null && texts[i] !== undefined) table[path] = texts[i]!;
    });
  }
  const byPath = repoFilesFromTable(table);
  return { files: { list: () => [...listed], read: (path) => byPath.read(path) }, skipped: wanted.length - read.length };
}
