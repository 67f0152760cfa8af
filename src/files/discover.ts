import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** The names `stagecraft lint <dir>` and the action look for. */
export const DOCKERFILE_GLOBS = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/Dockerfile-*',
  '**/*.Dockerfile',
  '**/*.dockerfile',
  '**/Containerfile',
  '**/Containerfile.*',
];

/** Folders never searched: other people's code and VCS internals. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

const NAME_PATTERNS = [/^dockerfile$/i, /^dockerfile[.-]/i, /\.dockerfile$/i, /^containerfile$/i, /^containerfile\./i];

/** Whether a file name is one of the Dockerfile naming patterns (a `.dockerignore` never is). */
export function isDockerfileName(name: string): boolean {
  if (/\.dockerignore$/i.test(name)) return false;
  return NAME_PATTERNS.some((re) => re.test(name));
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Every file below `dir` (skipping VCS folders and node_modules), relative to `dir`, sorted. */
export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) visit(full);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        out.push(toPosix(relative(dir, full)));
      }
    }
  };
  visit(dir);
  return out.sort();
}

/** Dockerfiles under a directory, by the naming patterns, as paths joined to `dir`. */
export function findDockerfiles(dir: string): string[] {
  return walkFiles(dir)
    .filter((rel) => isDockerfileName(basename(rel)))
    .map((rel) => (dir === '.' ? rel : toPosix(join(dir, rel))));
}

/** Files under `root` whose root-relative path matches any of the globs (`!glob` excludes). */
export function globFiles(root: string, globs: string[]): string[] {
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const isIncluded = picomatch(include.length > 0 ? include : DOCKERFILE_GLOBS, { dot: true });
  const isExcluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  return walkFiles(root).filter((rel) => isIncluded(rel) && !isExcluded(rel) && !/\.dockerignore$/i.test(rel));
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
