import { describe, expect, it } from 'vitest';
import { readWorkflows } from '../../src/builds/workflows.js';
import { formatNotice, repoFilesFromTable, type BuildDefinition } from '../../src/builds/types.js';
import { definition, lines } from './helpers.js';

interface Case {
  name: string;
  tree: Record<string, string>;
  definitions: BuildDefinition[];
  notices?: string[];
}

/** A workflow with one job whose steps are given (each step's lines indented under `steps:`, starting at line 5). */
const workflow = (...steps: string[]): string =>
  lines('on: push', 'jobs:', '  image:', '    steps:', ...steps.map((line) => `      ${line}`));

const cases: Case[] = [
  {
    name: 'without `context` the action builds the Git context: the repository root',
    tree: { '.github/workflows/ci.yml': workflow('- uses: actions/checkout@v4', '- uses: docker/build-push-action@v6', '  with:', '    file: docker/prod/Dockerfile', '    push: false') },
    definitions: [definition('workflow', '.github/workflows/ci.yml', 6, { name: 'image', dockerfile: 'docker/prod/Dockerfile' })],
  },
  {
    name: 'a path context: `file` defaults to {context}/Dockerfile, else is relative to the workspace root',
    tree: {
      '.github/workflows/ci.yaml': workflow(
        '- uses: docker/build-push-action@v6',
        '  with:',
        '    context: ./app',
        '    target: runtime',
        '    build-args: |',
        '      VERSION=1.2',
        '      EMPTY=',
        '- uses: Docker/Build-Push-Action@v5',
        '  with:',
        '    context: ./app',
        '    file: app/Dockerfile.prod',
      ),
    },
    definitions: [
      definition('workflow', '.github/workflows/ci.yaml', 5, { name: 'image', dockerfile: 'app/Dockerfile', context: 'app', targets: ['runtime'], args: { VERSION: '1.2', EMPTY: '' } }),
      definition('workflow', '.github/workflows/ci.yaml', 12, { name: 'image', dockerfile: 'app/Dockerfile.prod', context: 'app' }),
    ],
  },
  {
    name: '{{defaultContext}}:subfolder is the Git context of a subfolder; `file` is relative to it',
    tree: { '.github/workflows/ci.yml': workflow('- uses: docker/build-push-action@v6', '  with:', '    context: "{{defaultContext}}:services/api"', '    file: Dockerfile.api') },
    definitions: [definition('workflow', '.github/workflows/ci.yml', 5, { name: 'image', dockerfile: 'services/api/Dockerfile.api', context: 'services/api' })],
  },
  {
    name: 'values with ${{ }} are only known when the workflow runs: left out, or the step dropped for context and file',
    tree: {
      '.github/workflows/release.yml': workflow(
        '- uses: docker/build-push-action@v6', //                   5
        '  with:', //                                               6
        '    file: docker/prod/Dockerfile', //                      7
        '    target: ${{ matrix.stage }}', //                       8
        '    build-args: |', //                                     9
        '      VERSION=${{ github.ref_name }}', //                  10
        '      MODE=release', //                                    11
        '- uses: docker/build-push-action@v6', //                   12
        '  with:', //                                               13
        '    context: ${{ matrix.dir }}', //                        14
        '- uses: docker/build-push-action@v6', //                   15
        '  with:', //                                               16
        '    file: ${{ inputs.dockerfile }}', //                    17
      ),
    },
    definitions: [definition('workflow', '.github/workflows/release.yml', 5, { name: 'image', dockerfile: 'docker/prod/Dockerfile', args: { MODE: 'release' } })],
    notices: [
      '.github/workflows/release.yml:8: job image: target "${{ matrix.stage }}" is only known when the workflow runs: left out',
      '.github/workflows/release.yml:9: job image: build-args VERSION "VERSION=${{ github.ref_name }}" is only known when the workflow runs: left out',
      '.github/workflows/release.yml:14: job image: context "${{ matrix.dir }}" is only known when the workflow runs: definition not read',
      '.github/workflows/release.yml:17: job image: file "${{ inputs.dockerfile }}" is only known when the workflow runs: definition not read',
    ],
  },
  {
    name: 'other actions, workflows in subfolders and YAML outside .github/workflows are not read',
    tree: {
      '.github/workflows/bake.yml': workflow('- uses: docker/bake-action@v5', '- uses: ./.github/actions/build-push-action', '- run: docker build .'),
      '.github/workflows/nested/ci.yml': workflow('- uses: docker/build-push-action@v6'),
      'ci/ci.yml': workflow('- uses: docker/build-push-action@v6'),
    },
    definitions: [],
  },
  {
    name: 'build-contexts: one name=value a line, each with the image a docker-image:// value names; ${{ }} in a value keeps the name, in a name drops it',
    tree: {
      '.github/workflows/ci.yml': workflow(
        '- uses: docker/build-push-action@v6', //                               5
        '  with:', //                                                           6
        '    context: .', //                                                    7
        '    build-contexts: |', //                                             8
        '      node=docker-image://node:20-alpine', //                          9
        '      assets=./web/dist', //                                           10
        '      runtime=docker-image://ghcr.io/org/runtime:${{ env.TAG }}', //   11
        '      ${{ matrix.name }}=docker-image://alpine:3.20', //               12
        '      not-a-context', //                                               13
      ),
    },
    definitions: [
      definition('workflow', '.github/workflows/ci.yml', 5, {
        name: 'image',
        dockerfile: 'Dockerfile',
        namedContexts: [
          { name: 'assets', image: null },
          { name: 'node', image: 'node:20-alpine' },
          { name: 'runtime', image: null },
        ],
      }),
    ],
    notices: ['.github/workflows/ci.yml:8: job image: build-contexts "${{ matrix.name }}=docker-image://alpine:3.20" is only known when the workflow runs: left out'],
  },
  {
    name: 'a remote context is not this repository',
    tree: { '.github/workflows/ci.yml': workflow('- uses: docker/build-push-action@v6', '  with:', '    context: https://github.com/example/app.git#main') },
    definitions: [],
    notices: ['.github/workflows/ci.yml:5: job image builds from the remote context https://github.com/example/app.git#main: not read'],
  },
];

describe('readWorkflows', () => {
  it.each(cases)('$name', ({ tree, definitions, notices = [] }) => {
    const found = readWorkflows(repoFilesFromTable(tree));
    expect(found.definitions).toEqual(definitions);
    expect(found.notices.map(formatNotice).sort()).toEqual([...notices].sort());
  });
});
