import { basename } from 'node:path';
import picomatch from 'picomatch';
import { isDockerfileName } from '../files/discover.js';
import type { ActionInputs } from '../inputs.js';

export interface DockerfileSelection {
  /** Matching files, relative to the folder that was listed, sorted. */
  files: string[];
  /** Include patterns that matched no file at all: most likely a typo in the workflow. */
  unmatched: string[];
}

/**
 * Picks the Dockerfiles among a folder's files (relative, `/`-separated). Without include patterns, the
 * naming patterns `stagecraft lint <dir>` uses; excludes (`!pattern`) apply either way. Globs match
 * dotfiles and dot-folders too: `.devcontainer/Dockerfile` is a Dockerfile like any other.
 */
export function selectDockerfiles(allFiles: readonly string[], patterns: ActionInputs['dockerfiles']): DockerfileSelection {
  const isExcluded = patterns.exclude.length > 0 ? picomatch(patterns.exclude, { dot: true }) : () => false;
  const notIgnoreFile = (rel: string) => !/\.dockerignore$/i.test(rel);
  if (patterns.include.length === 0) {
    const files = allFiles.filter((rel) => isDockerfileName(basename(rel)) && !isExcluded(rel));
    return { files: [...files].sort(), unmatched: [] };
  }
  const matchers = patterns.include.map((p) => ({ pattern: p, matches: picomatch(p, { dot: true }) }));
  const hits = new Set<string>();
  const used = new Set<string>();
  for (const rel of allFiles) {
    for (const { pattern, matches } of matchers) {
      if (!matches(rel)) continue;
      used.add(pattern);
      if (notIgnoreFile(rel) && !isExcluded(rel)) hits.add(rel);
    }
  }
  return { files: [...hits].sort(), unmatched: patterns.include.filter((p) => !used.has(p)) };
}
