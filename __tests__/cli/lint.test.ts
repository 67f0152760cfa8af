import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../helpers/cli.js';

const CLEAN = 'FROM alpine:3.20 AS build\nRUN echo hi\n';
const CASING = 'FROM alpine:3.20 as build\nRUN echo hi\n';

describe('stagecraft lint: finding files', () => {
  const root = workspace({
    'Dockerfile': CLEAN,
    'api/Dockerfile.prod': CLEAN,
    'api/Dockerfile-dev': CLEAN,
    'web/app.Dockerfile': CLEAN,
    'web/app.dockerfile': CLEAN,
    'tools/Containerfile': CLEAN,
    'tools/Containerfile.ci': CLEAN,
    'tools/Dockerfile.dockerignore': 'node_modules\n',
    'docs/README.md': '# not a Dockerfile\n',
    'docs/Dockerfile.md': '# how to write a Dockerfile\n',
    'node_modules/pkg/Dockerfile': CLEAN,
    'my-build-file': CASING,
  });

  it('a folder is searched for every naming pattern, not .dockerignore nor node_modules', async () => {
    const run = await cli(['lint', '.', '--format', 'json'], root);
    expect(run.code).toBe(0);
    const paths = JSON.parse(run.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual([
      'Dockerfile',
      'api/Dockerfile-dev',
      'api/Dockerfile.prod',
      'tools/Containerfile',
      'tools/Containerfile.ci',
      'web/app.Dockerfile',
      'web/app.dockerfile',
    ]);
  });

  it('a file argument is linted whatever its name', async () => {
    const run = await cli(['lint', 'my-build-file', '--format', 'json'], root);
    const report = JSON.parse(run.stdout);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].path).toBe('my-build-file');
    expect(report.files[0].findings.map((f: { rule: string }) => f.rule)).toContain('from-as-casing');
  });

  it('no paths means the current folder', async () => {
    const run = await cli(['lint', '--format', 'json'], root);
    expect(JSON.parse(run.stdout).files).toHaveLength(7);
  });
});

describe('stagecraft lint: JSON contract', () => {
  it('lists every file, findings sorted by line, with the documented fields', async () => {
    const root = workspace({ 'a/Dockerfile': CLEAN, 'b/Dockerfile': 'FROM alpine AS x\nFROM alpine as y\nFROM alpine as z\n' });
    const run = await cli(['lint', 'a/Dockerfile', './b//Dockerfile', '--format', 'json'], root);
    const report = JSON.parse(run.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['a/Dockerfile', 'b/Dockerfile']);
    expect(report.files[0].findings).toEqual([]);
    const findings = report.files[1].findings.filter((f: { rule: string }) => f.rule === 'from-as-casing');
    expect(findings).toEqual([
      { rule: 'from-as-casing', aliases: ['FromAsCasing'], severity: 'warning', line: 2, endLine: 2, column: 1, message: expect.any(String), stage: 'y' },
      { rule: 'from-as-casing', aliases: ['FromAsCasing'], severity: 'warning', line: 3, endLine: 3, column: 1, message: expect.any(String), stage: 'z' },
    ]);
    const lines = report.files[1].findings.map((f: { line: number }) => f.line);
    expect(lines).toEqual([...lines].sort((x: number, y: number) => x - y));
  });

  it('a file that does not parse gets a parse-error finding', async () => {
    const root = workspace({ Dockerfile: 'FROM alpine\nRUNN x\n' });
    const run = await cli(['lint', 'Dockerfile', '--format', 'json'], root);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).files[0].findings;
    expect(findings.find((f: { rule: string }) => f.rule === 'parse-error')).toMatchObject({ line: 2, severity: 'error', message: 'unknown instruction: RUNN' });
  });
});

describe('stagecraft lint: exit codes', () => {
  const root = workspace({ 'clean/Dockerfile': CLEAN, 'casing/Dockerfile': CASING });

  it.each([
    [['lint', 'clean'], 0],
    [['lint', 'casing'], 0],
    [['lint', 'casing', '--fail-on', 'warning'], 1],
    [['lint', 'casing', '--fail-on', 'style'], 1],
    [['lint', 'casing', '--fail-on', 'none'], 0],
    [['lint', 'clean', '--fail-on', 'fatal'], 2],
    [['lint', 'clean', '--format', 'xml'], 2],
    [['lint', 'clean', '--no-such-option'], 2],
    [['lint', 'clean', '--config', 'missing.yml'], 2],
    [['nope'], 2],
  ])('%j → %i', async (args, code) => {
    const run = await cli(args, root);
    expect(run.code).toBe(code);
    if (code === 2) expect(run.stderr).toMatch(/stagecraft/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreadable path exits 2, is named on stderr, and the other files are still linted', async () => {
    const run = await cli(['lint', 'missing/Dockerfile', 'casing/Dockerfile', '--format', 'json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing/Dockerfile');
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['casing/Dockerfile']);
  });
});

describe('stagecraft lint: configuration', () => {
  it('finds the nearest .stagecraft.yml walking up, and --config replaces it', async () => {
    const root = workspace({
      '.stagecraft.yml': 'fail-on: warning\n',
      'svc/.stagecraft.yml': 'ignore: [from-as-casing]\n',
      'svc/Dockerfile': CASING,
      'other/Dockerfile': CASING,
      'strict.yml': 'severity:\n  from-as-casing: error\n',
    });
    expect((await cli(['lint', 'svc/Dockerfile'], root)).code).toBe(0);
    expect((await cli(['lint', 'other/Dockerfile'], root)).code).toBe(1);
    const explicit = await cli(['lint', 'svc/Dockerfile', '--config', 'strict.yml', '--format', 'json'], root);
    expect(explicit.code).toBe(1);
    expect(JSON.parse(explicit.stdout).files[0].findings[0].severity).toBe('error');
  });

  it('honours .hadolint.yaml, and ours wins where both speak', async () => {
    const root = workspace({
      '.hadolint.yaml': 'ignored: [FromAsCasing]\nfailure-threshold: style\n',
      'Dockerfile': CASING,
    });
    const run = await cli(['lint', 'Dockerfile', '--format', 'json'], root);
    expect(JSON.parse(run.stdout).files[0].findings).toEqual([]);
  });

  it('a broken config is a finding for the files it governs, others still linted', async () => {
    const root = workspace({ 'bad/.stagecraft.yml': 'fail-on: [x\n', 'bad/Dockerfile': CLEAN, 'good/Dockerfile': CLEAN });
    const run = await cli(['lint', '.', '--format', 'json'], root);
    const files = JSON.parse(run.stdout).files;
    expect(files.find((f: { path: string }) => f.path === 'bad/Dockerfile').findings[0]).toMatchObject({ rule: 'config-error', message: expect.stringMatching(/bad\/\.stagecraft\.yml:\d+: not valid YAML/) });
    expect(files.find((f: { path: string }) => f.path === 'good/Dockerfile').findings).toEqual([]);
    expect(run.code).toBe(1);
  });
});

describe('other output formats', () => {
  const root = workspace({ Dockerfile: CASING });

  it('text: grouped by file, with a total, no colour off a terminal', async () => {
    const run = await cli(['lint', 'Dockerfile'], root);
    expect(run.stdout).toMatch(/^Dockerfile\n {2}1:1 +warning +'as' and 'FROM'/);
    expect(run.stdout).toMatch(/1 finding \(1 warning\) in 1 file/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('text: colour when asked', async () => {
    expect((await cli(['lint', 'Dockerfile', '--color'], root)).stdout).toContain('\u001b[');
    expect((await cli(['lint', 'Dockerfile'], root, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
  });

  it('github: workflow commands with escaped properties', async () => {
    const run = await cli(['lint', 'Dockerfile', '--format', 'github'], root);
    expect(run.stdout.trim()).toMatch(/^::warning file=Dockerfile,line=1,endLine=1,col=1,title=from-as-casing \(FromAsCasing\)::'as' and 'FROM'/);
  });
});

describe('stagecraft rules', () => {
  it('json: id, title, severity, aliases, docs for every rule', async () => {
    const run = await cli(['rules', '--format', 'json'], process.cwd());
    const { rules } = JSON.parse(run.stdout);
    expect(rules.length).toBeGreaterThan(1);
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(['id', 'title', 'severity', 'aliases', 'docs']);
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.docs).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`));
    }
    expect(new Set(rules.map((r: { id: string }) => r.id)).size).toBe(rules.length);
  });
});

describe('stagecraft lint: how each Dockerfile is built', () => {
  const VARIANTS = 'FROM alpine:3.20 AS base\nFROM base AS prod\nCOPY . /app\nFROM base AS light\nCOPY . /app\n';
  const root = workspace({
    'docker/prod/Dockerfile': VARIANTS,
    'web/Dockerfile': CLEAN,
    '.dockerignore': '.git\n',
    'compose.yaml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/prod/Dockerfile\n      target: prod\n  gone:\n    build: ./gone\n',
    'docker-bake.hcl': 'target "light" {\n  dockerfile = "docker/prod/Dockerfile"\n  target = "light"\n}\n',
  });

  it('says on stderr which definition each Dockerfile was linted by; the output format is untouched', async () => {
    const run = await cli(['lint', '--format', 'json'], root);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('stagecraft: '))).toEqual([
      'stagecraft: docker/prod/Dockerfile: built by docker-bake.hcl:1 (target light) and 1 more, context ., targets light and prod',
      'stagecraft: compose.yaml:8: service gone builds gone/Dockerfile, which does not exist',
    ]);
    const report = JSON.parse(run.stdout);
    const prod = report.files.find((f: { path: string }) => f.path === 'docker/prod/Dockerfile');
    // The root .dockerignore applies: the whole-context COPY is not a missing-dockerignore finding.
    expect(prod.findings.map((f: { rule: string }) => f.rule)).not.toContain('missing-dockerignore');
    expect(prod.build).toMatchObject({ context: '.', targets: ['light', 'prod'], definition: { kind: 'bake', file: 'docker-bake.hcl', line: 1, name: 'light' }, definitions: 2 });
    expect(report.files.find((f: { path: string }) => f.path === 'web/Dockerfile').build).toMatchObject({ context: 'web', targets: [null], definition: null });
  });

  it('--explain-builds lists every definition and notice, and the files linted with the defaults too', async () => {
    const run = await cli(['lint', '--explain-builds'], root);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('stagecraft: '))).toEqual([
      'stagecraft: docker/prod/Dockerfile: built by docker-bake.hcl:1 (target light) and 1 more, context ., targets light and prod',
      'stagecraft: web/Dockerfile: no build definition, context web, target the last stage',
      'stagecraft: build definitions (2, highest precedence first):',
      'stagecraft:   docker-bake.hcl:1 (target light): docker/prod/Dockerfile, context ., target light',
      'stagecraft:   compose.yaml:3 (service api): docker/prod/Dockerfile, context ., target prod',
      'stagecraft: compose.yaml:8: service gone builds gone/Dockerfile, which does not exist',
    ]);
  });

  it('--target wins over the definitions', async () => {
    const run = await cli(['lint', 'docker/prod/Dockerfile', '--target', 'base', '--format', 'json'], root);
    expect(run.stderr).toContain('stagecraft: docker/prod/Dockerfile: built by docker-bake.hcl:1 (target light) and 1 more, context ., target base (target given by the user)');
    expect(JSON.parse(run.stdout).files[0].build).toMatchObject({ targets: ['base'], overridden: true });
  });
});

describe('stagecraft graph: the targets of the build definitions', () => {
  const root = workspace({
    Dockerfile: 'FROM alpine:3.20 AS base\nFROM base AS full\nFROM base AS light\nFROM base AS server\n',
    '.stagecraft.yml': 'builds:\n  - dockerfile: Dockerfile\n    targets: [full, light]\n',
  });
  const marks = (json: string) =>
    Object.fromEntries((JSON.parse(json) as { nodes: { label: string; target: boolean; dead: boolean; stage?: unknown }[] }).nodes.filter((n) => n.stage).map((n) => [n.label, n.target ? 'target' : n.dead ? 'unused' : 'needed']));

  it('draws every defined target as a target and only what none needs as unused, and says which definition', async () => {
    const run = await cli(['graph', 'Dockerfile', '--format', 'json'], root);
    expect(marks(run.stdout)).toEqual({ base: 'needed', full: 'target', light: 'target', server: 'unused' });
    expect(run.stderr).toBe('stagecraft graph: Dockerfile: built by .stagecraft.yml:2 (build), context ., targets full and light\n');
  });

  it('--target still chooses one', async () => {
    const run = await cli(['graph', 'Dockerfile', '--format', 'json', '--target', 'server'], root);
    expect(marks(run.stdout)).toEqual({ base: 'needed', full: 'unused', light: 'unused', server: 'target' });
  });
});
