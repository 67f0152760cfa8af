import { describe, expect, it } from 'vitest';
import { interpolateWithDefaults, readComposeFiles } from '../../src/builds/compose.js';
import { formatNotice, repoFilesFromTable, type BuildDefinition } from '../../src/builds/types.js';
import { definition, lines } from './helpers.js';

interface Case {
  name: string;
  tree: Record<string, string>;
  definitions: BuildDefinition[];
  notices?: string[];
}

const COMPOSE = lines(
  'services:', //                                  1
  '  api:', //                                     2
  '    build:', //                                 3
  '      context: ./services/api', //              4
  '      dockerfile: docker/Dockerfile', //        5
  '      target: ${STAGE:-runtime}', //            6
  '      args:', //                                7
  '        TAG: ${TAG:-1}', //                     8
  '        EMPTY: ${UNSET-}', //                   9
  '        PRICE: $$5', //                         10
  '        FROM_ENV:', //                          11
  '  web:', //                                     12
  '    build: ./web', //                           13
  '  db:', //                                      14
  '    image: postgres', //                        15
);

/** What compose.yaml above builds for `api` and `web`, as written there or changed by an override. */
const API = { name: 'api', dockerfile: 'services/api/docker/Dockerfile', context: 'services/api', targets: ['runtime'], args: { TAG: '1', EMPTY: '', PRICE: '$5' } };
const apiDefinition = (file: string, line: number, changed: Partial<typeof API> = {}): BuildDefinition => definition('compose', file, line, { ...API, ...changed });
const webDefinition = (file: string, line: number): BuildDefinition => definition('compose', file, line, { name: 'web', dockerfile: 'web/Dockerfile', context: 'web' });

const cases: Case[] = [
  {
    name: 'a compose file: context from its folder, Dockerfile from the context, ${VAR:-default} from the default',
    tree: { 'compose.yaml': COMPOSE },
    definitions: [
      apiDefinition('compose.yaml', 3),
      webDefinition('compose.yaml', 13),
    ],
  },
  {
    name: 'additional_contexts (mapping and list forms), merged over the override, with the image a docker-image:// value names once interpolated',
    tree: {
      'compose.yaml': lines(
        'services:',
        '  web:',
        '    build:',
        '      context: web',
        '      additional_contexts:',
        '        node: docker-image://node:20',
        '        docker.io/library/alpine: docker-image://alpine:${ALPINE:-3.20}',
        '        runtime: docker-image://ghcr.io/org/runtime:${TAG}',
      ),
      'compose.override.yaml': lines('services:', '  web:', '    build:', '      additional_contexts:', '        - tools=../tools', '        - node=../base'),
    },
    definitions: [
      definition('compose', 'compose.override.yaml', 3, {
        name: 'web',
        dockerfile: 'web/Dockerfile',
        context: 'web',
        namedContexts: [
          { name: 'docker.io/library/alpine', image: 'alpine:3.20' },
          { name: 'node', image: null },
          { name: 'runtime', image: null },
          { name: 'tools', image: null },
        ],
      }),
    ],
  },
  {
    name: 'the default override merges into build: fields replace, args merge key by key (map and list forms)',
    tree: {
      'compose.yaml': COMPOSE,
      'compose.override.yaml': lines('services:', '  web:', '    build:', '      target: dev', '      args: [MODE=dev]', '  api:', '    build:', '      args:', '        - TAG=2', '        - EXTRA'),
    },
    definitions: [
      apiDefinition('compose.override.yaml', 7, { args: { ...API.args, TAG: '2' } }),
      definition('compose', 'compose.override.yaml', 3, { name: 'web', dockerfile: 'web/Dockerfile', context: 'web', targets: ['dev'], args: { MODE: 'dev' } }),
    ],
  },
  {
    name: 'another compose.<name>.yaml is a variant: only the services whose build it changes are added',
    tree: {
      'compose.yaml': COMPOSE,
      'compose.prod.yaml': lines('services:', '  api:', '    build:', '      target: ${PROD_STAGE:-prod}', '  web:', '    environment: [A=1]'),
    },
    definitions: [
      apiDefinition('compose.yaml', 3),
      webDefinition('compose.yaml', 13),
      apiDefinition('compose.prod.yaml', 3, { targets: ['prod'] }),
    ],
  },
  {
    name: 'a compose file in a subfolder with the root as context and a Dockerfile in docker/prod/',
    tree: { 'deploy/docker-compose.yml': lines('services:', '  app:', '    build:', '      context: ..', '      dockerfile: docker/prod/Dockerfile') },
    definitions: [definition('compose', 'deploy/docker-compose.yml', 3, { name: 'app', dockerfile: 'docker/prod/Dockerfile', context: '' })],
  },
  {
    name: 'values that need the environment: an unknown context or Dockerfile drops the service, other values are left out',
    tree: {
      'compose.yaml': lines(
        'services:',
        '  a:',
        '    build:',
        '      context: ${DIR}',
        '  b:',
        '    build:',
        '      dockerfile: $DOCKERFILE',
        '  c:',
        '    build:',
        '      target: ${STAGE}',
        '      args:',
        '        - TOKEN=${TOKEN:?needed}',
        '        - KEPT=${KEPT:-yes}',
      ),
    },
    definitions: [definition('compose', 'compose.yaml', 9, { name: 'c', dockerfile: 'Dockerfile', args: { KEPT: 'yes' } })],
    notices: [
      'compose.yaml:4: service a: build.context "${DIR}" needs DIR, which has no default here: definition not read',
      'compose.yaml:7: service b: build.dockerfile "$DOCKERFILE" needs DOCKERFILE, which has no default here: definition not read',
      'compose.yaml:10: service c: build.target "${STAGE}" needs STAGE, which has no default here: left out',
      'compose.yaml:12: service c: build.args.TOKEN "${TOKEN:?needed}" needs TOKEN, which has no default here: left out',
    ],
  },
  {
    name: 'builds that are not in this repository: remote contexts, paths outside it, inline Dockerfiles',
    tree: {
      'compose.yaml': lines(
        'services:',
        '  git:',
        '    build: https://github.com/example/app.git#main',
        '  ssh:',
        '    build:',
        '      context: git@github.com:example/app.git',
        '  outside:',
        '    build: ../elsewhere',
        '  absolute:',
        '    build:',
        '      context: .',
        '      dockerfile: /etc/Dockerfile',
        '  inline:',
        '    build:',
        '      dockerfile_inline: FROM scratch',
      ),
    },
    definitions: [],
    notices: [
      'compose.yaml:3: service git builds from the remote context https://github.com/example/app.git#main: not read',
      'compose.yaml:5: service ssh builds from the remote context git@github.com:example/app.git: not read',
      'compose.yaml:8: service outside builds from ../elsewhere, outside the repository: not read',
      'compose.yaml:10: service absolute uses the Dockerfile /etc/Dockerfile, outside the repository: not read',
      'compose.yaml:14: service inline uses an inline Dockerfile: not read',
    ],
  },
  {
    name: 'compose reads one file of a folder; an override without it is not read',
    tree: {
      'compose.yaml': lines('services:', '  a:', '    build: .'),
      'docker-compose.yml': lines('services:', '  b:', '    build: .'),
      'other/compose.override.yaml': lines('services:', '  c:', '    build: .'),
    },
    definitions: [definition('compose', 'compose.yaml', 3, { name: 'a', dockerfile: 'Dockerfile' })],
    notices: ['docker-compose.yml: docker compose reads compose.yaml instead of this file: not read', 'other/compose.override.yaml: no compose.yaml beside this override: not read'],
  },
  {
    name: 'anchors and merge keys (`<<: *build`) are followed',
    tree: {
      'compose.yaml': lines('x-build: &build', '  context: app', '  args: { A: "1" }', 'services:', '  one:', '    build:', '      <<: *build', '      target: one', '  two:', '    build: *build'),
    },
    definitions: [
      definition('compose', 'compose.yaml', 6, { name: 'one', dockerfile: 'app/Dockerfile', context: 'app', targets: ['one'], args: { A: '1' } }),
      definition('compose', 'compose.yaml', 10, { name: 'two', dockerfile: 'app/Dockerfile', context: 'app', args: { A: '1' } }),
    ],
  },
];

describe('readComposeFiles', () => {
  it.each(cases)('$name', ({ tree, definitions, notices = [] }) => {
    const found = readComposeFiles(repoFilesFromTable(tree));
    expect(found.definitions).toEqual(definitions);
    expect(found.notices.map(formatNotice).sort()).toEqual([...notices].sort());
  });
});

describe('interpolateWithDefaults: compose interpolation with an empty environment', () => {
  it.each([
    ['a${X:-1}b', { value: 'a1b' }],
    ['${X-}', { value: '' }],
    ['${X:-${Y:-nested}}', { value: 'nested' }],
    ['${X:+alternative}', { value: '' }],
    ['$$', { value: '$' }],
    ['$${X}', { value: '${X}' }],
    ['costs $5 or $', { value: 'costs $5 or $' }],
    ['${X}', { unknown: 'X' }],
    ['$X', { unknown: 'X' }],
    ['${X:?must be set}', { unknown: 'X' }],
    ['${X:-${Y}}', { unknown: 'Y' }],
    ['${unclosed', { unknown: '${unclosed' }],
    ['${1bad}', { unknown: '${1bad}' }],
  ])('%s', (text, expected) => {
    expect(interpolateWithDefaults(text)).toEqual(expected);
  });
});
