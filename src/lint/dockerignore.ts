/**
 * `.dockerignore` matching as BuildKit does it: the file read like moby's `ignorefile.ReadAll`, the
 * patterns matched like `patternmatcher` (`MatchesOrParentMatches`), on slash-separated paths.
 */

export interface IgnorePattern {
  /** The cleaned pattern, without `!`. */
  text: string;
  /** A `!` pattern: re-includes what earlier patterns excluded. */
  exclusion: boolean;
  matches(path: string): boolean;
}

export interface Dockerignore {
  patterns: IgnorePattern[];
  /** Whether any pattern starts with `!`. */
  hasExclusions: boolean;
  /** Whether `path` or one of its parent directories is excluded (and not re-included). */
  excludes(path: string): boolean;
}

/**
 * Parses a `.dockerignore`. Returns null when BuildKit would reject it (a lone `!`, a malformed
 * pattern): the build fails before any COPY, so nothing can be said about sources.
 */
export function parseDockerignore(text: string): Dockerignore | null {
  const patterns: IgnorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const line of lines) {
    // A comment only when `#` is the very first character.
    if (line.startsWith('#')) continue;
    let pattern = line.trim();
    if (pattern === '') continue;
    const exclusion = pattern.startsWith('!');
    if (exclusion) pattern = pattern.slice(1).trim();
    if (pattern === '') return null;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    const compiled = compilePattern(pattern);
    if (!compiled) return null;
    patterns.push({ text: pattern, exclusion, matches: compiled });
  }
  return {
    patterns,
    hasExclusions: patterns.some((p) => p.exclusion),
    excludes: (path) => matchesOrParentMatches(patterns, path),
  };
}

function matchesOrParentMatches(patterns: IgnorePattern[], file: string): boolean {
  const parent = dirname(file);
  const parentDirs = parent.split('/');
  let matched = false;
  for (const pattern of patterns) {
    // An inclusion cannot change a match, nor an exclusion a non-match.
    if (pattern.exclusion !== matched) continue;
    let match = pattern.matches(file);
    if (!match && parent !== '.') {
      for (let i = 0; i < parentDirs.length && !match; i++) match = pattern.matches(parentDirs.slice(0, i + 1).join('/'));
    }
    if (match) matched = !pattern.exclusion;
  }
  return matched;
}

/**
 * `patternmatcher`'s pattern compilation: `*` and `?` stop at `/`, `**` crosses directories, a
 * leading `**` matches any prefix and a trailing one any suffix, `\` escapes. Null for a pattern
 * BuildKit rejects.
 */
function compilePattern(pattern: string): ((path: string) => boolean) | null {
  if (!isValidGlob(pattern)) return null;
  type Kind = 'exact' | 'prefix' | 'suffix' | 'regexp';
  let kind: Kind = 'exact';
  let source = '^';
  const chars = Array.from(pattern);
  for (let i = 0, index = 0; i < chars.length; i++, index++) {
    const ch = chars[i]!;
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        if (chars[i + 1] === '/') i++;
        if (i + 1 >= chars.length) {
          if (kind === 'exact') kind = 'prefix';
          else {
            source += '.*';
            kind = 'regexp';
          }
        } else {
          source += '(.*/)?';
          kind = 'regexp';
        }
        if (index === 0) kind = 'suffix';
      } else {
        source += '[^/]*';
        kind = 'regexp';
      }
    } else if (ch === '?') {
      source += '[^/]';
      kind = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      source += `\\${ch}`;
    } else if (ch === '\\') {
      if (i + 1 < chars.length) {
        i++;
        source += `\\${chars[i]}`;
        kind = 'regexp';
      } else source += '\\\\';
    } else if (ch === '[' || ch === ']') {
      source += ch;
      kind = 'regexp';
    } else source += ch;
  }

  switch (kind) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp': {
      let regexp: RegExp;
      try {
        regexp = new RegExp(`${source}$`);
      } catch {
        return null;
      }
      return (path) => regexp.test(path);
    }
  }
}

/** Go's `filepath.Match` syntax: a trailing `\`, and classes must close and hold `lo` or `lo-hi` ranges. */
function isValidGlob(pattern: string): boolean {
  const chars = Array.from(pattern);
  let i = 0;
  // One class member or range bound (Go's getEsc); returns the index after it, or -1.
  const rangeBound = (at: number): number => {
    const ch = chars[at];
    if (ch === undefined || ch === '-' || ch === ']') return -1;
    if (ch === '\\') return chars[at + 1] === undefined ? -1 : at + 2;
    return at + 1;
  };
  while (i < chars.length) {
    const ch = chars[i]!;
    if (ch === '\\') {
      if (i + 1 >= chars.length) return false;
      i += 2;
    } else if (ch === '[') {
      i++;
      if (chars[i] === '^') i++;
      for (let ranges = 0; ; ranges++) {
        if (chars[i] === ']' && ranges > 0) {
          i++;
          break;
        }
        i = rangeBound(i);
        if (i < 0) return false;
        if (chars[i] === '-') {
          i = rangeBound(i + 1);
          if (i < 0) return false;
        }
      }
    } else i++;
  }
  return true;
}

/** Go's `path.Clean`: collapses `//`, `.` and `..`; `""` becomes `.`. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
    } else parts.push(part);
  }
  const joined = parts.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return '.';
  return cleanPath(path.slice(0, slash + 1));
}
