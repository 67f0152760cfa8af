import { describe, expect, it } from 'vitest';
import { InputError, parseInputs, splitList, type InputEnvironment, type InputName } from '../../src/inputs.js';

const WORKSPACE = '/home/runner/work/shop/shop';
const TEMP = '/home/runner/work/_temp';

/** A workspace with a few folders and files, as `pathKind` sees it. */
function environment(extra: Record<string, 'file' | 'directory'> = {}): InputEnvironment {
  const kinds: Record<string, 'file' | 'directory'> = {
    [WORKSPACE]: 'directory',
    [`${WORKSPACE}/services`]: 'directory',
    [`${WORKSPACE}/.stagecraft.yml`]: 'file',
    [`${WORKSPACE}/services/strict.yml`]: 'file',
    [`${WORKSPACE}/reports`]: 'directory',
    ...extra,
  };
  return { workspace: WORKSPACE, runnerTemp: TEMP, pathKind: (p) => kinds[p] ?? 'missing' };
}

function parse(values: Partial<Record<InputName, string>>, env = environment()) {
  return parseInputs((name) => values[name] ?? '', env);
}

function errorOf(values: Partial<Record<InputName, string>>): InputError {
  try {
    parse(values);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('parseInputs', () => {
  it('has defaults for everything', () => {
    expect(parse({})).toEqual({
      dockerfiles: { include: [], exclude: [] },
      config: null,
      failOn: null,
      workingDirectory: WORKSPACE,
      sarifFile: `${TEMP}/stagecraft/stagecraft.sarif`,
      reportFile: `${TEMP}/stagecraft/stagecraft-report.json`,
      annotations: true,
      jobSummary: true,
      failOnScope: 'new',
      changedOnly: null,
      comment: 'true',
      commentKey: 'default',
      commentAuthor: 'github-actions[bot]',
      githubToken: '',
      mode: 'lint',
      reportPath: null,
      build: null,
    });
  });

  it.each([
    [{ 'fail-on-scope': 'ALL' }, 'failOnScope', 'all'],
    [{ 'changed-only': 'false' }, 'changedOnly', false],
    [{ 'changed-only': 'true' }, 'changedOnly', true],
    [{ comment: 'on-findings' }, 'comment', 'on-findings'],
    [{ comment: 'False' }, 'comment', 'false'],
    [{ 'comment-key': 'api.v2_matrix-1' }, 'commentKey', 'api.v2_matrix-1'],
    [{ 'comment-key': 'k'.repeat(64) }, 'commentKey', 'k'.repeat(64)],
    [{ 'comment-author': 'my-app[bot]' }, 'commentAuthor', 'my-app[bot]'],
    [{ 'github-token': 'ghs_x' }, 'githubToken', 'ghs_x'],
  ] as const)('reads %o', (values, field, expected) => {
    expect(parse(values)[field]).toEqual(expected);
  });

  it.each([
    [{ 'fail-on-scope': 'changed' }, 'fail-on-scope', 'new, all'],
    [{ 'changed-only': 'yes' }, 'changed-only', 'true or false'],
    [{ comment: 'always' }, 'comment', 'true, false, on-findings'],
    [{ 'comment-key': 'services/api' }, 'comment-key', 'letters, digits'],
    [{ 'comment-key': 'k'.repeat(65) }, 'comment-key', 'at most 64'],
    [{ 'comment-key': 'a key' }, 'comment-key', 'letters, digits'],
    [{ 'comment-key': 'x-->' }, 'comment-key', 'letters, digits'],
    [{ mode: 'publish' }, 'mode', 'lint, publish-report'],
  ] as const)('refuses %o', (values, input, says) => {
    const err = errorOf(values);
    expect(err.input).toBe(input);
    expect(err.message).toContain(says);
  });

  it.each([
    ['one pattern', 'Dockerfile', ['Dockerfile'], []],
    ['lines and commas', 'a/Dockerfile\nb/Dockerfile, c/*.Dockerfile\r\n\n', ['a/Dockerfile', 'b/Dockerfile', 'c/*.Dockerfile'], []],
    ['a brace glob stays whole', '**/{Dockerfile,Containerfile}', ['**/{Dockerfile,Containerfile}'], []],
    ['excludes', '**/Dockerfile\n!**/testdata/**\n! vendor/**', ['**/Dockerfile'], ['**/testdata/**', 'vendor/**']],
    ['only excludes (defaults apply)', '!legacy/**', [], ['legacy/**']],
    ['a leading ./', './docker/Dockerfile', ['docker/Dockerfile'], []],
  ])('dockerfiles: %s', (_name, text, include, exclude) => {
    expect(parse({ dockerfiles: text }).dockerfiles).toEqual({ include, exclude });
  });

  it.each([
    ['a bare "!"', '!', 'Input "dockerfiles": "!" excludes nothing'],
    ['an absolute path', '/etc/Dockerfile', 'Input "dockerfiles": "/etc/Dockerfile" points outside working-directory'],
    ['a parent folder', '../other/Dockerfile', 'points outside working-directory'],
    ['a Windows path', 'C:\\src\\Dockerfile', 'points outside working-directory'],
    ['an excluded parent', '!../x', 'points outside working-directory'],
  ])('dockerfiles: rejects %s', (_name, text, message) => {
    const err = errorOf({ dockerfiles: text });
    expect(err.input).toBe('dockerfiles');
    expect(err.message).toContain(message);
  });

  it.each([
    ['error', 'error'],
    ['WARNING', 'warning'],
    ['Info', 'info'],
    ['style', 'style'],
    ['none', 'none'],
  ] as const)('fail-on: %s', (text, value) => {
    expect(parse({ 'fail-on': text }).failOn).toBe(value);
  });

  it('fail-on: names the accepted values', () => {
    expect(errorOf({ 'fail-on': 'fatal' }).message).toBe('Input "fail-on": must be one of error, warning, info, style, none (got "fatal")');
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['FALSE', false],
  ] as const)('annotations and job-summary: %s', (text, value) => {
    const inputs = parse({ annotations: text, 'job-summary': text });
    expect([inputs.annotations, inputs.jobSummary]).toEqual([value, value]);
  });

  it.each(['yes', '1', 'on'])('booleans: rejects %s, naming the input', (text) => {
    expect(errorOf({ 'job-summary': text }).message).toBe(`Input "job-summary": must be true or false (got "${text}")`);
  });

  it('working-directory: relative paths and the rest start there', () => {
    const inputs = parse({ 'working-directory': 'services', config: 'strict.yml', 'sarif-file': 'out/lint.sarif' });
    expect(inputs.workingDirectory).toBe(`${WORKSPACE}/services`);
    expect(inputs.config).toBe(`${WORKSPACE}/services/strict.yml`);
    expect(inputs.sarifFile).toBe(`${WORKSPACE}/services/out/lint.sarif`);
  });

  it.each([
    ['outside the workspace', '../../etc', 'is not inside the workspace'],
    ['missing', 'nope', 'is not a directory in the workspace; did a checkout step run first?'],
  ])('working-directory: rejects a folder %s', (_name, text, message) => {
    const err = errorOf({ 'working-directory': text });
    expect(err.input).toBe('working-directory');
    expect(err.message).toContain(message);
  });

  it.each([
    ['missing', 'nope.yml', '"nope.yml" does not exist'],
    ['a directory', 'services', '"services" is a directory, not a file'],
  ])('config: rejects a path that is %s', (_name, text, message) => {
    expect(errorOf({ config: text }).message).toContain(`Input "config": ${message}`);
  });

  it('config: an absolute path is taken as is', () => {
    expect(parse({ config: `${WORKSPACE}/.stagecraft.yml` }).config).toBe(`${WORKSPACE}/.stagecraft.yml`);
  });

  it('mode: publish-report reads the report at report-path (relative to working-directory)', () => {
    const inputs = parse({ mode: 'Publish-Report', 'report-path': 'artifact/stagecraft-report.json' }, environment({ [`${WORKSPACE}/artifact/stagecraft-report.json`]: 'file' }));
    expect([inputs.mode, inputs.reportPath]).toEqual(['publish-report', `${WORKSPACE}/artifact/stagecraft-report.json`]);
  });

  it.each([
    ['mode: lint with a report-path', { 'report-path': 'r.json' }, 'is read only with mode: publish-report'],
    ['publish-report without a report-path', { mode: 'publish-report' }, 'is required with mode: publish-report'],
    ['a report-path that does not exist', { mode: 'publish-report', 'report-path': 'r.json' }, 'did actions/download-artifact run first'],
    ['a report-path that is a folder', { mode: 'publish-report', 'report-path': 'reports' }, 'is a directory: give the JSON file in it'],
  ] as const)('report-path: refuses %s', (_name, values, says) => {
    const err = errorOf(values);
    expect(err.input).toBe('report-path');
    expect(err.message).toContain(says);
  });

  it('report files: a directory or the same file twice is refused', () => {
    expect(errorOf({ 'sarif-file': 'reports' }).message).toBe('Input "sarif-file": "reports" is a directory; give a file path');
    expect(errorOf({ 'sarif-file': 'out.json', 'report-file': 'out.json' }).message).toBe('Input "report-file": must differ from sarif-file');
  });
});

describe('splitList', () => {
  it.each([
    ['', []],
    ['a,b', ['a', 'b']],
    ['{a,b},c', ['{a,b}', 'c']],
    ['x/{a,{b,c}}/y, z', ['x/{a,{b,c}}/y', 'z']],
    ['unbalanced}, x', ['unbalanced}', 'x']],
  ])('%j', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });
});

describe('build inputs', () => {
  it('build-contexts lines are NAME=value, like build-args', () => {
    expect(() => parse({ build: 'true', 'build-contexts': 'deps=../deps\n../oops' })).toThrow(/Input "build-contexts": each line must be NAME=value \(line 2 has no "="\)/);
    expect(parse({ build: 'true', 'build-contexts': ' node = docker-image://node:20 ' }).build!.buildContexts).toEqual(['node=docker-image://node:20']);
  });

  it('are read only with build: true', () => {
    expect(parse({ build: 'false', target: 'x' }).build).toBeNull();
    const build = parse({
      build: 'true',
      target: 'runtime',
      'build-args': 'A=1\nB=x=y',
      'build-contexts': 'deps=../deps\nbase=docker-image://alpine:3.20',
      secrets: 'npm_token=s3cr=t',
      platform: 'linux/amd64,linux/arm64',
      network: 'none',
      'no-cache': 'true',
      'cache-from': 'type=gha',
      'cache-to': 'type=gha,mode=max',
      'build-timeout': '30m',
      'max-size-increase': '50MiB',
    }).build!;
    expect(build).toMatchObject({
      target: 'runtime',
      buildArgs: { A: '1', B: 'x=y' },
      buildContexts: ['deps=../deps', 'base=docker-image://alpine:3.20'],
      secrets: [{ id: 'npm_token', value: 's3cr=t' }],
      platforms: ['linux/amd64', 'linux/arm64'],
      network: 'none',
      noCache: true,
      cacheFrom: ['type=gha'],
      cacheTo: ['type=gha,mode=max'],
      timeoutMs: 1_800_000,
      maxSizeIncrease: { kind: 'bytes', bytes: 50 * 2 ** 20 },
      allowUntrustedBuild: false,
      stageSizes: false,
    });
  });
  it.each([
    [{ build: 'true', 'max-size-increase': 'lots' }, 'max-size-increase', /"lots" is not a size/],
    [{ build: 'true', 'build-timeout': 'soon' }, 'build-timeout', /not a duration/],
    [{ build: 'true', secrets: 'only-a-value-hunter2' }, 'secrets', /NAME=value \(line 1/],
    [{ build: 'true', secrets: 'npm_token=ok\nid,src=/etc/shadow=hunter2' }, 'secrets', /line 2: the id must be letters/],
    [{ build: 'true', secrets: 'my token=hunter2' }, 'secrets', /line 1: the id must be/],
    [{ build: 'yes' }, 'build', /true or false/],
  ] as const)('%j → an error naming %s', (values, input, message) => {
    const err = errorOf(values);
    expect(err.input).toBe(input);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('hunter2');
  });
});
