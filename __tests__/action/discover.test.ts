import { describe, expect, it } from 'vitest';
import { selectDockerfiles } from '../../src/action/discover.js';

const TREE = [
  'Dockerfile',
  'Dockerfile.dockerignore',
  '.devcontainer/Dockerfile',
  'services/api/Dockerfile',
  'services/api/Dockerfile.prod',
  'services/web/web.Dockerfile',
  'services/web/Containerfile',
  'services/web/package.json',
  'testdata/bad/Dockerfile',
  'docs/dockerfiles.md',
];

describe('selectDockerfiles', () => {
  it.each([
    [
      'defaults: the Dockerfile naming patterns everywhere, dot-folders too',
      [],
      [],
      ['.devcontainer/Dockerfile', 'Dockerfile', 'services/api/Dockerfile', 'services/api/Dockerfile.prod', 'services/web/Containerfile', 'services/web/web.Dockerfile', 'testdata/bad/Dockerfile'],
    ],
    [
      'defaults minus excludes',
      [],
      ['testdata/**', '.devcontainer/**'],
      ['Dockerfile', 'services/api/Dockerfile', 'services/api/Dockerfile.prod', 'services/web/Containerfile', 'services/web/web.Dockerfile'],
    ],
    ['a literal path', ['services/api/Dockerfile.prod'], [], ['services/api/Dockerfile.prod']],
    ['a glob with an exclude', ['services/**'], ['**/*.json'], ['services/api/Dockerfile', 'services/api/Dockerfile.prod', 'services/web/Containerfile', 'services/web/web.Dockerfile']],
    ['a glob that would catch an ignore file', ['Dockerfile*'], [], ['Dockerfile']],
  ])('%s', (_name, include, exclude, files) => {
    expect(selectDockerfiles(TREE, { include, exclude }).files).toEqual(files);
  });

  it('names the include patterns that matched nothing, not those whose matches were all excluded', () => {
    const selection = selectDockerfiles(TREE, { include: ['Dockerfile', 'sevices/**/Dockerfile', 'testdata/**'], exclude: ['testdata/**'] });
    expect(selection.files).toEqual(['Dockerfile']);
    expect(selection.unmatched).toEqual(['sevices/**/Dockerfile']);
  });
});
