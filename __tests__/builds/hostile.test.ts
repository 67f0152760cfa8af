import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBakeFiles } from '../../src/builds/bake.js';
import { createBuildxBakePrinter } from '../../src/builds/buildx.js';
import { readComposeFiles } from '../../src/builds/compose.js';
import { discoverBuilds } from '../../src/builds/discover.js';
import { formatNotice, repoFilesFromTable, type BakePrinter } from '../../src/builds/types.js';
import { readWorkflows } from '../../src/builds/workflows.js';
import { hasBuildx, lines, needsBuildx } from './helpers.js';

/** A good compose file beside the hostile ones: it must still be read. */
const GOOD_COMPOSE = { 'good/compose.yaml': lines('services:', '  ok:', '    build: .'), 'good/Dockerfile': 'FROM scratch\n' };

const TEN_MB_COMPOSE = 'services:\n' + Array.from({ length: 200_000 }, (_, i) => `  s${i}:\n    build: ./svc${i}-${'x'.repeat(20)}\n`).join('');

/** Each level has ten aliases of the one before: 10^9 strings once expanded. */
const ANCHORS_BOMB = lines(
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'services: &services',
  '  x:',
  '    build: *h',
);

describe('hostile files fail softly, with a notice, and the rest is still read', () => {
  it.each<{ name: string; tree: Record<string, string>; notice: string }>([
    { name: 'a 10 MB compose file', tree: { 'compose.yaml': TEN_MB_COMPOSE }, notice: 'compose.yaml: larger than 1 MiB: not read' },
    { name: 'a YAML anchors bomb in a compose file', tree: { 'compose.yaml': ANCHORS_BOMB }, notice: 'compose.yaml: more than 100 YAML aliases: not read' },
    { name: 'a YAML anchors bomb in a workflow', tree: { '.github/workflows/ci.yml': ANCHORS_BOMB }, notice: '.github/workflows/ci.yml: more than 100 YAML aliases: not read' },
    {
      name: 'YAML that does not parse',
      tree: { 'compose.yaml': lines('services:', '  api:', '    build: { context: x', '  b: [') },
      notice: expect.stringMatching(/^compose\.yaml:4: not valid YAML \(.+\): not read$/) as unknown as string,
    },
    { name: 'a 10 MB bake file', tree: { 'docker-bake.hcl': 'target "a" {}\n'.repeat(800_000) }, notice: 'docker-bake.hcl: larger than 1 MiB: not read' },
    ...[
      ['flow brackets', 'services: ' + '['.repeat(300_000) + ']'.repeat(300_000)],
      ['compact sequences', '- '.repeat(100_000) + 'x\n'],
      ['indentation', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n'],
    ].map(([how, text]) => ({
      name: `nesting deep enough to overflow the parser's stack (${how})`,
      tree: { 'compose.yaml': text! },
      notice: 'compose.yaml: nested deeper than a build file needs (more than 100 brackets or 200 columns of indentation): not read',
    })),
  ])('$name', async ({ tree, notice }) => {
    const started = Date.now();
    const discovery = await discoverBuilds(repoFilesFromTable({ ...tree, ...GOOD_COMPOSE }));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(discovery.notices.map(formatNotice)).toEqual([notice]);
    expect(discovery.definitions.map((found) => found.dockerfile)).toEqual(['good/Dockerfile']);
  });

  describe.each<{ title: string; bake: () => BakePrinter | null; skip: boolean }>([
    { title: 'without buildx', bake: () => null, skip: false },
    { title: needsBuildx('with buildx'), bake: () => createBuildxBakePrinter(), skip: !hasBuildx },
  ])('a bake file whose evaluation fails, $title', ({ bake, skip }) => {
    it.skipIf(skip)('is a notice; its folder gives nothing else, other files are read', async () => {
      const tree = { 'docker-bake.hcl': lines('target "a" {', '  inherits = ["nowhere"]', '}'), ...GOOD_COMPOSE };
      const discovery = await discoverBuilds(repoFilesFromTable(tree), { bake: bake() });
      expect(discovery.notices.map(formatNotice)).toEqual([expect.stringMatching(/^docker-bake\.hcl(:\d+)?: .*nowhere.*: not read$/)]);
      expect(discovery.definitions.map((found) => found.dockerfile)).toEqual(['good/Dockerfile']);
    });
  });

  it.each([
    ['compose.yaml', 'services: 5'],
    ['compose.yaml', 'services: [a, b]'],
    ['compose.yaml', 'services: { a: 5, b: null, c: [1] }'],
    ['compose.yaml', 'services: { a: { build: [x] } }'],
    ['compose.yaml', 'services: { a: { build: { context: [1], dockerfile: { x: 1 }, args: 5 } } }'],
    ['compose.yaml', 'services: { a: { build: { args: [null, 5, "=", "A"] } } }'],
    ['compose.yaml', '[1, 2, 3]'],
    ['compose.yaml', ''],
    ['compose.yaml', '\u0000\u0001binary'],
    ['.github/workflows/ci.yml', 'jobs: 5'],
    ['.github/workflows/ci.yml', 'jobs: { a: { steps: 5 } }'],
    ['.github/workflows/ci.yml', 'jobs: { a: { steps: [5, null, { uses: 5 }, { uses: docker/build-push-action@v6, with: 5 }] } }'],
    ['.github/workflows/ci.yml', 'jobs: { a: { steps: [{ uses: docker/build-push-action@v6, with: { context: [1], file: { x: 1 }, build-args: 7 } }] } }'],
  ])('%s of unexpected shape: %s', (path, text) => {
    const files = repoFilesFromTable({ [path]: text });
    expect(() => [readComposeFiles(files), readWorkflows(files)]).not.toThrow();
  });

  it.each([
    ['{"target": 5}'],
    ['{"target": {"a": 5, "b": null, "c": {"inherits": "x", "matrix": 5, "args": 5}}}'],
    ['{"target": {"a": {"matrix": {"v": [1, true, null]}, "name": "a-${v}"}}}'],
    ['[]'],
    ['not json'],
  ])('a JSON bake file of unexpected shape: %s', async (text) => {
    await expect(readBakeFiles(repoFilesFromTable({ 'docker-bake.json': text }), null)).resolves.toBeDefined();
  });

  it('never throws on arbitrary compose files, workflows and bake files', async () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        readComposeFiles(repoFilesFromTable({ 'compose.yaml': text }));
        readWorkflows(repoFilesFromTable({ '.github/workflows/ci.yml': text }));
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        await readBakeFiles(repoFilesFromTable({ 'docker-bake.hcl': `target "a" {\n  args = { A = "${text}" }\n}\n`, 'docker-bake.json': text }), null);
      }),
      { numRuns: 100 },
    );
  });
});
