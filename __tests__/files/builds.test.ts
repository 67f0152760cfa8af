/**
 * The linter judges each Dockerfile as it is really built: the build definitions of the repository
 * (`.stagecraft.yml` builds:, bake, compose, workflows) choose its `.dockerignore` (BuildKit's lookup)
 * and the stages counted as built and shipped. Small repository trees on disk, linted as the CLI does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatNotice, type BakePrinter } from '../../src/builds/types.js';
import { discoverRepositoryBuilds, diskRepoFiles, explicitConfigAt, MAX_LISTED_FILES } from '../../src/files/builds.js';
import { lintFiles, relativeTo } from '../../src/files/lint-files.js';
import type { Rule } from '../../src/lint/types.js';
import { RULES } from '../../src/lint/registry.js';
import type { LintReport } from '../../src/report/types.js';
import { lines } from '../builds/helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'stagecraft-builds-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let trees = 0;
function writeTree(tree: Record<string, string>): string {
  const root = join(scratch, `repo-${trees++}`);
  mkdirSync(join(root, '.git'), { recursive: true });
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Records, per file, the stages a `shipped` rule and a `reachable` rule are shown. */
function stageRecorder(): { rules: Rule[]; shipped: Map<string, string[]>; reachable: Map<string, string[]> } {
  const shipped = new Map<string, string[]>();
  const reachable = new Map<string, string[]>();
  const recorder = (scope: 'shipped' | 'reachable', into: Map<string, string[]>): Rule => ({
    id: `records-${scope}`,
    title: 'records the stages it sees',
    severity: 'info',
    scope,
    aliases: [],
    // The engine calls a rule once per target (each is an image of its own): the set of stages is what counts.
    checkStage(stage, ctx) {
      const seen = into.get(ctx.dockerfile.path) ?? [];
      const name = stage.name ?? String(stage.index);
      if (!seen.includes(name)) into.set(ctx.dockerfile.path, [...seen, name]);
    },
  });
  return { rules: [recorder('shipped', shipped), recorder('reachable', reachable)], shipped, reachable };
}

interface Linted {
  report: LintReport;
  notices: string[];
}

/** Without buildx, so that the tests do not depend on it (the fallback evaluates bake files). */
const NO_BUILDX: BakePrinter = { print: async () => ({ status: 'unavailable', message: 'not in this test' }) };

async function lintTree(tree: Record<string, string>, dockerfiles: string[], options: { rules?: Rule[]; target?: string; config?: string } = {}): Promise<Linted> {
  const root = writeTree(tree);
  const configPath = options.config ? join(root, options.config) : null;
  const builds = await discoverRepositoryBuilds(diskRepoFiles(root), { bake: NO_BUILDX, explicitConfig: explicitConfigAt(root, configPath) });
  const report = await lintFiles(
    dockerfiles.map((path) => join(root, path)),
    { root, configPath, builds, target: options.target ?? null, rules: options.rules ?? RULES, shellcheck: null, displayPath: relativeTo(root) },
  );
  return { report, notices: builds.notices.map(formatNotice) };
}

const rulesOf = (report: LintReport, path: string): string[] => report.files.find((f) => f.path === path)!.findings.map((f) => f.rule);

const PROD_DOCKERFILE = lines('FROM alpine:3.20', 'WORKDIR /app', 'COPY . .', 'CMD ["./run"]');

describe('the .dockerignore is the one BuildKit would use', () => {
  it.each<{ name: string; tree: Record<string, string>; fires: boolean }>([
    {
      name: 'no definition: the context is the Dockerfile folder, which has no .dockerignore',
      tree: { 'docker/prod/Dockerfile': PROD_DOCKERFILE, '.dockerignore': '.git\nnode_modules\n' },
      fires: true,
    },
    {
      name: 'compose builds it from the root: the root .dockerignore applies',
      tree: {
        'docker/prod/Dockerfile': PROD_DOCKERFILE,
        '.dockerignore': '.git\nnode_modules\n',
        'compose.yaml': lines('services:', '  api:', '    build:', '      context: .', '      dockerfile: docker/prod/Dockerfile'),
      },
      fires: false,
    },
    {
      name: '.stagecraft.yml builds: it from the root',
      tree: {
        'docker/prod/Dockerfile': PROD_DOCKERFILE,
        '.dockerignore': '.git\nnode_modules\n',
        '.stagecraft.yml': lines('builds:', '  - dockerfile: docker/prod/Dockerfile', '    context: .'),
      },
      fires: false,
    },
    {
      name: 'a workflow builds it from the Git context (the root)',
      tree: {
        'docker/prod/Dockerfile': PROD_DOCKERFILE,
        '.dockerignore': '.git\nnode_modules\n',
        '.github/workflows/ci.yml': lines('on: push', 'jobs:', '  image:', '    steps:', '      - uses: docker/build-push-action@v6', '        with:', '          file: docker/prod/Dockerfile'),
      },
      fires: false,
    },
    {
      name: 'the root context has no .dockerignore, only the Dockerfile folder has one',
      tree: {
        'docker/prod/Dockerfile': PROD_DOCKERFILE,
        'docker/prod/.dockerignore': '.git\n',
        'compose.yaml': lines('services:', '  api:', '    build:', '      context: .', '      dockerfile: docker/prod/Dockerfile'),
      },
      fires: true,
    },
    {
      name: '<Dockerfile>.dockerignore beside the Dockerfile wins over an empty context one',
      tree: {
        'docker/prod/Dockerfile': PROD_DOCKERFILE,
        'docker/prod/Dockerfile.dockerignore': '.git\n',
        '.dockerignore': '# nothing yet\n',
        'compose.yaml': lines('services:', '  api:', '    build:', '      context: .', '      dockerfile: docker/prod/Dockerfile'),
      },
      fires: false,
    },
  ])('$name', async ({ tree, fires }) => {
    const { report } = await lintTree(tree, ['docker/prod/Dockerfile']);
    expect(rulesOf(report, 'docker/prod/Dockerfile').includes('missing-dockerignore')).toBe(fires);
  });

  it('<Dockerfile>.dockerignore wins: a file it excludes is a COPY of an ignored file, though the root one keeps it', async () => {
    const dockerfile = lines('FROM alpine:3.20', 'COPY secrets.env /etc/app/', 'CMD ["app"]');
    const tree = {
      'docker/prod/Dockerfile': dockerfile,
      'docker/prod/Dockerfile.dockerignore': 'secrets.env\n',
      '.dockerignore': '.git\n',
      '.stagecraft.yml': lines('builds:', '  - dockerfile: docker/prod/Dockerfile', '    context: .'),
    };
    expect(rulesOf((await lintTree(tree, ['docker/prod/Dockerfile'])).report, 'docker/prod/Dockerfile')).toContain('copy-ignored-file');
    const { 'docker/prod/Dockerfile.dockerignore': _, ...withoutOwn } = tree;
    expect(rulesOf((await lintTree(withoutOwn, ['docker/prod/Dockerfile'])).report, 'docker/prod/Dockerfile')).not.toContain('copy-ignored-file');
  });
});

/** Stages `full`, `light` and `server`; `light` and `server` share `base`, `tools` only feeds `full`. */
const VARIANTS = lines(
  'FROM alpine:3.20 AS base',
  'FROM alpine:3.20 AS tools',
  'FROM base AS full',
  'COPY --from=tools /bin/x /bin/x',
  'FROM base AS light',
  'FROM base AS server',
);

describe('the stages judged: every target of every definition', () => {
  it.each<{ name: string; tree: Record<string, string>; target?: string; shipped: string[]; reachable: string[]; build?: { targets: (string | null)[]; definition: string | null } }>([
    {
      name: 'no definition: the last stage',
      tree: { Dockerfile: VARIANTS },
      shipped: ['base', 'server'],
      reachable: ['base', 'server'],
      build: { targets: [null], definition: null },
    },
    {
      name: 'a bake file with inherits and a matrix',
      tree: {
        Dockerfile: VARIANTS,
        'docker-bake.hcl': lines(
          'target "_common" {', //                       1
          '  dockerfile = "Dockerfile"', //              2
          '}', //                                        3
          'target "variant" {', //                       4
          '  inherits = ["_common"]', //                 5
          '  name = "app-${tgt}"', //                    6
          '  matrix = { tgt = ["full", "light"] }', //   7
          '  target = tgt', //                           8
          '}', //                                        9
        ),
      },
      shipped: ['base', 'full', 'light'],
      reachable: ['base', 'tools', 'full', 'light'],
      build: { targets: ['full', 'light'], definition: 'docker-bake.hcl:4 (target app-full)' },
    },
    {
      name: 'compose and a workflow (whose ${{ }} target is left out: the last stage)',
      tree: {
        Dockerfile: VARIANTS,
        'compose.yaml': lines('services:', '  api:', '    build:', '      context: .', '      target: light', '      args:', '        TAG: ${TAG:-1}'),
        '.github/workflows/ci.yml': lines(
          'on: push',
          'jobs:',
          '  image:',
          '    steps:',
          '      - uses: docker/build-push-action@v6',
          '        with:',
          '          target: ${{ matrix.variant }}',
          '          build-args: VERSION=${{ github.sha }}',
        ),
      },
      shipped: ['base', 'light', 'server'],
      reachable: ['base', 'light', 'server'],
      build: { targets: ['light', null], definition: 'compose.yaml:3 (service api)' },
    },
    {
      name: 'the command line target wins over the definitions',
      tree: { Dockerfile: VARIANTS, '.stagecraft.yml': lines('builds:', '  - dockerfile: Dockerfile', '    targets: [light, server]') },
      target: 'full',
      shipped: ['base', 'full'],
      reachable: ['base', 'tools', 'full'],
      build: { targets: ['full'], definition: '.stagecraft.yml:2 (build)' },
    },
  ])('$name', async ({ tree, target, shipped, reachable, build }) => {
    const recorder = stageRecorder();
    const { report } = await lintTree(tree, ['Dockerfile'], { rules: recorder.rules, ...(target ? { target } : {}) });
    expect(recorder.shipped.get('Dockerfile')).toEqual(shipped);
    expect(recorder.reachable.get('Dockerfile')).toEqual(reachable);
    const used = report.files[0]!.build!;
    expect(used.targets).toEqual(build!.targets);
    expect(used.definition ? `${used.definition.source.file}:${used.definition.source.line} (${used.definition.source.kind === 'bake' ? 'target' : used.definition.source.kind === 'compose' ? 'service' : 'build'}${used.definition.name ? ` ${used.definition.name}` : ''})` : null).toBe(build!.definition);
  });

  it('a compose ${TAG:-1} arg is resolved from its default; the workflow ${{ }} values are notices', async () => {
    const { report, notices } = await lintTree(
      {
        Dockerfile: VARIANTS,
        'compose.yaml': lines('services:', '  api:', '    build:', '      context: .', '      target: light', '      args:', '        TAG: ${TAG:-1}'),
        '.github/workflows/ci.yml': lines('on: push', 'jobs:', '  image:', '    steps:', '      - uses: docker/build-push-action@v6', '        with:', '          target: ${{ matrix.variant }}'),
      },
      ['Dockerfile'],
    );
    expect(report.files[0]!.build!.args).toEqual({ TAG: '1' });
    expect(notices).toEqual([expect.stringMatching(/^\.github\/workflows\/ci\.yml:7: job image: target "\$\{\{ matrix\.variant \}\}" is only known when the workflow runs: left out$/)]);
  });

  it('a target no stage has is a notice naming the definition, and the other targets are still judged', async () => {
    const recorder = stageRecorder();
    const { report } = await lintTree({ Dockerfile: VARIANTS, '.stagecraft.yml': lines('builds:', '  - dockerfile: Dockerfile', '    targets: [lite, full]') }, ['Dockerfile'], { rules: recorder.rules });
    expect(report.notices).toEqual(['Dockerfile: .stagecraft.yml:2 (build): the target "lite" matches no stage of this Dockerfile: the other targets are linted']);
    expect(recorder.shipped.get('Dockerfile')).toEqual(['base', 'full']);
  });
});

describe('what cannot be used is a notice, and nothing else is lost', () => {
  const GOOD = { 'web/Dockerfile': PROD_DOCKERFILE, 'web/.dockerignore': '.git\n', '.dockerignore': '' };
  const ROOT_BUILD_OF_WEB = lines('services:', '  web:', '    build:', '      context: .', '      dockerfile: web/Dockerfile');

  it('a definition of a Dockerfile that does not exist: a clear notice, the other definitions still count', async () => {
    const { report, notices } = await lintTree(
      { ...GOOD, 'compose.yaml': lines('services:', '  api:', '    build: ./api', '  web:', '    build:', '      context: .', '      dockerfile: web/Dockerfile') },
      ['web/Dockerfile'],
    );
    expect(notices).toEqual(['compose.yaml:3: service api builds api/Dockerfile, which does not exist']);
    // The root context's empty .dockerignore applies, not web/.dockerignore.
    expect(rulesOf(report, 'web/Dockerfile')).toContain('missing-dockerignore');
    expect(report.files[0]!.build!.definition!.name).toBe('web');
  });

  const TEN_MB_COMPOSE = 'services:\n' + Array.from({ length: 200_000 }, (_, i) => `  s${i}:\n    build: ./svc${i}-${'x'.repeat(20)}\n`).join('');
  const ANCHORS_BOMB = lines('a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'services:', '  x:', '    build: *d');

  it.each<{ name: string; tree: Record<string, string>; notice: RegExp }>([
    { name: 'a 10 MB compose file', tree: { 'deploy/compose.yaml': TEN_MB_COMPOSE }, notice: /^deploy\/compose\.yaml: larger than 1 MiB: not read$/ },
    { name: 'a YAML anchors bomb', tree: { 'deploy/compose.yaml': ANCHORS_BOMB }, notice: /^deploy\/compose\.yaml: more than 100 YAML aliases: not read$/ },
    { name: 'a bake file that does not evaluate', tree: { 'deploy/docker-bake.hcl': lines('target "a" {', '  dockerfile =', '}') }, notice: /^deploy\/docker-bake\.hcl:[23]: .*not read$/ },
    { name: 'a .stagecraft.yml with an error', tree: { 'deploy/.stagecraft.yml': lines('builds:', '  - context: .') }, notice: /^deploy\/\.stagecraft\.yml:2: its builds: are not used while the file has an error/ },
  ])('$name', async ({ tree, notice }) => {
    const { report, notices } = await lintTree({ ...GOOD, ...tree, 'compose.yaml': ROOT_BUILD_OF_WEB }, ['web/Dockerfile']);
    expect(notices).toEqual([expect.stringMatching(notice)]);
    expect(report.files[0]!.build!.definition!.source.file).toBe('compose.yaml');
    expect(rulesOf(report, 'web/Dockerfile')).toContain('missing-dockerignore');
  });

  it('a repository with more files than the listing takes: a notice, and the definitions listed before still count', async () => {
    const root = writeTree({ 'a/compose.yaml': lines('services:', '  a:', '    build: .'), 'a/Dockerfile': 'FROM scratch\n', 'b/x': '', 'c/y': '' });
    const discovery = await discoverRepositoryBuilds(diskRepoFiles(root, 2), { bake: NO_BUILDX });
    expect(discovery.notices.map(formatNotice)).toEqual([`.: more than ${MAX_LISTED_FILES} files: build files past them were not read`]);
    expect(discovery.definitions.map((d) => d.dockerfile)).toEqual(['a/Dockerfile']);
  });
});

describe('.stagecraft.yml builds:', () => {
  it('paths are relative to the file; --config replaces every .stagecraft.yml', async () => {
    const tree = {
      'svc/Dockerfile': VARIANTS,
      'svc/.stagecraft.yml': lines('builds:', '  - dockerfile: Dockerfile', '    context: ..', '    target: full', '    args: { N: 1 }'),
      'ci/stagecraft.yml': lines('builds:', '  - name: light', '    dockerfile: ../svc/Dockerfile', '    target: light'),
    };
    const nested = (await lintTree(tree, ['svc/Dockerfile'])).report.files[0]!.build!;
    expect({ context: nested.context, targets: nested.targets, args: nested.args, source: nested.definition!.source }).toEqual({
      context: '',
      targets: ['full'],
      args: { N: '1' },
      source: { file: 'svc/.stagecraft.yml', line: 2, kind: 'stagecraft' },
    });
    const explicit = (await lintTree(tree, ['svc/Dockerfile'], { config: 'ci/stagecraft.yml' })).report.files[0]!.build!;
    expect({ context: explicit.context, targets: explicit.targets, name: explicit.definition!.name }).toEqual({ context: 'svc', targets: ['light'], name: 'light' });
  });

  it('an entry that leaves the repository is a notice, not a definition', async () => {
    const { notices, report } = await lintTree({ Dockerfile: VARIANTS, '.stagecraft.yml': lines('builds:', '  - dockerfile: ../other/Dockerfile', '  - dockerfile: Dockerfile', '    context: https://example.com/repo.git') }, ['Dockerfile']);
    expect(notices).toEqual([
      '.stagecraft.yml:2: build names the Dockerfile ../other/Dockerfile, outside the repository: not read',
      '.stagecraft.yml:3: build builds from the remote context https://example.com/repo.git: not read',
    ]);
    expect(report.files[0]!.build!.definition).toBeNull();
  });
});
