import { afterEach, describe, expect, it } from 'vitest';
import { readBakeFiles } from '../../src/builds/bake.js';
import { bakeEnvironment, createBuildxBakePrinter } from '../../src/builds/buildx.js';
import { formatNotice, repoFilesFromTable, type BakePrintOutcome, type BakePrintRequest, type BakePrinter, type BuildDefinition } from '../../src/builds/types.js';
import { definition, hasBuildx, lines, needsBuildx } from './helpers.js';

/** Without buildx (the fallback), and with it when it is installed: both must read a project the same way. */
const printers: { title: string; printer: () => BakePrinter | null; skip: boolean }[] = [
  { title: 'without buildx', printer: () => null, skip: false },
  { title: needsBuildx('with docker buildx bake --print'), printer: () => createBuildxBakePrinter(), skip: !hasBuildx },
];

const BAKE = lines(
  'variable "TAG" {', //                                                      1
  '  default = "1"', //                                                       2
  '}', //                                                                     3
  'variable "REGISTRY" {', //                                                 4
  '  default = "ghcr.io/example:${TAG}"', //                                  5
  '}', //                                                                     6
  'variable "SECRET_TOKEN" {}', //                                            7
  'group "default" {', //                                                     8
  '  targets = ["app", "tools"]', //                                          9
  '}', //                                                                     10
  'target "_common" {', //                                                    11
  '  context = "."', //                                                       12
  '  args = { REGISTRY = REGISTRY, TOKEN = "${SECRET_TOKEN}" }', //           13
  '}', //                                                                     14
  'target "base" {', //                                                       15
  '  inherits = ["_common"]', //                                              16
  '  dockerfile = "docker/prod/Dockerfile"', //                               17
  '  args = { BASE = "yes" }', //                                             18
  '}', //                                                                     19
  'target "app" {', //                                                        20
  '  inherits = ["base"]', //                                                 21
  '  name = "app-${variant}"', //                                             22
  '  matrix = { variant = ["full", "light"] }', //                            23
  '  target = variant', //                                                    24
  '  args = { VARIANT = "${variant}", LITERAL = "$${variant}" }', //          25
  '}', //                                                                     26
  'target "server" {', //                                                     27
  '  inherits = ["base"]', //                                                 28
  '  target = "server"', //                                                   29
  '}', //                                                                     30
  'target "tools" {', //                                                      31
  '  inherits = ["_common"]', //                                              32
  '  name = "tools-${item.name}"', //                                         33
  '  matrix = { item = [{ name = "lint", stage = "linter" }, { name = "test", stage = "tester" }] }',
  '  context = "tools"', //                                                   35
  '  target = item.stage', //                                                 36
  '}', //                                                                     37
);
const OVERRIDE = lines('target "base" {', '  args = { BASE = "overridden", EXTRA = "1" }', '}');

const COMMON_ARGS = { REGISTRY: 'ghcr.io/example:1', TOKEN: '' };
const BASE_ARGS = { ...COMMON_ARGS, BASE: 'overridden', EXTRA: '1' };

interface Case {
  name: string;
  tree: Record<string, string>;
  definitions: BuildDefinition[];
  notices?: string[];
}

const cases: Case[] = [
  {
    name: 'inherits (chained, args merged), a matrix of literals and of objects, an override file; templates are not builds',
    tree: { 'docker-bake.hcl': BAKE, 'docker-bake.override.hcl': OVERRIDE },
    definitions: [
      definition('bake', 'docker-bake.hcl', 20, { name: 'app-full', dockerfile: 'docker/prod/Dockerfile', targets: ['full'], args: { ...BASE_ARGS, VARIANT: 'full', LITERAL: '${variant}' } }),
      definition('bake', 'docker-bake.hcl', 20, { name: 'app-light', dockerfile: 'docker/prod/Dockerfile', targets: ['light'], args: { ...BASE_ARGS, VARIANT: 'light', LITERAL: '${variant}' } }),
      definition('bake', 'docker-bake.hcl', 27, { name: 'server', dockerfile: 'docker/prod/Dockerfile', targets: ['server'], args: BASE_ARGS }),
      definition('bake', 'docker-bake.hcl', 31, { name: 'tools-lint', dockerfile: 'tools/Dockerfile', context: 'tools', targets: ['linter'], args: COMMON_ARGS }),
      definition('bake', 'docker-bake.hcl', 31, { name: 'tools-test', dockerfile: 'tools/Dockerfile', context: 'tools', targets: ['tester'], args: COMMON_ARGS }),
    ],
  },
  {
    name: 'a JSON bake file in a subfolder: paths from its folder, the Dockerfile from the context',
    tree: {
      'services/docker-bake.json': JSON.stringify(
        { variable: { V: { default: '2' } }, group: { default: { targets: ['api'] } }, target: { api: { context: 'api', dockerfile: 'Dockerfile.api', args: { V: '${V}', N: null } } } },
        null,
        2,
      ),
    },
    definitions: [definition('bake', 'services/docker-bake.json', 15, { name: 'api', dockerfile: 'services/api/Dockerfile.api', context: 'services/api', args: { V: '2' } })],
  },
  {
    name: 'contexts: inherited and the target\'s own, each with the image a docker-image:// value names',
    tree: {
      'docker-bake.hcl': lines(
        'variable "NODE" {',
        '  default = "22-alpine"',
        '}',
        'target "_base" {',
        '  contexts = { node = "docker-image://node:${NODE}", tools = "docker-image://alpine:3.20" }',
        '}',
        'target "app" {',
        '  inherits = ["_base"]',
        '  contexts = { deps = "target:deps", tools = "./tools" }',
        '}',
        'target "deps" {',
        '  dockerfile = "deps.Dockerfile"',
        '}',
      ),
    },
    definitions: [
      definition('bake', 'docker-bake.hcl', 7, {
        name: 'app',
        dockerfile: 'Dockerfile',
        namedContexts: [
          { name: 'deps', image: null },
          { name: 'node', image: 'node:22-alpine' },
          { name: 'tools', image: null },
        ],
      }),
      definition('bake', 'docker-bake.hcl', 11, { name: 'deps', dockerfile: 'deps.Dockerfile' }),
    ],
  },
  {
    name: 'a root context with its Dockerfile in docker/prod/, from a bake file in the same subfolder',
    tree: { 'docker/prod/docker-bake.hcl': lines('target "prod" {', '  context = "../.."', '  dockerfile = "docker/prod/Dockerfile"', '}') },
    definitions: [definition('bake', 'docker/prod/docker-bake.hcl', 1, { name: 'prod', dockerfile: 'docker/prod/Dockerfile' })],
  },
  {
    name: 'builds outside the repository and inline Dockerfiles are notices',
    tree: {
      'docker-bake.hcl': lines('target "remote" {', '  context = "https://github.com/example/app.git"', '}', 'target "inline" {', '  dockerfile-inline = "FROM scratch"', '}'),
    },
    definitions: [],
    notices: [
      'docker-bake.hcl:1: target remote builds from the remote context https://github.com/example/app.git: not read',
      'docker-bake.hcl:4: target inline uses an inline Dockerfile: not read',
    ],
  },
  {
    name: 'a syntax error: the folder is not read, at the line the parser names',
    tree: { 'docker-bake.hcl': lines('target "a" {', '  context = ', '}') },
    definitions: [],
    notices: ['docker-bake.hcl:2: could not be parsed (Invalid expression; Expected the start of an expression, but found an invalid expression token.): not read'],
  },
];

for (const { title, printer, skip } of printers) {
  describe.skipIf(skip)(`readBakeFiles ${title}`, () => {
    it.each(cases)('$name', async ({ tree, definitions, notices = [] }) => {
      const found = await readBakeFiles(repoFilesFromTable(tree), printer());
      expect(found.definitions).toEqual(definitions);
      expect(found.notices.map(formatNotice).sort()).toEqual([...notices].sort());
    });
  });
}

describe('readBakeFiles without buildx: what only buildx can evaluate is said, the rest still read', () => {
  it.each([
    {
      name: 'a function call: left out',
      bake: lines('target "fn" {', '  args = { UP = upper("x"), KEPT = "k" }', '}'),
      definitions: [definition('bake', 'docker-bake.hcl', 1, { name: 'fn', dockerfile: 'Dockerfile', args: { KEPT: 'k' } })],
      notices: ['docker-bake.hcl:1: target fn: args.UP "${upper(\\"x\\")}" cannot be evaluated without buildx: left out'],
    },
    {
      name: 'an undeclared variable in the context: the target is dropped',
      bake: lines('target "a" {', '  context = "${DIR}"', '}', 'target "b" {}'),
      definitions: [definition('bake', 'docker-bake.hcl', 4, { name: 'b', dockerfile: 'Dockerfile' })],
      notices: ['docker-bake.hcl:1: target a: context "${DIR}" needs DIR, which is not declared: definition not read'],
    },
    {
      name: 'an inherits cycle, a missing parent, a matrix without names, a matrix bomb',
      bake: lines(
        'target "a" {', //                        1
        '  inherits = ["b"]',
        '}',
        'target "b" {', //                        4
        '  inherits = ["a"]',
        '}',
        'target "orphan" {', //                   7
        '  inherits = ["missing"]',
        '}',
        'target "unnamed" {', //                  10
        '  matrix = { v = ["1", "2"] }',
        '}',
        'target "bomb" {', //                     13
        '  name = "bomb-${a}${b}${c}"',
        '  matrix = { a = ["1","2","3","4","5","6","7"], b = ["1","2","3","4","5","6","7"], c = ["1","2","3","4","5","6","7"] }',
        '}',
        'target "c" {', //                        17
        '  inherits = ["a"]',
        '}',
      ),
      definitions: [],
      notices: [
        'docker-bake.hcl:17: target c inherits in a cycle (c → a → b → a): not read',
        'docker-bake.hcl:7: target orphan inherits missing, which does not exist: not read',
        'docker-bake.hcl:10: target unnamed has a matrix but no `name` for its targets: not read',
        'docker-bake.hcl:13: target bomb has a matrix of more than 256 combinations: not read',
      ],
    },
    {
      name: 'defaults that double at each step',
      bake: [
        ...Array.from({ length: 40 }, (_, i) => `variable "V${i}" {\n  default = "\${V${i + 1}}\${V${i + 1}}"\n}`),
        'variable "V40" {\n  default = "xx"\n}',
        'target "big" {\n  args = { A = V0 }\n}\n',
      ].join('\n'),
      definitions: [definition('bake', 'docker-bake.hcl', 124, { name: 'big', dockerfile: 'Dockerfile' })],
      notices: ['docker-bake.hcl:124: target big: args.A "${V0}" is longer than 64 KiB once evaluated: left out'],
    },
  ])('$name', async ({ bake, definitions, notices }) => {
    const found = await readBakeFiles(repoFilesFromTable({ 'docker-bake.hcl': bake }), null);
    expect(found.definitions).toEqual(definitions);
    expect(found.notices.map(formatNotice).sort()).toEqual([...notices].sort());
  });
});

describe('the bake printer adapter', () => {
  const tree = { 'docker-bake.hcl': BAKE, 'docker-bake.override.hcl': OVERRIDE };

  it('is asked for the buildable targets of each folder, with its files in bake order', async () => {
    const requests: BakePrintRequest[] = [];
    const recording: BakePrinter = {
      print: async (request) => {
        requests.push(request);
        return { status: 'unavailable', message: 'recording only' };
      },
    };
    await readBakeFiles(repoFilesFromTable({ ...tree, 'sub/docker-bake.hcl': 'target "x" {}\n' }), recording);
    expect(requests.map(({ folder, files, targets }) => ({ folder, files: files.map((file) => file.name), targets }))).toEqual([
      { folder: '', files: ['docker-bake.hcl', 'docker-bake.override.hcl'], targets: ['app', 'server', 'tools'] },
      { folder: 'sub', files: ['docker-bake.hcl'], targets: ['x'] },
    ]);
  });

  it('falls back to reading the files when buildx is not installed', async () => {
    const missing = createBuildxBakePrinter({ command: 'stagecraft-test-no-such-docker' });
    expect(await missing.print({ folder: '', files: [], targets: ['x'] })).toEqual({ status: 'unavailable', message: 'stagecraft-test-no-such-docker not found' });
    expect(await readBakeFiles(repoFilesFromTable(tree), missing)).toEqual(await readBakeFiles(repoFilesFromTable(tree), null));
  });

  it.each<[string, BakePrintOutcome, string]>([
    [
      'a failure that names a file and line',
      { status: 'failed', message: 'docker-bake.override.hcl:2,19-23: Unknown variable; There is no variable named "NOPE".' },
      'docker-bake.override.hcl:2: docker buildx bake could not evaluate the bake files of this folder (docker-bake.override.hcl:2,19-23: Unknown variable; There is no variable named "NOPE".): not read',
    ],
    ['a failure without a place', { status: 'failed', message: 'ran longer than 30 s' }, 'docker-bake.hcl: docker buildx bake could not evaluate the bake files of this folder (ran longer than 30 s): not read'],
    ['output that is not JSON', { status: 'printed', json: 'WARNING: …' }, 'docker-bake.hcl: docker buildx bake could not evaluate the bake files of this folder (its output is not JSON): not read'],
  ])('turns %s into one notice', async (_name, outcome, notice) => {
    const found = await readBakeFiles(repoFilesFromTable(tree), { print: async () => outcome });
    expect(found).toEqual({ definitions: [], notices: [expect.anything()] });
    expect(formatNotice(found.notices[0]!)).toBe(notice);
  });

  it('gives bake PATH and HOME only', () => {
    expect(bakeEnvironment({ PATH: '/usr/bin', HOME: '/home/runner', GITHUB_TOKEN: 'ghs_x', SECRET_TOKEN: 'x', DOCKER_HOST: 'tcp://x' })).toEqual({ PATH: '/usr/bin', HOME: '/home/runner' });
  });
});

describe.skipIf(!hasBuildx)(needsBuildx('docker buildx bake --print'), () => {
  const saved = { SECRET_TOKEN: process.env.SECRET_TOKEN, GITHUB_TOKEN: process.env.GITHUB_TOKEN };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('never sees the process environment: a variable named like a secret stays empty', async () => {
    process.env.SECRET_TOKEN = 'sk-live-stagecraft-test-4242';
    process.env.GITHUB_TOKEN = 'ghs_stagecraftTestToken4242';
    const bake = lines('variable "SECRET_TOKEN" {}', 'variable "GITHUB_TOKEN" {}', 'target "leak" {', '  args = { A = SECRET_TOKEN, B = "${GITHUB_TOKEN}" }', '}');
    const outcome = await createBuildxBakePrinter().print({ folder: '', files: [{ name: 'docker-bake.hcl', text: bake }], targets: ['leak'] });
    expect(outcome.status).toBe('printed');
    const json = outcome.status === 'printed' ? outcome.json : '';
    expect(json).toContain('"leak"');
    expect(json).not.toContain('4242');
    const found = await readBakeFiles(repoFilesFromTable({ 'docker-bake.hcl': bake }), createBuildxBakePrinter());
    expect(found.definitions.map((found) => found.args)).toEqual([{ A: '', B: '' }]);
  });

  it('evaluates functions the fallback cannot', async () => {
    const found = await readBakeFiles(repoFilesFromTable({ 'docker-bake.hcl': lines('target "fn" {', '  args = { UP = upper("x") }', '}') }), createBuildxBakePrinter());
    expect(found).toEqual({ definitions: [definition('bake', 'docker-bake.hcl', 1, { name: 'fn', dockerfile: 'Dockerfile', args: { UP: 'X' } })], notices: [] });
  });

  it('turns an evaluation that fails into a notice at the line bake names', async () => {
    const found = await readBakeFiles(repoFilesFromTable({ 'docker-bake.hcl': lines('target "x" {', '  args = { A = "${NOPE}" }', '}') }), createBuildxBakePrinter());
    expect(found.definitions).toEqual([]);
    expect(found.notices.map(formatNotice)).toEqual([expect.stringMatching(/^docker-bake\.hcl:2: docker buildx bake could not evaluate .*Unknown variable.*NOPE.*: not read$/)]);
  });

  it('gives up on output past its limit', async () => {
    const outcome = await createBuildxBakePrinter({ maxOutputBytes: 16 }).print({ folder: '', files: [{ name: 'docker-bake.hcl', text: BAKE }], targets: ['app'] });
    expect(outcome).toEqual({ status: 'failed', message: 'printed more than 16 bytes' });
  });
});
