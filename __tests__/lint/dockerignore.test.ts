import { describe, expect, it } from 'vitest';
import { cleanPath, parseDockerignore } from '../../src/lint/dockerignore.js';

function excludes(ignore: string, path: string): boolean {
  const parsed = parseDockerignore(ignore);
  if (!parsed) throw new Error('unparsable .dockerignore');
  return parsed.excludes(path);
}

describe('parseDockerignore', () => {
  it.each([
    ['exact name', 'secret.txt', 'secret.txt', true],
    ['exact name, other file', 'secret.txt', 'secret.txt.bak', false],
    ['a directory excludes what is inside it', 'build', 'build/bin/app', true],
    ['a nested pattern', 'docs/drafts', 'docs/drafts/a.md', true],
    ['no implicit match at any depth', 'drafts', 'docs/drafts', false],
    ['* stays within one component', '*.md', 'README.md', true],
    ['* does not cross /', '*.md', 'docs/README.md', false],
    ['? is one character', 'log?.txt', 'log1.txt', true],
    ['? is not /', 'a?b', 'a/b', false],
    ['leading ** matches at any depth', '**/*.pyc', 'pkg/mod/x.pyc', true],
    ['leading ** matches at the top too', '**/cache', 'cache', true],
    ['trailing ** matches below', 'tmp/**', 'tmp/a/b', true],
    ['middle ** spans directories', 'src/**/test', 'src/a/b/test', true],
    ['middle ** spans none', 'src/**/test', 'src/test', true],
    ['character classes', 'file[0-9].txt', 'file7.txt', true],
    ['negated character classes', 'file[^0-9].txt', 'file7.txt', false],
    ['escaped wildcard is literal', 'a\\*b', 'a*b', true],
    ['escaped wildcard does not glob', 'a\\*b', 'axb', false],
    ['regexp characters are literal', 'a+b.(c)', 'a+b.(c)', true],
    ['patterns are cleaned', './build/../dist//', 'dist/x', true],
    ['a leading slash is the context root', '/vendor', 'vendor/lib', true],
    ['surrounding spaces are trimmed', '  notes.txt  ', 'notes.txt', true],
    ['# starts a comment only in the first column', ' #keep', '#keep', true],
    ['a later ! re-includes', '*.md\n!README.md', 'README.md', false],
    ['an earlier ! is overridden', '!README.md\n*.md', 'README.md', true],
    ['a ! inside an excluded directory re-includes the file', 'docs\n!docs/keep.md', 'docs/keep.md', false],
  ])('%s', (_name, ignore, path, expected) => {
    expect(excludes(ignore, path)).toBe(expected);
  });

  it('knows whether there are exclusion patterns', () => {
    expect(parseDockerignore('a\n!b\n')!.hasExclusions).toBe(true);
    expect(parseDockerignore('a\nb\n')!.hasExclusions).toBe(false);
  });

  it.each([
    ['a lone !', '!\n'],
    ['an unclosed class', 'file[0-9.txt\n'],
    ['an empty class', 'file[].txt\n'],
    ['a trailing backslash', 'dir\\\n'],
  ])('rejects %s like BuildKit', (_name, ignore) => {
    expect(parseDockerignore(ignore)).toBeNull();
  });

  it('strips a byte order mark and CRLF line ends', () => {
    expect(parseDockerignore('\uFEFFsecret\r\nother\r\n')!.patterns.map((p) => p.text)).toEqual(['secret', 'other']);
  });
});

describe('cleanPath', () => {
  it.each([
    ['', '.'],
    ['./a', 'a'],
    ['a//b/', 'a/b'],
    ['a/../..', '..'],
    ['/..', '/'],
    ['/a/./b/../c', '/a/c'],
  ])('%j → %j', (path, clean) => {
    expect(cleanPath(path)).toBe(clean);
  });
});
