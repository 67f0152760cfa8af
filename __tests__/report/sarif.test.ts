import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import { RULES } from '../../src/lint/registry.js';
import { FINGERPRINT_KEY, renderSarif, toSarif, type SarifOptions } from '../../src/report/sarif.js';
import type { LintReport } from '../../src/report/types.js';
import { file, finding, report } from './make-report.js';
import { validateSarif } from './sarif-validator.js';

function expectValid(document: unknown): void {
  const valid = validateSarif(document);
  expect(validateSarif.errors ?? [], 'schema errors').toEqual([]);
  expect(valid).toBe(true);
}

const ROOT = '/repo';
const OPTIONS: SarifOptions = { root: ROOT, cwd: ROOT, docsBase: 'https://github.com/acme/stagecraft/blob/v1.2.0' };

const DOCKERFILE = ['FROM node:20 as build', 'RUN npm ci', '', 'FROM node:20-slim as runtime', 'COPY --from=build /app /app'].join('\n');

describe('SARIF', () => {
  it('is valid against the SARIF 2.1.0 schema, findings, tool problems and unreadable files included', () => {
    const lint: LintReport = {
      files: [
        file('services/api/Dockerfile', lintText(DOCKERFILE, 'services/api/Dockerfile').findings),
        file('broken/Dockerfile', [finding({ rule: 'config-error', aliases: [], severity: 'error', message: '.stagecraft.yml:3: unknown key "x"' })]),
        file('dir with space/Dockerfile.dev', [finding({ severity: 'info' }), finding({ severity: 'style', line: 2, endLine: 4, stage: 'build' })]),
      ],
      errors: [{ path: 'gone/Dockerfile', message: 'cannot read gone/Dockerfile: permission denied' }],
    };
    expect(lint.files[0]!.findings.length).toBeGreaterThan(0);
    const text = renderSarif(lint, { ...OPTIONS, sourceText: () => DOCKERFILE });
    expectValid(JSON.parse(text));
  });

  it('is checked by a validator that rejects what code scanning would (a sanity check of the test itself)', () => {
    const sarif = toSarif(report(file('Dockerfile', [finding()])), OPTIONS) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    sarif.runs[0]!.results[0]!.level = 'fatal';
    delete sarif.runs[0]!.results[0]!.message;
    expect(validateSarif(sarif)).toBe(false);
    expect(validateSarif.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/results/0']));
  });

  it('describes every rule: id, name, title, docs at the given version, help, level and aliases as tags', () => {
    const sarif = toSarif(report(), OPTIONS);
    const rules = sarif.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const rule = rules.find((r) => r.id === 'from-as-casing')!;
    expect(rule).toMatchObject({
      name: 'FromAsCasing',
      shortDescription: { text: RULES.find((r) => r.id === 'from-as-casing')!.title },
      helpUri: 'https://github.com/acme/stagecraft/blob/v1.2.0/docs/rules/from-as-casing.md',
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['dockerfile', 'FromAsCasing'] },
    });
    expect(rule.help.markdown).toContain('(https://github.com/acme/stagecraft/blob/v1.2.0/docs/rules/from-as-casing.md)');
    expect(rule.fullDescription.text).toContain('Also known as FromAsCasing.');
    expect(sarif.runs[0]!.tool.driver.informationUri).toBe('https://github.com/acme/stagecraft');
  });

  it('maps each finding to a result with its rule index, level, message and repository-relative location', () => {
    const lint = report(
      file('services/api/Dockerfile', [
        finding({ line: 4, endLine: 6, column: 3, severity: 'error', stage: 'runtime' }),
        finding({ rule: 'config-error', aliases: [], severity: 'error', message: 'bad config' }),
        finding({ severity: 'info', line: 2 }),
        finding({ severity: 'style', line: 3 }),
      ]),
    );
    const run = toSarif(lint, OPTIONS).runs[0]!;
    const [first, config, info, style] = run.results;
    expect(first).toMatchObject({
      ruleId: 'from-as-casing',
      level: 'error',
      message: { text: finding().message },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'services/api/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, endLine: 6, startColumn: 3 } } }],
      properties: { stage: 'runtime' },
    });
    expect(run.tool.driver.rules[first!.ruleIndex]!.id).toBe('from-as-casing');
    // A problem that is not a rule still gets a descriptor, so ruleIndex always points somewhere true.
    expect(run.tool.driver.rules[config!.ruleIndex]).toMatchObject({ id: 'config-error', defaultConfiguration: { level: 'error' } });
    expect(run.tool.driver.rules[config!.ruleIndex]!.helpUri).toBeUndefined();
    expect([info!.level, style!.level]).toEqual(['note', 'note']);
    expect(info!.properties).toBeUndefined();
  });

  it('a build-failed finding (build: true) gets a descriptor that links its page, and stays valid SARIF', () => {
    const sarif = toSarif(report(file('Dockerfile', [finding({ rule: 'build-failed', aliases: [], severity: 'error', line: 2, message: 'The image does not build: exit code: 3.' })])), OPTIONS);
    const run = sarif.runs[0]!;
    const descriptor = run.tool.driver.rules[run.results[0]!.ruleIndex]!;
    expect(descriptor).toMatchObject({ id: 'build-failed', name: 'BuildFailed', helpUri: 'https://github.com/acme/stagecraft/blob/v1.2.0/docs/rules/build-failed.md', defaultConfiguration: { level: 'error' } });
    expect(descriptor.help.markdown).toContain('(https://github.com/acme/stagecraft/blob/v1.2.0/docs/rules/build-failed.md)');
    expectValid(sarif);
  });

  it.each([
    ['a path relative to cwd below the root', { root: '/repo', cwd: '/repo/services' }, 'api/Dockerfile', 'services/api/Dockerfile', '%SRCROOT%'],
    ['a path with spaces and #', { root: '/repo', cwd: '/repo' }, 'my app/Docker#file', 'my%20app/Docker%23file', '%SRCROOT%'],
    ['a file outside the root', { root: '/repo', cwd: '/elsewhere' }, 'Dockerfile', 'file:///elsewhere/Dockerfile', undefined],
  ])('locates %s', (_name, where, path, uri, uriBaseId) => {
    const sarif = toSarif(report(file(path, [finding()])), { ...OPTIONS, ...where });
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual(uriBaseId ? { uri, uriBaseId } : { uri });
    expectValid(sarif);
  });

  it('reports run notices as note-level notifications', () => {
    const sarif = toSarif({ files: [], errors: [], notices: ['ShellCheck not found: SC checks skipped'] }, OPTIONS);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual([{ level: 'note', message: { text: 'ShellCheck not found: SC checks skipped' } }]);
    expectValid(sarif);
  });

  it('reports unreadable files as tool execution notifications', () => {
    const lint: LintReport = { files: [], errors: [{ path: 'x/Dockerfile', message: 'cannot read x/Dockerfile: is a directory' }] };
    const invocation = toSarif(lint, OPTIONS).runs[0]!.invocations[0]!;
    expect(invocation.toolExecutionNotifications).toEqual([
      { level: 'error', message: { text: 'cannot read x/Dockerfile: is a directory' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'x/Dockerfile', uriBaseId: '%SRCROOT%' } } }] },
    ]);
  });

  describe('fingerprints', () => {
    /** Line numbers of the instructions `from-as-casing` would flag: the `FROM … as …` lines. */
    const flaggedLines = (text: string) => text.split('\n').flatMap((line, i) => (/^\s*FROM .* as /.test(line) ? [i + 1] : []));

    const fingerprintsOf = (text: string, path = 'Dockerfile', withSource = true) => {
      const lint = report(file(path, flaggedLines(text).map((line) => finding({ line }))));
      return toSarif(lint, { ...OPTIONS, sourceText: withSource ? () => text : undefined }).runs[0]!.results.map((r) => ({
        line: r.locations[0]!.physicalLocation.region!.startLine,
        print: r.partialFingerprints[FINGERPRINT_KEY]!,
      }));
    };

    it('stay the same when lines are added above the finding', () => {
      const before = fingerprintsOf(DOCKERFILE);
      const after = fingerprintsOf(`# syntax=docker/dockerfile:1\n# a comment\n\n${DOCKERFILE}`);
      expect(before.map((r) => r.line)).toEqual([1, 4]);
      expect(after.map((r) => r.line)).toEqual([4, 7]);
      expect(after.map((r) => r.print)).toEqual(before.map((r) => r.print));
    });

    it('ignore re-indentation and spacing of the flagged line', () => {
      const respaced = DOCKERFILE.replace('FROM node:20 as build', '  FROM   node:20  as   build');
      expect(fingerprintsOf(respaced)[0]!.print).toBe(fingerprintsOf(DOCKERFILE)[0]!.print);
    });

    it('cover every line of a multi-line instruction', () => {
      const text = 'FROM alpine\nRUN apk add \\\n    curl\n';
      const printOf = (source: string) =>
        toSarif(report(file('Dockerfile', [finding({ line: 2, endLine: 3 })])), { ...OPTIONS, sourceText: () => source }).runs[0]!.results[0]!.partialFingerprints[FINGERPRINT_KEY];
      expect(printOf(text.replace('curl', 'wget'))).not.toBe(printOf(text));
    });

    it('change when the flagged line changes, or the file, or the rule', () => {
      const base = fingerprintsOf(DOCKERFILE)[0]!.print;
      expect(fingerprintsOf(DOCKERFILE.replace('node:20 as build', 'node:22 as build'))[0]!.print).not.toBe(base);
      expect(fingerprintsOf(DOCKERFILE, 'other/Dockerfile')[0]!.print).not.toBe(base);
      const otherRule = toSarif(report(file('Dockerfile', [finding({ rule: 'parse-error', aliases: [] })])), { ...OPTIONS, sourceText: () => DOCKERFILE });
      expect(otherRule.runs[0]!.results[0]!.partialFingerprints[FINGERPRINT_KEY]).not.toBe(base);
    });

    it('tell identical lines apart by occurrence', () => {
      const prints = fingerprintsOf('FROM alpine as a\nRUN true\nFROM alpine as a\n').map((r) => r.print);
      expect(prints).toHaveLength(2);
      expect(prints[0]!.split(':')[0]).toBe(prints[1]!.split(':')[0]);
      expect(prints.map((p) => p.split(':')[1])).toEqual(['1', '2']);
    });

    it('fall back to the message without the source, still independent of the line number', () => {
      const before = fingerprintsOf(DOCKERFILE, 'Dockerfile', false);
      const after = fingerprintsOf(`\n\n${DOCKERFILE}`, 'Dockerfile', false);
      expect(after.map((r) => r.print)).toEqual(before.map((r) => r.print));
      expect(before[0]!.print).not.toBe(fingerprintsOf(DOCKERFILE)[0]!.print);
    });
  });
});
