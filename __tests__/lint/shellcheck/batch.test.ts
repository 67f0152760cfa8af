import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/dockerfile/index.js';
import { createShellcheckRunner, SHELLCHECK_MISSING } from '../../../src/files/shellcheck-runner.js';
import { lintDockerfile } from '../../../src/lint/engine.js';
import { shellcheck } from '../../../src/lint/rules/shellcheck.js';
import {
  EXCLUDED_CODES,
  parseJson1,
  runShellcheckForFiles,
  type ShellcheckComment,
  type ShellcheckFile,
  type ShellcheckRunner,
} from '../../../src/lint/shellcheck/index.js';

const parse = (text: string, path = 'Dockerfile') => parseDockerfile(text, { path });

/** A runner that records its calls and answers with comments built from the files it gets. */
function fakeRunner(answer: (files: readonly ShellcheckFile[]) => ShellcheckComment[]): ShellcheckRunner & { calls: ShellcheckFile[][] } {
  const calls: ShellcheckFile[][] = [];
  return {
    calls,
    run(files) {
      calls.push([...files]);
      return { ok: true, comments: answer(files) };
    },
  };
}

const comment = (file: string, line: number, column: number, code: number, level = 'info'): ShellcheckComment => ({
  file,
  line,
  endLine: line,
  column,
  endColumn: column + 2,
  level,
  code,
  message: `message ${code}`,
});

describe('runShellcheckForFiles', () => {
  it('checks every RUN of every file in one run and maps comments back', () => {
    const a = parse('FROM a\nRUN echo $x\n', 'a/Dockerfile');
    const b = parse('FROM b\nRUN true\nRUN echo \\\n  $y\n', 'b/Dockerfile');
    const runner = fakeRunner((files) =>
      files.flatMap((f) => {
        const lines = f.content.split('\n');
        const at = lines.findIndex((l) => l.includes('$'));
        return at < 0 ? [] : [comment(f.name, at + 1, lines[at]!.indexOf('$') + 1, 2086)];
      }),
    );
    const result = runShellcheckForFiles([a, b], runner);
    expect(runner.calls).toHaveLength(1);
    expect(runner.calls[0]).toHaveLength(3);
    expect(result.notices).toEqual([]);
    expect(result.findings.get('a/Dockerfile')).toEqual([
      { message: 'message 2086', line: 2, endLine: 2, column: 10, stage: 0, aliases: ['SC2086'], severity: 'info' },
    ]);
    expect(result.findings.get('b/Dockerfile')).toMatchObject([{ line: 4, column: 3, aliases: ['SC2086'] }]);
  });

  it('maps ShellCheck levels to severities', () => {
    const runner = fakeRunner((files) => [comment(files[0]!.name, 2, 1, 1000, 'error'), comment(files[0]!.name, 2, 1, 2000, 'warning'), comment(files[0]!.name, 2, 1, 3000, 'style')]);
    const found = runShellcheckForFiles([parse('RUN x\n')], runner).findings.get('Dockerfile')!;
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning', 'style']);
  });

  it('does not run ShellCheck when there is no script', () => {
    const runner = fakeRunner(() => []);
    const result = runShellcheckForFiles([parse('FROM a\nCOPY . .\n'), parse('FROM a\nRUN ["app"]\n', 'x')], runner);
    expect(runner.calls).toHaveLength(0);
    expect(result.findings.get('x')).toEqual([]);
  });

  it('passes on the runner’s notice instead of findings', () => {
    const runner: ShellcheckRunner = { run: () => ({ ok: false, notice: SHELLCHECK_MISSING }) };
    const result = runShellcheckForFiles([parse('RUN echo $x\n')], runner);
    expect(result.notices).toEqual([SHELLCHECK_MISSING]);
    expect(result.findings.get('Dockerfile')).toEqual([]);
  });

  it('asks ShellCheck to leave out what hadolint leaves out', () => {
    let excluded: readonly number[] = [];
    runShellcheckForFiles([parse('RUN x\n')], { run: (_files, ex) => ((excluded = ex), { ok: true, comments: [] }) });
    expect(excluded).toEqual(EXCLUDED_CODES);
    expect([...EXCLUDED_CODES].sort()).toEqual([1090, 1091, 2187]);
  });
});

describe('parseJson1', () => {
  it('reads the comments', () => {
    expect(parseJson1('{"comments":[{"file":"a","line":1,"endLine":1,"column":1,"endColumn":2,"level":"info","code":2086,"message":"m"}]}')).toHaveLength(1);
  });
  it('throws on anything else', () => {
    expect(() => parseJson1('[]')).toThrow();
    expect(() => parseJson1('oops')).toThrow();
  });
});

describe('the shellcheck rule', () => {
  const df = () => parse('FROM a\n# hadolint ignore=SC2034\nRUN x=1\nRUN echo $y\n');
  const external = new Map([
    [
      'shellcheck',
      [
        { message: 'x appears unused.', line: 3, column: 5, aliases: ['SC2034'], severity: 'warning' as const },
        { message: 'Double quote to prevent globbing and word splitting.', line: 4, column: 10, aliases: ['SC2086'], severity: 'info' as const },
      ],
    ],
  ]);

  it('relays the findings with their own codes and levels; # hadolint ignore=SCxxxx works', () => {
    const found = lintDockerfile(df(), { rules: [shellcheck], externalFindings: external });
    expect(found).toMatchObject([{ rule: 'shellcheck', aliases: ['SC2086'], severity: 'info', line: 4, column: 10 }]);
  });

  it('config can ignore one code or re-level the rule', async () => {
    const { resolveConfig } = await import('../../../src/lint/config.js');
    const ignoring = resolveConfig([{ source: 't', ignore: ['SC2086'] }], 'Dockerfile');
    expect(lintDockerfile(df(), { rules: [shellcheck], externalFindings: external, config: ignoring })).toEqual([]);
    const relevel = resolveConfig([{ source: 't', severity: { shellcheck: 'error' } }], 'Dockerfile');
    expect(lintDockerfile(df(), { rules: [shellcheck], externalFindings: external, config: relevel }).map((f) => f.severity)).toEqual(['error']);
  });

  it('stays silent without external findings', () => {
    expect(lintDockerfile(df(), { rules: [shellcheck] })).toEqual([]);
  });
});

describe('createShellcheckRunner', () => {
  it('says once that ShellCheck is missing', () => {
    const runner = createShellcheckRunner({ command: 'stagecraft-no-such-shellcheck' });
    expect(runner.run([{ name: 'a.sh', content: '#!/bin/sh\necho\n' }], [])).toEqual({ ok: false, notice: SHELLCHECK_MISSING });
  });

  const installed = spawnSync('shellcheck', ['--version']).status === 0;
  it.skipIf(!installed)('runs the real ShellCheck once over many scripts', () => {
    const files = [parse('FROM a\nRUN echo $MISSING_QUOTES\n', 'one'), parse('FROM a\nSHELL ["/bin/bash", "-c"]\nRUN echo $RANDOM\nRUN source /etc/os-release\n', 'two')];
    let processes = 0;
    const real = createShellcheckRunner();
    const result = runShellcheckForFiles(files, { run: (f, ex) => (processes++, real.run(f, ex)) });
    expect(processes).toBe(1);
    expect(result.notices).toEqual([]);
    expect(result.findings.get('one')).toMatchObject([{ line: 2, column: 10, aliases: ['SC2086'], severity: 'info' }]);
    expect(result.findings.get('two')).toEqual([]);
  });

  it.skipIf(!installed)('knows the variables a RUN can see, and its shell', () => {
    const codes = (text: string) => runShellcheckForFiles([parse(text)], createShellcheckRunner()).findings.get('Dockerfile')!.map((f) => f.aliases![0]);
    expect(codes('RUN echo "$https_proxy" "$ftp_proxy" "$no_proxy"\n')).toEqual([]);
    expect(codes('RUN echo "$undeclared_thing"\n')).toEqual(['SC2154']);
    expect(codes('ARG tag=1\nENV dir=/x\nRUN echo "$tag" "$dir"\n')).toEqual([]);
    expect(codes('ARG tag=1\nFROM example/app\nRUN echo "$tag"\n')).toEqual(['SC2154']);
    expect(codes('FROM example/app\nRUN echo "$SECONDS"\n').length).toBeGreaterThan(0);
    expect(codes('FROM example/app AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN echo "$SECONDS"\n')).toEqual([]);
    expect(codes('FROM example/app AS base\nSHELL ["/bin/bash", "-c"]\nFROM example/app\nRUN echo "$SECONDS"\n').length).toBeGreaterThan(0);
    expect(codes('FROM example/app\nSHELL ["/bin/ash", "-c"]\nRUN echo ok\n')).toEqual([]);
  });
});
