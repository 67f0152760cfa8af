/**
 * The JSON report (`--format json`, the action's report file): the fields of version 1 unchanged, the
 * fields a pull request comment needs added, and docs/schema/report.schema.json strict enough that a
 * workflow can check a report it did not make before publishing from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { lintText } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/types.js';
import { REPORT_JSON_VERSION, REPORT_LIMITS, renderJson, toJson, type JsonReport } from '../../src/report/json.js';
import type { FileReport, LintReport } from '../../src/report/types.js';
import type { DockerfileChange, ReviewContext } from '../../src/review/types.js';
import { VERSION } from '../../src/version.js';
import { file, finding, report } from './make-report.js';

const DOCS = join(import.meta.dirname, '../../docs');
const schema = JSON.parse(readFileSync(join(DOCS, 'schema/report.schema.json'), 'utf8')) as Record<string, unknown>;
const reference = readFileSync(join(DOCS, 'json-output.md'), 'utf8');

// ajv is CommonJS with `exports.default`: under NodeNext that is where the class's types are.
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function schemaErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** The document as a consumer reads it: through JSON text. */
function roundTrip(lint: LintReport): JsonReport {
  return JSON.parse(renderJson(lint)) as JsonReport;
}

const BASE_SHA = 'a'.repeat(40);
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';

const PULL_REQUEST: ReviewContext = {
  event: 'pull_request',
  base: { sha: BASE_SHA, ref: 'main' },
  head: { sha: HEAD_SHA, ref: 'refs/pull/7/merge' },
  pullRequest: { number: 7, url: 'https://github.com/acme/shop/pull/7' },
  changedOnly: true,
  failOnScope: 'new',
};

const LOCAL: ReviewContext = {
  event: 'local',
  base: { sha: 'c'.repeat(64), ref: 'origin/main' },
  head: { sha: 'WORKTREE', ref: null },
  pullRequest: null,
  changedOnly: false,
  failOnScope: 'all',
};

const BASE_API = ['FROM node:18 as build', 'RUN npm ci', 'FROM node:18-slim as runtime', 'COPY --from=build /app /app', 'CMD node server.js'].join('\n');
const HEAD_API = [
  'FROM node:20 AS build',
  'RUN npm ci',
  'FROM node:20-slim as runtime',
  'COPY --from=build /app /app',
  'RUN apt-get update && apt-get install -y curl',
  'CMD node server.js',
].join('\n');
const NEW_WORKER = 'FROM python:3.12\nRUN pip install requests\nFROM python:3.12-slim\nCOPY --from=0 /usr/local /usr/local\n';
const OLD_TOOLS = 'FROM alpine as tools\nRUN apk add curl\n';
const BROKEN = 'FROM alpine\nRUNN x\n';

/**
 * A reviewed file the way the review step makes one: the head and base versions really linted, head
 * findings matched to base findings by rule and message (enough for these fixtures).
 */
function reviewed(path: string, change: Omit<DockerfileChange, 'path'>, baseText: string | null, headText: string | null): FileReport {
  const head = headText === null ? null : lintText(headText, path);
  const base = baseText === null ? null : lintText(baseText, change.basePath ?? path);
  const key = (f: Finding) => `${f.rule}\u0000${f.message}`;
  const unmatched = new Map<string, Finding[]>();
  for (const f of base?.findings ?? []) unmatched.set(key(f), [...(unmatched.get(key(f)) ?? []), f]);
  const newFindings: Finding[] = [];
  const existingFindings: Finding[] = [];
  for (const f of head?.findings ?? []) {
    const match = unmatched.get(key(f));
    if (match && match.length > 0) {
      match.shift();
      existingFindings.push(f);
    } else newFindings.push(f);
  }
  return {
    path,
    findings: head?.findings ?? [],
    failOn: 'warning',
    ...(head ? { dockerfile: head.dockerfile } : {}),
    review: {
      change: { path, ...change },
      newFindings,
      existingFindings,
      fixedFindings: [...unmatched.values()].flat(),
      baseDockerfile: base?.dockerfile ?? null,
    },
  };
}

function pullRequestReport(context: ReviewContext = PULL_REQUEST): LintReport {
  return {
    files: [
      reviewed('services/api/Dockerfile', { status: 'modified', basePath: 'services/api/Dockerfile', because: [] }, BASE_API, HEAD_API),
      reviewed('services/worker/Dockerfile', { status: 'added', basePath: null, because: [] }, null, NEW_WORKER),
      reviewed('tools/Dockerfile', { status: 'removed', basePath: 'tools/Dockerfile', because: [] }, OLD_TOOLS, null),
      reviewed('web/Containerfile', { status: 'renamed', basePath: 'web/Dockerfile', because: [] }, OLD_TOOLS, OLD_TOOLS),
      reviewed('svc/Dockerfile', { status: 'settings', basePath: 'svc/Dockerfile', because: ['svc/.stagecraft.yml', '.dockerignore'] }, HEAD_API, HEAD_API),
      reviewed('broken/Dockerfile', { status: 'modified', basePath: 'broken/Dockerfile', because: [] }, 'FROM alpine\n', BROKEN),
    ],
    errors: [],
    review: context,
  };
}

function plainLintReport(): LintReport {
  const api = lintText(HEAD_API, 'services/api/Dockerfile');
  const broken = lintText(BROKEN, 'broken/Dockerfile');
  return {
    files: [
      { path: 'services/api/Dockerfile', findings: api.findings, failOn: 'error', dockerfile: api.dockerfile },
      { path: 'broken/Dockerfile', findings: broken.findings, failOn: 'error', dockerfile: broken.dockerfile },
      // A file whose configuration is broken is reported without a parsed Dockerfile.
      file('bad/Dockerfile', [finding({ rule: 'config-error', aliases: [], severity: 'error', message: 'bad/.stagecraft.yml:1: not valid YAML' })]),
      { path: 'clean/Dockerfile', findings: [], failOn: 'error', dockerfile: parseDockerfile('FROM alpine:3.20\n', { path: 'clean/Dockerfile' }) },
    ],
    errors: [{ path: 'gone/Dockerfile', message: 'cannot read gone/Dockerfile: permission denied' }],
  };
}

describe('the schema', () => {
  it('is a valid draft 2020-12 schema with an $id, and states the caps toJson keeps to', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/docs\/schema\/report\.schema\.json$/);
    expect(ajv.validateSchema(schema)).toBe(true);

    const defs = schema.$defs as Record<string, any>;
    const props = schema.properties as Record<string, any>;
    const finding = defs.finding.properties;
    const node = defs.node.properties;
    expect(props.version.const).toBe(REPORT_JSON_VERSION);
    expect({
      files: props.files.maxItems,
      findingsPerFile: defs.file.properties.findings.maxItems,
      fixedPerFile: defs.file.properties.fixed.maxItems,
      path: defs.path.maxLength,
      message: finding.message.maxLength,
      rule: finding.rule.maxLength,
      aliases: finding.aliases.maxItems,
      related: finding.related.maxItems,
      alias: finding.aliases.items.maxLength,
      stageName: finding.stage.anyOf[0].maxLength,
      graphStageName: node.stage.properties.name.maxLength,
      because: defs.change.properties.because.maxItems,
      ref: defs.gitRef.maxLength,
      url: defs.review.properties.pullRequest.anyOf[0].properties.url.maxLength,
      graphNodes: defs.graph.properties.nodes.maxItems,
      graphEdges: defs.graph.properties.edges.maxItems,
      graphNotes: defs.graph.properties.notes.maxItems,
      note: defs.graph.properties.notes.items.maxLength,
      label: node.label.maxLength,
      previousLabel: node.previousLabel.maxLength,
      renamedFrom: node.renamedFrom.maxLength,
      imageName: node.image.properties.name.maxLength,
      imageTag: node.image.properties.tag.maxLength,
      imageDigest: node.image.properties.digest.maxLength,
      mountType: defs.edge.properties.mountType.maxLength,
      targets: defs.build.properties.targets.maxItems,
      targetName: defs.build.properties.targets.items.maxLength,
      definitionName: defs.build.properties.definition.anyOf[0].properties.name.maxLength,
    }).toEqual({
      files: REPORT_LIMITS.files,
      findingsPerFile: REPORT_LIMITS.findingsPerFile,
      fixedPerFile: REPORT_LIMITS.findingsPerFile,
      path: REPORT_LIMITS.path,
      message: REPORT_LIMITS.message,
      rule: REPORT_LIMITS.rule,
      aliases: REPORT_LIMITS.aliases,
      related: REPORT_LIMITS.related,
      alias: REPORT_LIMITS.alias,
      stageName: REPORT_LIMITS.stageName,
      graphStageName: REPORT_LIMITS.stageName,
      because: REPORT_LIMITS.because,
      ref: REPORT_LIMITS.ref,
      url: REPORT_LIMITS.url,
      graphNodes: REPORT_LIMITS.graphNodes,
      graphEdges: REPORT_LIMITS.graphEdges,
      graphNotes: REPORT_LIMITS.graphNotes,
      note: REPORT_LIMITS.note,
      label: REPORT_LIMITS.label,
      previousLabel: REPORT_LIMITS.label,
      renamedFrom: REPORT_LIMITS.label,
      imageName: REPORT_LIMITS.label,
      imageTag: REPORT_LIMITS.imageTag,
      imageDigest: REPORT_LIMITS.imageDigest,
      mountType: REPORT_LIMITS.mountType,
      targets: REPORT_LIMITS.targets,
      targetName: REPORT_LIMITS.stageName,
      definitionName: REPORT_LIMITS.stageName,
    });
  });

  it('forbids properties it does not list, in every object', () => {
    const open: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const object = node as Record<string, unknown>;
      // Every schema of an object with listed properties closes it (the if/then/else branches only narrow `file`; `fixed` and an image's `targets` narrow a $ref).
      const branch = /\/(if|then|else)(\/|$)|\/fixed\/items$|\/image\/properties\/targets\/items$/.test(at);
      if (object.properties && !branch && object.additionalProperties !== false) open.push(at);
      for (const [key, value] of Object.entries(object)) walk(value, `${at}/${key}`);
    };
    walk(schema, '#');
    expect(open).toEqual([]);
  });
});

describe('documents made by linting Dockerfiles validate', () => {
  it.each([
    ['a plain lint (findings, a parse error, a broken configuration, an unreadable path)', plainLintReport],
    ['a pull request review (modified, added, removed, renamed, settings)', () => pullRequestReport()],
    ['a local review (SHA-256 base, WORKTREE head, no pull request)', () => pullRequestReport(LOCAL)],
    ['a pull request without a URL', () => pullRequestReport({ ...PULL_REQUEST, pullRequest: { number: 1, url: null }, base: { sha: BASE_SHA, ref: null } })],
    ['an empty run', () => report()],
  ])('%s', (_name, make) => {
    const document = roundTrip(make());
    expect(schemaErrors(document)).toEqual([]);
    expect(document.version).toBe(2);
    expect(document.tool).toEqual({ name: 'stagecraft', version: VERSION });
  });

  it('every example document in docs/json-output.md validates', () => {
    const blocks = [...reference.matchAll(/^```json\n([\s\S]*?)^```/gm)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    const whole = blocks.filter((b) => 'files' in b);
    expect(whole.length).toBeGreaterThanOrEqual(2);
    for (const block of whole) expect(schemaErrors(block)).toEqual([]);
  });
});

describe('how each file was built', () => {
  const text = 'FROM alpine:3.20 AS base\nFROM base AS full\nFROM base AS light\nFROM base AS server\n';
  const built = (build: FileReport['build']): LintReport => {
    const parsed = lintText(text, 'docker/prod/Dockerfile');
    return report({ path: 'docker/prod/Dockerfile', findings: parsed.findings, failOn: 'error', dockerfile: parsed.dockerfile, ...(build ? { build } : {}) });
  };

  it('names the definition used, its context and every target; the graph marks each target and only what none needs as unused', () => {
    const definition = { dockerfile: 'docker/prod/Dockerfile', context: '', targets: ['light'], args: { TAG: '1' }, source: { file: 'compose.yaml', line: 12, kind: 'compose' as const }, name: 'api' };
    const other = { ...definition, targets: ['full'], source: { file: 'docker-bake.hcl', line: 3, kind: 'bake' as const }, name: 'full' };
    const document = roundTrip(built({ dockerfile: 'docker/prod/Dockerfile', context: '', targets: ['light', 'full'], args: { TAG: '1' }, definition, definitions: [definition, other], overridden: false }));
    expect(schemaErrors(document)).toEqual([]);
    expect(document.files[0]!.build).toEqual({
      context: '.',
      targets: ['light', 'full'],
      definition: { kind: 'compose', file: 'compose.yaml', line: 12, name: 'api' },
      definitions: 2,
      overridden: false,
    });
    const marks = Object.fromEntries(document.files[0]!.graph!.nodes.filter((n) => n.stage).map((n) => [n.label, n.target ? 'target' : n.dead ? 'unused' : 'needed']));
    expect(marks).toEqual({ base: 'needed', full: 'target', light: 'target', server: 'unused' });
  });

  it('the defaults: no definition, the last stage (null); a file without a build has no field', () => {
    const document = roundTrip(built({ dockerfile: 'docker/prod/Dockerfile', context: 'docker/prod', targets: [null], args: {}, definition: null, definitions: [], overridden: false }));
    expect(schemaErrors(document)).toEqual([]);
    expect(document.files[0]!.build).toEqual({ context: 'docker/prod', targets: [null], definition: null, definitions: 0, overridden: false });
    expect('build' in roundTrip(built(undefined)).files[0]!).toBe(false);
  });

  it('the schema refuses a build without targets or with an unknown kind', () => {
    const document = roundTrip(built({ dockerfile: 'Dockerfile', context: '', targets: [null], args: {}, definition: null, definitions: [], overridden: false })) as unknown as { files: { build: Record<string, unknown> }[] };
    document.files[0]!.build.targets = [];
    expect(schemaErrors(document)).not.toEqual([]);
    document.files[0]!.build.targets = [null];
    document.files[0]!.build.definition = { kind: 'makefile', file: 'Makefile', line: 1 };
    expect(schemaErrors(document)).not.toEqual([]);
  });
});

describe('version 1 fields are unchanged', () => {
  it('a plain lint lists every readable file with path and findings as before, and no review fields', () => {
    const lint = plainLintReport();
    const document = roundTrip(lint);
    expect(document.files.map((f) => f.path)).toEqual(['services/api/Dockerfile', 'broken/Dockerfile', 'bad/Dockerfile', 'clean/Dockerfile']);
    document.files.forEach((f, i) => {
      expect(Object.keys(f)).toEqual(['path', 'findings', 'graph', 'image']);
      expect(f.findings).toEqual(
        lint.files[i]!.findings.map((x) => ({
          rule: x.rule,
          aliases: x.aliases,
          severity: x.severity,
          line: x.line,
          endLine: x.endLine,
          column: x.column,
          message: x.message,
          stage: x.stage,
        })),
      );
    });
    expect(document.files[1]!.findings).toContainEqual(
      expect.objectContaining({ rule: 'parse-error', severity: 'error', line: 2, message: 'unknown instruction: RUNN' }),
    );
    expect(document).not.toHaveProperty('review');
    expect(renderJson(lint)).not.toContain('"status"');
    expect(renderJson(lint).endsWith('}\n')).toBe(true);
    expect(document).toEqual(toJson(lint));
  });

  it('a plain lint: graph of each parsed file without change marks, null without one; image null; the summary', () => {
    const lint = plainLintReport();
    const document = roundTrip(lint);
    const api = document.files[0]!;
    expect(api.graph!.version).toBe(1);
    expect(api.graph!.nodes.filter((n) => n.kind === 'stage').map((n) => n.label)).toEqual(['build', 'runtime']);
    expect(api.graph!.nodes.every((n) => n.change === null)).toBe(true);
    expect(document.files[2]!.graph).toBeNull();
    expect(document.files.every((f) => f.image === null)).toBe(true);

    const all = lint.files.flatMap((f) => f.findings);
    expect(document.summary).toEqual({
      files: 4,
      findings: all.length,
      errors: all.filter((f) => f.severity === 'error').length,
      new: 0,
      existing: 0,
      fixed: 0,
      failing: all.filter((f) => f.severity === 'error').length,
    });
    expect(document.summary.errors).toBeGreaterThanOrEqual(2);
  });
});

describe('a review', () => {
  const lint = pullRequestReport();
  const document = roundTrip(lint);
  const byPath = (path: string) => document.files.find((f) => f.path === path)!;

  it('carries the commits compared, the pull request and how fail-on judges', () => {
    expect(document.review).toEqual({
      event: 'pull_request',
      base: { sha: BASE_SHA, ref: 'main' },
      head: { sha: HEAD_SHA, ref: 'refs/pull/7/merge' },
      pullRequest: { number: 7, url: 'https://github.com/acme/shop/pull/7' },
      changedOnly: true,
      failOnScope: 'new',
    });
    expect(Object.keys(document)).toEqual(['version', 'tool', 'review', 'summary', 'files']);
  });

  it('marks each finding new or existing, lists the fixed ones, and says how the file changed', () => {
    const api = byPath('services/api/Dockerfile');
    const source = lint.files[0]!;
    expect(api.change).toEqual({ status: 'modified', basePath: 'services/api/Dockerfile', because: [] });
    expect(api.findings.map((f) => f.status)).toEqual(source.findings.map((f) => (source.review!.newFindings.includes(f) ? 'new' : 'existing')));
    expect(api.findings.some((f) => f.status === 'new')).toBe(true);
    expect(api.findings.some((f) => f.status === 'existing')).toBe(true);
    // `FROM node:18 as build` became `AS build`: that casing finding is fixed, at the base version's line.
    expect(api.fixed).toContainEqual(expect.objectContaining({ rule: 'from-as-casing', line: 1, stage: 'build' }));
    expect(api.fixed!.every((f) => !('status' in f))).toBe(true);

    expect(byPath('services/worker/Dockerfile').change).toEqual({ status: 'added', basePath: null, because: [] });
    expect(byPath('services/worker/Dockerfile').findings.every((f) => f.status === 'new')).toBe(true);
    const removed = byPath('tools/Dockerfile');
    expect(removed.findings).toEqual([]);
    expect(removed.fixed!.map((f) => f.rule)).toContain('from-as-casing');
    expect(byPath('web/Containerfile').change!.basePath).toBe('web/Dockerfile');
    expect(byPath('web/Containerfile').findings.every((f) => f.status === 'existing')).toBe(true);
    expect(byPath('svc/Dockerfile').change).toEqual({ status: 'settings', basePath: 'svc/Dockerfile', because: ['svc/.stagecraft.yml', '.dockerignore'] });
  });

  it('draws base → head graphs where there is a base version, the file alone where there is none, nothing for a removed file', () => {
    const api = byPath('services/api/Dockerfile').graph!;
    expect(api.nodes.every((n) => n.change !== null)).toBe(true);
    const images = api.nodes.filter((n) => n.kind === 'image').map((n) => `${n.label} ${n.change}`);
    expect(images).toEqual(expect.arrayContaining(['node:20 added', 'node:20-slim added', 'node:18 removed', 'node:18-slim removed']));
    expect(byPath('services/worker/Dockerfile').graph!.nodes.every((n) => n.change === null)).toBe(true);
    expect(byPath('tools/Dockerfile').graph).toBeNull();
  });

  it('counts new, existing, fixed and failing findings (fail-on-scope: new judges the new ones only)', () => {
    const reviews = lint.files.map((f) => f.review!);
    const newFindings = reviews.flatMap((r) => r.newFindings);
    const reaching = (f: Finding) => f.severity === 'error' || f.severity === 'warning';
    expect(document.summary).toEqual({
      files: 6,
      findings: lint.files.reduce((n, f) => n + f.findings.length, 0),
      errors: lint.files.flatMap((f) => f.findings).filter((f) => f.severity === 'error').length,
      new: newFindings.length,
      existing: reviews.reduce((n, r) => n + r.existingFindings.length, 0),
      fixed: reviews.reduce((n, r) => n + r.fixedFindings.length, 0),
      failing: newFindings.filter(reaching).length,
    });
    expect(document.summary.failing).toBeLessThan(lint.files.flatMap((f) => f.findings).filter(reaching).length);
    expect(roundTrip({ ...lint, review: { ...PULL_REQUEST, failOnScope: 'all' } }).summary.failing).toBe(lint.files.flatMap((f) => f.findings).filter(reaching).length);
  });
});

describe('toJson keeps within the caps, so what it writes always validates', () => {
  it('cuts long strings (ending in …) and long lists; the summary still counts everything', () => {
    const many = Array.from({ length: REPORT_LIMITS.findingsPerFile + 5 }, (_, i) => finding({ line: i + 1 }));
    const long = finding({ message: 'x'.repeat(20_000), stage: 's'.repeat(5_000) });
    const lint = report(file('a/Dockerfile', [long, ...many]), file(`${'d/'.repeat(3_000)}Dockerfile`, []));
    const document = roundTrip(lint);
    expect(schemaErrors(document)).toEqual([]);
    const first = document.files[0]!;
    expect(first.findings).toHaveLength(REPORT_LIMITS.findingsPerFile);
    expect(first.findings[0]!.message).toHaveLength(REPORT_LIMITS.message);
    expect(first.findings[0]!.message.endsWith('x…')).toBe(true);
    expect((first.findings[0]!.stage as string).length).toBe(REPORT_LIMITS.stageName);
    expect(document.files[1]!.path).toHaveLength(REPORT_LIMITS.path);
    expect(document.summary.findings).toBe(REPORT_LIMITS.findingsPerFile + 6);
  });

  it('does not split a character made of two UTF-16 units', () => {
    const message = `${'x'.repeat(REPORT_LIMITS.message - 2)}🐳🐳`;
    const document = roundTrip(report(file('Dockerfile', [finding({ message })])));
    expect(document.files[0]!.findings[0]!.message).toBe(`${'x'.repeat(REPORT_LIMITS.message - 2)}…`);
    expect(schemaErrors(document)).toEqual([]);
  });

  it('cuts a long image reference in the graph', () => {
    const text = `FROM ${'a'.repeat(5_000)}\nFROM ${'b'.repeat(300)}:${'t'.repeat(120)} AS ${'n'.repeat(2_000)}\nRUN --mount=type=${'m'.repeat(200)},from=0,target=/x true\n`;
    const { dockerfile, findings } = lintText(text, 'Dockerfile');
    const document = roundTrip(report({ path: 'Dockerfile', findings, failOn: 'error', dockerfile }));
    expect(schemaErrors(document)).toEqual([]);
    expect(document.files[0]!.graph!.nodes.length).toBeGreaterThan(1);
  });

  it('replaces a graph over its caps by an empty one with a note', () => {
    const stages = REPORT_LIMITS.graphNodes + 1;
    const text = Array.from({ length: stages }, (_, i) => `FROM scratch AS s${i}`).join('\n');
    const dockerfile = parseDockerfile(text, { path: 'Dockerfile' });
    const document = roundTrip(report({ path: 'Dockerfile', findings: [], failOn: 'error', dockerfile }));
    expect(schemaErrors(document)).toEqual([]);
    expect(document.files[0]!.graph).toEqual({
      version: 1,
      nodes: [],
      edges: [],
      notes: [expect.stringMatching(/^The stage graph \(10002 nodes, 10001 dependencies\) is too large for the JSON report/)],
    });
  });
});

describe('forged documents fail validation', () => {
  const valid = roundTrip(pullRequestReport());
  const clone = (): any => structuredClone(valid);

  it('the starting point is valid', () => {
    expect(schemaErrors(valid)).toEqual([]);
    expect(valid.files[0]!.graph!.nodes.length).toBeGreaterThan(0);
    expect(valid.files[0]!.findings.length).toBeGreaterThan(0);
  });

  const forgeries: [string, (d: any) => void, string][] = [
    ['an extra top-level property', (d) => (d.comment = '<script>'), '/'],
    ['an extra property on a finding', (d) => (d.files[0].findings[0].html = '<b>'), '/files/0/findings/0'],
    ['an extra property on the review', (d) => (d.review.token = 'x'), '/review'],
    ['an extra property on the tool', (d) => (d.tool.url = 'https://evil.example'), '/tool'],
    ['a 20,000-character message', (d) => (d.files[0].findings[0].message = 'm'.repeat(20_000)), '/files/0/findings/0/message'],
    ['a 5,000-character path', (d) => (d.files[0].path = 'p'.repeat(5_000)), '/files/0/path'],
    ['a short SHA', (d) => (d.review.base.sha = 'abc1234'), '/review/base/sha'],
    ['an upper-case SHA', (d) => (d.review.head.sha = 'A'.repeat(40)), '/review/head/sha'],
    ['a SHA with a newline', (d) => (d.review.base.sha = `${'a'.repeat(40)}\n`), '/review/base/sha'],
    ['WORKTREE as the base', (d) => (d.review.base.sha = 'WORKTREE'), '/review/base/sha'],
    ['an unknown severity', (d) => (d.files[0].findings[0].severity = 'fatal'), '/files/0/findings/0/severity'],
    ['an unknown finding status', (d) => (d.files[0].findings[0].status = 'fixed'), '/files/0/findings/0/status'],
    ['an unknown change status', (d) => (d.files[0].change.status = 'deleted'), '/files/0/change/status'],
    ['an unknown fail-on-scope', (d) => (d.review.failOnScope = 'some'), '/review/failOnScope'],
    ['an event that is not a name', (d) => (d.review.event = 'pull request <b>'), '/review/event'],
    ['a pull request URL that is not https', (d) => (d.review.pullRequest.url = 'javascript:alert(1)'), '/review/pullRequest'],
    ['a pull request number 0', (d) => (d.review.pullRequest.number = 0), '/review/pullRequest'],
    ['a ref with a control character', (d) => (d.review.head.ref = 'main\u001b[31m'), '/review/head/ref'],
    ['line 0', (d) => (d.files[0].findings[0].line = 0), '/files/0/findings/0/line'],
    ['a fractional column', (d) => (d.files[0].findings[0].column = 1.5), '/files/0/findings/0/column'],
    ['a huge line number', (d) => (d.files[0].findings[0].line = 2 ** 40), '/files/0/findings/0/line'],
    ['a rule id with spaces', (d) => (d.files[0].findings[0].rule = 'see https://evil.example'), '/files/0/findings/0/rule'],
    ['too many aliases', (d) => (d.files[0].findings[0].aliases = Array.from({ length: 21 }, (_, i) => `DL${i}`)), '/files/0/findings/0/aliases'],
    ['a reviewed file with a finding without status', (d) => delete d.files[0].findings[0].status, '/files/0/findings/0'],
    ['a fixed finding with a status', (d) => (d.files[0].fixed[0].status = 'new'), '/files/0/fixed/0/status'],
    ['a change without fixed findings', (d) => delete d.files[0].fixed, '/files/0'],
    ['a graph node with an unexpected field', (d) => (d.files[0].graph.nodes[0].onclick = 'x'), '/files/0/graph/nodes/0'],
    ['a graph node with the internal key', (d) => (d.files[0].graph.nodes[0].key = 'stage:0'), '/files/0/graph/nodes/0'],
    ['a graph node id that is user text', (d) => (d.files[0].graph.nodes[0].id = 'A[click]'), '/files/0/graph/nodes/0/id'],
    ['an unknown node kind', (d) => (d.files[0].graph.nodes[0].kind = 'secret'), '/files/0/graph/nodes/0/kind'],
    ['an edge to a user-text id', (d) => (d.files[0].graph.edges[0].to = 'x"]; click'), '/files/0/graph/edges/0/to'],
    ['an edge with an unexpected field', (d) => (d.files[0].graph.edges[0].style = 'fill:red'), '/files/0/graph/edges/0'],
    ['graph version 2', (d) => (d.files[0].graph.version = 2), '/files/0/graph/version'],
    ['an image slot filled before its time', (d) => (d.files[0].image = { sizeBytes: 1 }), '/files/0/image'],
    ['report version 1', (d) => (d.version = 1), '/version'],
    ['a negative count', (d) => (d.summary.failing = -1), '/summary/failing'],
    ['a missing summary', (d) => delete d.summary, '/'],
  ];

  it.each(forgeries)('%s', (_name, forge, where) => {
    const document = clone();
    forge(document);
    const errors = schemaErrors(document);
    expect(errors).not.toEqual([]);
    expect(errors.some((e) => e.startsWith(`${where} `) || e.startsWith(`${where}/`))).toBe(true);
  });

  it('too many files', () => {
    const document = clone();
    document.files = Array.from({ length: REPORT_LIMITS.files + 1 }, (_, i) => ({ path: `f${i}/Dockerfile`, findings: [], graph: null, image: null }));
    expect(schemaErrors(document)).toContain('/files must NOT have more than 10000 items');
    document.files.pop();
    expect(schemaErrors(document)).toEqual([]);
  });

  it('too many findings in a file', () => {
    const document = clone();
    const one = document.files[0].findings[0];
    document.files[0].findings = Array.from({ length: REPORT_LIMITS.findingsPerFile + 1 }, () => one);
    expect(schemaErrors(document)).toContain('/files/0/findings must NOT have more than 10000 items');
  });

  it('too many graph nodes', () => {
    const document = clone();
    const node = document.files[0].graph.nodes[0];
    document.files[0].graph.nodes = Array.from({ length: REPORT_LIMITS.graphNodes + 1 }, () => node);
    expect(schemaErrors(document)).toContain('/files/0/graph/nodes must NOT have more than 10000 items');
  });
});
