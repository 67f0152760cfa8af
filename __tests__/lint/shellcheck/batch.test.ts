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

import { installedShellchecks, TESTED_SHELLCHECK_VERSIONS, titleFor } from '../../helpers/shellcheck-versions.js';

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
  it('checks every RUN of every file in one run and maps comments back', async () => {
    const a = parse('FROM a\nRUN echo $x\n', 'a/Dockerfile');
    const b = parse('FROM b\nRUN true\nRUN echo \\\n  $y\n', 'b/Dockerfile');
    const runner = fakeRunner((files) =>
      files.flatMap((f) => {
        const lines = f.content.split('\n');
        const at = lines.findIndex((l) => l.includes('$'));
        return at < 0 ? [] : [comment(f.name, at + 1, lines[at]!.indexOf('$') + 1, 2086)];
      }),
    );
    const result = await runShellcheckForFiles([a, b], runner);
    expect(runner.calls).toHaveLength(1);
    expect(runner.calls[0]).toHaveLength(3);
    expect(result.notices).toEqual([]);
    expect(result.findings.get('a/Dockerfile')).toEqual([
      { message: 'message 2086', line: 2, endLine: 2, column: 10, stage: 0, aliases: ['SC2086'], severity: 'info' },
    ]);
    expect(result.findings.get('b/Dockerfile')).toMatchObject([{ line: 4, column: 3, aliases: ['SC2086'] }]);
  });

  it('maps ShellCheck levels to severities', async () => {
    const runner = fakeRunner((files) => [comment(files[0]!.name, 2, 1, 1000, 'error'), comment(files[0]!.name, 2, 1, 2000, 'warning'), comment(files[0]!.name, 2, 1, 3000, 'style')]);
    const found = (await runShellcheckForFiles([parse('RUN x\n')], runner)).findings.get('Dockerfile')!;
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning', 'style']);
  });

  it('does not run ShellCheck when there is no script', async () => {
    const runner = fakeRunner(() => []);
    const result = await runShellcheckForFiles([parse('FROM a\nCOPY . .\n'), parse('FROM a\nRUN ["app"]\n', 'x')], runner);
    expect(runner.calls).toHaveLength(0);
    expect(result.findings.get('x')).toEqual([]);
  });

  it('passes on the runner’s notice instead of findings', async () => {
    const runner: ShellcheckRunner = { run: () => ({ ok: false, notice: SHELLCHECK_MISSING }) };
    const result = await runShellcheckForFiles([parse('RUN echo $x\n')], runner);
    expect(result.notices).toEqual([SHELLCHECK_MISSING]);
    expect(result.findings.get('Dockerfile')).toEqual([]);
  });

  it('asks ShellCheck to leave out what hadolint leaves out', async () => {
    let excluded: readonly number[] = [];
    await runShellcheckForFiles([parse('RUN x\n')], { run: (_files, ex) => ((excluded = ex), { ok: true, comments: [] }) });
    expect(excluded).toEqual(EXCLUDED_CODES);
    expect([...EXCLUDED_CODES].sort()).toEqual([1090, 1091, 2187]);
  });
});

describe('parseJson1', () => {
  it('reads the comments', async () => {
    expect(parseJson1('{"comments":[{"file":"a","line":1,"endLine":1,"column":1,"endColumn":2,"level":"info","code":2086,"message":"m"}]}')).toHaveLength(1);
  });
  it('throws on anything else', async () => {
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

  it('relays the findings with their own codes and levels; # hadolint ignore=SCxxxx works', async () => {
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

  it('stays silent without external findings', async () => {
    expect(lintDockerfile(df(), { rules: [shellcheck] })).toEqual([]);
  });
});

describe('createShellcheckRunner', () => {
  it('says once that ShellCheck is missing', async () => {
    const runner = createShellcheckRunner({ command: 'stagecraft-no-such-shellcheck' });
    expect(await runner.run([{ name: 'a.sh', content: '#!/bin/sh\necho\n' }], [])).toEqual({ ok: false, notice: SHELLCHECK_MISSING });
    expect(runner.version!()).toBeNull();
  });

  it('runs the program STAGECRAFT_SHELLCHECK names', async () => {
    const saved = process.env.STAGECRAFT_SHELLCHECK;
    process.env.STAGECRAFT_SHELLCHECK = '/nonexistent/stagecraft-shellcheck';
    try {
      expect(await createShellcheckRunner().run([{ name: 'a.sh', content: '#!/bin/sh\necho\n' }], [])).toEqual({ ok: false, notice: SHELLCHECK_MISSING });
    } finally {
      if (saved === undefined) delete process.env.STAGECRAFT_SHELLCHECK;
      else process.env.STAGECRAFT_SHELLCHECK = saved;
    }
  });

  for (const version of TESTED_SHELLCHECK_VERSIONS) {
    const command = installedShellchecks().get(version);
    it.skipIf(!command)(titleFor('knows the version it runs', version), async () => {
      expect(createShellcheckRunner({ command }).version!()).toMatch(new RegExp(`^${version.replace('.', '\\.')}\\.`));
    });
  }

  const installed = spawnSync('shellcheck', ['--version']).status === 0;
  it.skipIf(!installed)('runs the real ShellCheck once over many scripts', async () => {
    const files = [parse('FROM a\nRUN echo $MISSING_QUOTES\n', 'one'), parse('FROM a\nSHELL ["/bin/bash", "-c"]\nRUN echo $RANDOM\nRUN source /etc/os-release\n', 'two')];
    let processes = 0;
    const real = createShellcheckRunner();
    const result = await runShellcheckForFiles(files, { run: (f, ex) => (processes++, real.run(f, ex)) });
    expect(processes).toBe(1);
    expect(result.notices).toEqual([]);
    expect(result.findings.get('one')).toMatchObject([{ line: 2, column: 10, aliases: ['SC2086'], severity: 'info' }]);
    expect(result.findings.get('two')).toEqual([]);
  });

  it.skipIf(!installed)('knows the variables a RUN can see, and its shell', async () => {
    const codes = async (text: string) => (await runShellcheckForFiles([parse(text)], createShellcheckRunner())).findings.get('Dockerfile')!.map((f) => f.aliases![0]);
    expect(await codes('RUN echo "$https_proxy" "$ftp_proxy" "$no_proxy"\n')).toEqual([]);
    expect(await codes('RUN echo "$undeclared_thing"\n')).toEqual(['SC2154']);
    expect(await codes('ARG tag=1\nENV dir=/x\nRUN echo "$tag" "$dir"\n')).toEqual([]);
    expect(await codes('ARG tag=1\nFROM example/app\nRUN echo "$tag"\n')).toEqual(['SC2154']);
    expect((await codes('FROM example/app\nRUN echo "$SECONDS"\n')).length).toBeGreaterThan(0);
    expect(await codes('FROM example/app AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN echo "$SECONDS"\n')).toEqual([]);
    expect((await codes('FROM example/app AS base\nSHELL ["/bin/bash", "-c"]\nFROM example/app\nRUN echo "$SECONDS"\n')).length).toBeGreaterThan(0);
    expect(await codes('FROM example/app\nSHELL ["/bin/ash", "-c"]\nRUN echo ok\n')).toEqual([]);
  });
});

describe('runShellcheckForFiles: BusyBox ash, repeats, the ShellCheck version', () => {
  const versioned = (version: string | undefined) => {
    const runner = fakeRunner(() => []);
    return Object.assign(runner, version === undefined ? {} : { version: () => version });
  };
  const directive = (runner: { calls: ShellcheckFile[][] }) => /^# shellcheck shell=(\S+)$/m.exec(runner.calls[0]![0]!.content)?.[1];

  it.each([
    ['0.10.0', 'busybox'],
    ['0.11.0', 'busybox'],
    ['0.9.0', 'sh'],
    [undefined, 'sh'],
  ])('ShellCheck %s reads Alpine’s /bin/sh as %s', async (version, shell) => {
    const runner = versioned(version);
    await runShellcheckForFiles([parse('FROM alpine:3.20\nRUN echo\n')], runner);
    expect(directive(runner)).toBe(shell);
  });

  it('leaves out portability findings about what BusyBox ash runs, for BusyBox ash scripts only', async () => {
    const sc3 = (file: string, code: number, message: string): ShellcheckComment => ({ ...comment(file, 4, 6, code, 'error'), message });
    const runner = fakeRunner((files) => [
      sc3(files[0]!.name, 3028, 'In dash, RANDOM is not supported.'),
      sc3(files[0]!.name, 3028, 'In dash, BASH_SOURCE is not supported.'),
      sc3(files[0]!.name, 3001, 'In dash, process substitution is not supported.'),
      sc3(files[0]!.name, 3030, 'In dash, arrays are not supported.'),
      sc3(files[1]!.name, 3001, 'In dash, process substitution is not supported.'),
    ]);
    const alpine = parse('FROM alpine:3.20\nRUN echo "$RANDOM" "$BASH_SOURCE" <(true)\n', 'alpine');
    const debian = parse('FROM debian:12\nRUN cat <(true)\n', 'debian');
    const result = await runShellcheckForFiles([alpine, debian], runner);
    expect(result.findings.get('alpine')!.map((f) => [f.aliases![0], f.message])).toEqual([
      ['SC3028', 'In dash, BASH_SOURCE is not supported.'],
      ['SC3030', 'In dash, arrays are not supported.'],
    ]);
    expect(result.findings.get('debian')!.map((f) => f.aliases![0])).toEqual(['SC3001']);
  });

  it('reports a finding an instruction repeats once, at its first place, saying how many times and where', async () => {
    const text = 'FROM a\nRUN echo $a && \\\n    echo $a $a && \\\n    echo $b\nRUN echo $c\n';
    const runner = fakeRunner((files) =>
      files.flatMap((f) =>
        f.content.split('\n').flatMap((line, i) =>
          [...line.matchAll(/\$\w/g)].filter(() => !line.startsWith('export ')).map((m) => comment(f.name, i + 1, m.index! + 1, 2086)),
        ),
      ),
    );
    const found = (await runShellcheckForFiles([parse(text)], runner)).findings.get('Dockerfile')!;
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [2, 10, 'message 2086 (4 times in this RUN, on lines 2, 3, 4)'],
      [5, 10, 'message 2086'],
    ]);
  });
});

describe.each(TESTED_SHELLCHECK_VERSIONS)('with the real ShellCheck %s', (version) => {
  const command = installedShellchecks().get(version);
  const findings = async (text: string) => (await runShellcheckForFiles([parse(text)], createShellcheckRunner({ command }))).findings.get('Dockerfile')!;
  const codes = async (text: string) => (await findings(text)).map((f) => f.aliases![0]);

  it.skipIf(!command)(titleFor('BusyBox ash scripts get no dash errors and no SC3xxx for what BusyBox ash runs', version), async () => {
    const script = [
      '[ "$1" == b ] && echo "$RANDOM" "${PATH/a/b}" "${PATH:1:2}" $((2 ** 3)) $\'\\t\'',
      '[[ -n "$HOSTNAME" ]] && source /etc/profile && set -o pipefail && cat <(true) &> /dev/null',
      'f() { local x=1; echo -n "$x"; }; f',
      'export V=$(id -u) W=`id -g` X=$(if true; then echo .m; fi) && echo "$V" "$W" "$X"',
    ].join(' && \\\n    ');
    for (const from of ['alpine:3.20', 'node:22-alpine']) {
      const found = await findings(`FROM ${from}\nRUN ${script}\n`);
      // What is left is style (SC2155, SC2006), nothing about the shell.
      const aboutTheShell = found.filter((f) => /^SC(3\d+|2046)$/.test(f.aliases![0]!) || f.severity === 'error');
      expect(aboutTheShell.map((f) => `${f.aliases![0]} ${f.message}`)).toEqual([]);
      expect(found.length).toBeGreaterThan(0);
    }
    // What BusyBox ash does not run is still reported, and word splitting outside declarations.
    expect(await codes('FROM alpine:3.20\nRUN a=(1 2) && echo "${a[0]}"\n')).toContain('SC3030');
    expect(await codes('FROM alpine:3.20\nRUN echo $(id -u) && export A=1\n')).toContain('SC2046');
  });

  it.skipIf(!command)(titleFor('dash scripts still get dash’s errors', version), async () => {
    expect(await findings('FROM debian:12\nRUN source /etc/os-release\n')).toMatchObject([{ aliases: ['SC3046'], severity: 'error' }]);
  });

  it.skipIf(!command)(titleFor('continuation lines stay lines: no SC2291, columns of the file', version), async () => {
    expect(await codes('FROM a\nRUN echo one \\\n    two \\\n    three\n')).toEqual([]);
    expect(await findings('FROM a\nRUN true && \\\n    echo $1 && \\\n\techo "$2"\n')).toMatchObject([{ line: 3, column: 10, aliases: ['SC2086'] }]);
    expect(await findings("FROM a\nRUN echo 'a \\\n  b' $1\n")).toMatchObject([{ line: 3, column: 6, aliases: ['SC2086'] }]);
  });

  it.skipIf(!command)(titleFor('a secret mounted as a variable is in scope; repeats are one finding', version), async () => {
    expect(await codes('FROM a\nRUN --mount=type=secret,id=t,env=token curl -H "$token" x\n')).toEqual([]);
    expect(await findings('FROM a\nRUN echo $1 && \\\n    echo $1\n')).toMatchObject([{ line: 2, aliases: ['SC2086'], message: expect.stringContaining('(2 times in this RUN, on lines 2, 3)') }]);
  });

  it.skipIf(!command)(titleFor('scripts written by COPY <<EOF are checked under their shebang', version), async () => {
    expect(await findings("FROM a\nCOPY <<'EOF' /x.sh\n#!/bin/bash\necho $1\nEOF\n")).toMatchObject([{ line: 4, column: 6, aliases: ['SC2086'] }]);
  });
});
