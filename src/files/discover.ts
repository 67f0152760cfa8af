import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** Folders never searched: other people's code and VCS internals. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['.git', 'node_modules', '.hg', '.svn']);

const NAME_PATTERNS = [/^dockerfile$/i, /^dockerfile[.-]/i, /\.dockerfile$/i, /^containerfile$/i, /^containerfile\./i];

/** Names that match a pattern but are documentation or ignore files about a Dockerfile, not one. */
const NOT_DOCKERFILES = /\.(dockerignore|md|markdown|rst|txt|adoc|html?|png|svg|jpe?g|gif|pdf)$/i;

/**
 * Templates that render a Dockerfile (Jinja, Go templates, ERB, autoconf, m4, Nickel, …): their
 * placeholders are not Dockerfile syntax, so a search skips them. Named explicitly (`stagecraft lint
 * Dockerfile.j2`, an action pattern that names the file), they are linted all the same.
 */
const TEMPLATES = /\.(j2|jinja2?|tmpl|tpl|template|gotmpl|in|erb|ncl|m4|mustache|hbs|handlebars|njk|ejs|liquid|twig|mako|eex)$/i;

/**
 * Whether a file name is one of the Dockerfile naming patterns: never a `.dockerignore`, a document or a
 * template that renders one. Discovery, the action's default selection and a review's changed files all
 * go by it.
 */
export function isDockerfileName(name: string): boolean {
  if (NOT_DOCKERFILES.test(name) || TEMPLATES.test(name)) return false;
  return NAME_PATTERNS.some((re) => re.test(name));
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Every file below `dir` (skipping VCS folders and node_modules), relative to `dir`, sorted; at most
 * `maxFiles` of them (a caller that bounds the walk compares the length with its limit).
 */
export function walkFiles(dir: string, maxFiles = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    if (out.length >= maxFiles) return;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (out.length >= maxFiles) return;
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

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
