import { describe, expect, it } from 'vitest';
import { createBuildxBakePrinter } from '../../src/builds/buildx.js';
import { definitionsFor, discoverBuilds } from '../../src/builds/discover.js';
import { effectiveBuild } from '../../src/builds/effective.js';
import { formatNotice, repoFilesFromTable, type BakePrinter, type BuildSourceKind, type NamedContext } from '../../src/builds/types.js';
import { definition, hasBuildx, lines, needsBuildx } from './helpers.js';

/**
 * One repository that builds `docker/prod/Dockerfile` from the root context in four ways, and `api`
 * from a compose service whose Dockerfile is missing.
 */
const REPOSITORY: Record<string, string> = {
  'docker/prod/Dockerfile': lines('FROM alpine AS full', 'FROM alpine AS light', 'FROM alpine AS server'),
  'web/Dockerfile': 'FROM nginx\n',
  'docker-bake.hcl': lines(
    'variable "TAG" {',
    '  default = "1"',
    '}',
    'target "light" {',
    '  dockerfile = "docker/prod/Dockerfile"',
    '  target = "light"',
    '  args = { TAG = TAG }',
    '}',
  ),
  'compose.yaml': lines(
    'services:', //                                       1
    '  server:', //                                       2
    '    build:', //                                      3
    '      context: .', //                                4
    '      dockerfile: docker/prod/Dockerfile', //        5
    '      target: server', //                            6
    '      args:', //                                     7
    '        TAG: ${TAG:-1}', //                          8
    '  web:', //                                          9
    '    build: web', //                                  10
    '  api:', //                                          11
    '    build:', //                                      12
    '      context: docker/api', //                       13
  ),
  '.github/workflows/release.yml': lines(
    'on: push', //                                        1
    'jobs:', //                                           2
    '  release:', //                                      3
    '    steps:', //                                      4
    '      - uses: docker/build-push-action@v6', //       5
    '        with:', //                                   6
    '          file: docker/prod/Dockerfile', //          7
    '          target: ${{ matrix.variant }}', //         8
  ),
};

const configured = definition('stagecraft', '.stagecraft.yml', 3, { name: 'full', dockerfile: 'docker/prod/Dockerfile', targets: ['full'] });

const expectedDefinitions = [
  configured,
  definition('bake', 'docker-bake.hcl', 4, { name: 'light', dockerfile: 'docker/prod/Dockerfile', targets: ['light'], args: { TAG: '1' } }),
  definition('compose', 'compose.yaml', 3, { name: 'server', dockerfile: 'docker/prod/Dockerfile', targets: ['server'], args: { TAG: '1' } }),
  definition('compose', 'compose.yaml', 10, { name: 'web', dockerfile: 'web/Dockerfile', context: 'web' }),
  definition('workflow', '.github/workflows/release.yml', 5, { name: 'release', dockerfile: 'docker/prod/Dockerfile' }),
];

const expectedNotices = [
  '.github/workflows/release.yml:8: job release: target "${{ matrix.variant }}" is only known when the workflow runs: left out',
  'compose.yaml:12: service api builds docker/api/Dockerfile, which does not exist',
];

describe.each<{ title: string; bake: () => BakePrinter | null; skip: boolean }>([
  { title: 'without buildx', bake: () => null, skip: false },
  { title: needsBuildx('with buildx'), bake: () => createBuildxBakePrinter(), skip: !hasBuildx },
])('discoverBuilds $title', ({ bake, skip }) => {
  it.skipIf(skip)('reads every source, highest precedence first; a missing Dockerfile is one clear notice and nothing else is lost', async () => {
    const discovery = await discoverBuilds(repoFilesFromTable(REPOSITORY), { bake: bake(), configured: [configured] });
    expect(discovery.definitions).toEqual(expectedDefinitions);
    expect(discovery.notices.map(formatNotice)).toEqual(expectedNotices);
  });
});

describe('definitionsFor', () => {
  it('groups the definitions of one Dockerfile, in precedence order (several definitions, each with its target)', async () => {
    const discovery = await discoverBuilds(repoFilesFromTable(REPOSITORY), { configured: [configured] });
    const prod = definitionsFor('docker/prod/Dockerfile', discovery);
    expect(prod.map((found) => [found.source.kind, found.name, found.targets])).toEqual([
      ['stagecraft', 'full', ['full']],
      ['bake', 'light', ['light']],
      ['compose', 'server', ['server']],
      ['workflow', 'release', []],
    ]);
    expect(prod.every((found) => found.context === '')).toBe(true);
    expect(definitionsFor('web/Dockerfile', discovery).map((found) => found.name)).toEqual(['web']);
    expect(definitionsFor('Dockerfile', discovery)).toEqual([]);
  });
});

describe('effectiveBuild: the named contexts of all the definitions', () => {
  const passing = (kind: BuildSourceKind, ...namedContexts: NamedContext[]) => definition(kind, `${kind}.file`, 1, { dockerfile: 'Dockerfile', namedContexts });
  it.each([
    { name: 'no definition passes one: absent', definitions: [definition('bake', 'docker-bake.hcl', 1, { dockerfile: 'Dockerfile' })], expected: undefined },
    {
      name: 'every name any definition passes, in precedence order',
      definitions: [passing('bake', { name: 'node', image: 'node:20' }), passing('compose', { name: 'assets', image: null })],
      expected: [{ name: 'node', image: 'node:20' }, { name: 'assets', image: null }],
    },
    {
      name: 'one image in every definition that passes it: that image',
      definitions: [passing('bake', { name: 'node', image: 'node:20' }), passing('compose'), passing('workflow', { name: 'node', image: 'node:20' })],
      expected: [{ name: 'node', image: 'node:20' }],
    },
    {
      name: 'two images, or an image and a folder, under one name: no one image to judge',
      definitions: [passing('bake', { name: 'node', image: 'node:20' }, { name: 'go', image: 'golang:1.23' }), passing('compose', { name: 'node', image: 'node:22' }, { name: 'go', image: null }), passing('workflow', { name: 'node', image: 'node:20' })],
      expected: [{ name: 'node', image: null }, { name: 'go', image: null }],
    },
  ])('$name', ({ definitions, expected }) => {
    expect(effectiveBuild('Dockerfile', { definitions, notices: [] }).namedContexts).toEqual(expected);
  });
});

describe('discoverBuilds when something fails', () => {
  it('turns a reader that throws into a notice and keeps the other readers', async () => {
    const broken: BakePrinter = {
      print: () => {
        throw new Error('printer exploded');
      },
    };
    const discovery = await discoverBuilds(repoFilesFromTable(REPOSITORY), { bake: broken });
    expect(discovery.definitions.map((found) => found.source.kind)).toEqual(['compose', 'compose', 'workflow']);
    expect(discovery.notices.map(formatNotice)).toContain('.: the bake files could not be read (printer exploded): not read');
  });

  it('finds nothing in a repository without build files, and says nothing', async () => {
    expect(await discoverBuilds(repoFilesFromTable({ Dockerfile: 'FROM scratch\n', 'README.md': '# x\n' }))).toEqual({ definitions: [], notices: [] });
  });
});
