import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/dockerfile/index.js';
import { createShellcheckRunner } from '../../../src/files/shellcheck-runner.js';
import {
  BATCH_LIMITS,
  batchesOf,
  overScriptLimits,
  runShellcheckForFiles,
  SCRIPT_LIMITS,
  shellcheckScripts,
  type ShellcheckComment,
  type ShellcheckFile,
  type ShellcheckOutcome,
  type ShellcheckRunner,
} from '../../../src/lint/shellcheck/index.js';
import { installedShellchecks, TESTED_SHELLCHECK_VERSIONS, titleFor } from '../../helpers/shellcheck-versions.js';

const parse = (text: string, path = 'Dockerfile') => parseDockerfile(text, { path });
const chain = (n: number, joiner = ' && ') => Array.from({ length: n }, (_, i) => `echo $v${i}`).join(joiner);

/** Flags the first `$` of every script line (not the `export` header) as SC2086. */
function dollarComments(files: readonly ShellcheckFile[]): ShellcheckComment[] {
  return files.flatMap((f) =>
    f.content.split('\n').flatMap((line, i) =>
      line.startsWith('export ') || !line.includes('$')
        ? []
        : [{ file: f.name, line: i + 1, endLine: i + 1, column: line.indexOf('$') + 1, endColumn: line.indexOf('$') + 3, level: 'info', code: 2086, message: 'Double quote' }],
    ),
  );
}

/** An asynchronous runner that records its batches and how many ran at once; `fails` decides a batch's failure. */
function recordingRunner(parallelism: number, fails: (files: readonly ShellcheckFile[]) => boolean = () => false) {
  const runner = {
    parallelism,
    batches: [] as string[][],
    running: 0,
    mostAtOnce: 0,
    async run(files: readonly ShellcheckFile[]): Promise<ShellcheckOutcome> {
      runner.batches.push(files.map((f) => f.content));
      runner.running++;
      runner.mostAtOnce = Math.max(runner.mostAtOnce, runner.running);
      // Later batches finish first: results must still come back in file order.
      await new Promise((resolve) => setTimeout(resolve, 20 - Math.min(19, runner.batches.length)));
      runner.running--;
      if (fails(files)) return { ok: false, failed: true, notice: 'ShellCheck took longer than 5 s on it' };
      return { ok: true, comments: dollarComments(files) };
    },
  } satisfies ShellcheckRunner & Record<string, unknown>;
  return runner;
}

describe('what ShellCheck is given', () => {
  it.each([
    ['a short script', '#!/bin/sh\necho hi\n', null],
    ['exactly the command limit', `#!/bin/sh\n${chain(SCRIPT_LIMITS.commands)}\n`, null],
    ['one command over', `#!/bin/sh\n${chain(SCRIPT_LIMITS.commands + 1)}\n`, /201 commands, over the 200/],
    ['a long pipeline', `#!/bin/sh\n${chain(2000, ' | ')}\n`, /2000 commands/],
    ['many variables in scope (the export header)', `#!/bin/sh\n${Array.from({ length: 500 }, (_, i) => `export V${i}=1`).join('\n')}\necho "$V1"\n`, null],
    ['one enormous line', `#!/bin/sh\necho ${'x'.repeat(SCRIPT_LIMITS.bytes)}\n`, /KiB, over the 64 KiB/],
  ])('%s', (_name, content, expected) => {
    const why = overScriptLimits(content);
    if (expected === null) expect(why).toBeNull();
    else expect(why).toMatch(expected);
  });

  it('a RUN over the limits gets one notice on its line and is not sent; the RUNs beside it are checked', async () => {
    const runner = recordingRunner(1);
    const df = parse(`FROM debian:12\nRUN ${chain(1000)}\nRUN echo $fine\n`);
    const found = (await runShellcheckForFiles([df], runner)).findings.get('Dockerfile')!;
    expect(runner.batches.flat()).toHaveLength(1);
    expect(runner.batches.flat()[0]).toContain('echo $fine');
    expect(found).toMatchObject([
      { line: 2, severity: 'info', message: expect.stringMatching(/^ShellCheck did not check this RUN: it has 1000 commands, over the 200/) },
      { line: 3, aliases: ['SC2086'] },
    ]);
  });
});

describe('scripts of one Dockerfile', () => {
  it(`checks the first ${SCRIPT_LIMITS.perFile}; the next RUN gets one notice for itself and those after it`, async () => {
    const runner = recordingRunner(1);
    const runs = Array.from({ length: SCRIPT_LIMITS.perFile + 50 }, (_, i) => `RUN echo ${i}`).join('\n');
    const found = (await runShellcheckForFiles([parse(`FROM debian:12\n${runs}\n`)], runner)).findings.get('Dockerfile')!;
    expect(runner.batches.flat()).toHaveLength(SCRIPT_LIMITS.perFile);
    expect(found).toEqual([
      {
        message: `ShellCheck did not check this RUN: ShellCheck is given at most ${SCRIPT_LIMITS.perFile} scripts of a Dockerfile; this one and those after it were not checked`,
        line: SCRIPT_LIMITS.perFile + 2,
        column: 1,
        stage: 0,
        severity: 'info',
      },
    ]);
  });
});

describe('the variables a script declares', () => {
  const header = (envCount: number) => {
    const env = Array.from({ length: envCount }, (_, i) => `ENV E${i}=1`).join('\n');
    const [script] = shellcheckScripts(parse(`FROM debian:12\n${env}\nRUN echo "$E5" "\${E7}"\n`));
    return script!.content.split('\n').filter((l) => /^export E/.test(l));
  };

  it('every variable in scope, in a small scope', () => {
    expect(header(10)).toEqual(Array.from({ length: 10 }, (_, i) => `export E${i}=1`).sort());
  });

  it('only those the script mentions, in a scope too large to declare for every RUN', () => {
    expect(header(5_000)).toEqual(['export E5=1', 'export E7=1']);
  });
});

describe('batches', () => {
  const files = (sizes: number[]) => sizes.map((size, i) => ({ name: `script-${i + 1}.sh`, content: 'x'.repeat(size) }));

  it.each([
    ['one core: one batch', [100, 100, 100], 1, 1],
    ['two cores: enough batches to keep both busy to the end', Array(40).fill(100), 2, 4],
    ['fewer scripts than batches wanted', [100, 100], 4, 2],
    ['big scripts: none over the byte limit', Array(10).fill(BATCH_LIMITS.bytes / 2), 1, 5],
    ['many scripts: none over the script limit', Array(200).fill(10), 1, Math.ceil(200 / BATCH_LIMITS.scripts)],
  ])('%s', (_name, sizes, parallelism, count) => {
    const batches = batchesOf(files(sizes), parallelism);
    expect(batches).toHaveLength(count);
    expect(batches.flat().map((f) => f.name)).toEqual(files(sizes).map((f) => f.name));
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(BATCH_LIMITS.scripts);
      expect(batch.length === 1 || batch.reduce((n, f) => n + f.content.length, 0) <= BATCH_LIMITS.bytes).toBe(true);
    }
  });

  it('runs as many batches at once as the runner has cores, and no more; findings keep the order of the files', async () => {
    const dockerfiles = Array.from({ length: 12 }, (_, i) => parse(`FROM debian:12\nRUN echo $a${i}\nRUN echo $b${i}\n`, `f${i}`));
    const runner = recordingRunner(3);
    const result = await runShellcheckForFiles(dockerfiles, runner);
    expect(runner.batches.length).toBeGreaterThanOrEqual(3);
    expect(runner.mostAtOnce).toBe(3);
    for (let i = 0; i < 12; i++) expect(result.findings.get(`f${i}`)!.map((f) => f.line)).toEqual([2, 3]);
  });

  it('checks a script repeated across files once, and gives its findings to every file', async () => {
    const same = 'FROM debian:12\nRUN apt-get install -y $PKG\n';
    const runner = recordingRunner(1);
    const result = await runShellcheckForFiles([parse(same, 'a'), parse(same, 'b'), parse(`# a comment moves the lines\n${same}`, 'c')], runner);
    // The third file's script sits on other lines of its Dockerfile, but is the same script.
    expect(runner.batches.flat()).toHaveLength(1);
    expect(result.findings.get('a')).toMatchObject([{ line: 2, aliases: ['SC2086'] }]);
    expect(result.findings.get('b')).toMatchObject([{ line: 2, aliases: ['SC2086'] }]);
    expect(result.findings.get('c')).toMatchObject([{ line: 3, aliases: ['SC2086'] }]);
  });

  it('splits a failed batch until the one script ShellCheck fails on is alone: it gets a notice, every other script its findings', async () => {
    const dockerfiles = Array.from({ length: 40 }, (_, i) => parse(`FROM debian:12\nRUN echo $v${i}\n`, `f${i}`));
    dockerfiles.push(parse('FROM debian:12\nRUN echo $poison\n', 'poisoned'), parse('FROM debian:12\nRUN echo $poison\n', 'same-poison'));
    const runner = recordingRunner(2, (files) => files.some((f) => f.content.includes('$poison')));
    const result = await runShellcheckForFiles(dockerfiles, runner);
    for (let i = 0; i < 40; i++) expect(result.findings.get(`f${i}`)).toMatchObject([{ line: 2, aliases: ['SC2086'] }]);
    for (const path of ['poisoned', 'same-poison']) {
      expect(result.findings.get(path)).toEqual([
        { message: 'ShellCheck did not check this RUN: ShellCheck took longer than 5 s on it', line: 2, column: 1, stage: 0, severity: 'info' },
      ]);
    }
    expect(result.notices).toEqual([]);
    // Bisection, not one process per script: a few more runs than the first batches.
    expect(runner.batches.length).toBeLessThan(20);
  });
});

describe.each(TESTED_SHELLCHECK_VERSIONS)('the real ShellCheck %s, bounded', (version) => {
  const command = installedShellchecks().get(version);
  const script = (body: string): ShellcheckFile => ({ name: 'script-1.sh', content: `#!/bin/sh\n${body}\n` });

  it.skipIf(!command)(titleFor('a batch over its memory limit fails on its own, saying so', version), async () => {
    const runner = createShellcheckRunner({ command, memoryBytes: 100 * 1024 * 1024 });
    const outcome = await runner.run([script(chain(300))], []);
    expect(outcome).toEqual({ ok: false, failed: true, notice: 'ShellCheck ran out of memory on it (limit 100 MiB)' });
    // The same limit is plenty for an ordinary script.
    expect(await runner.run([script('echo $1')], [])).toMatchObject({ ok: true, comments: [{ code: 2086 }] });
  });

  it.skipIf(!command)(titleFor('a batch over its time limit is stopped, saying so', version), async () => {
    const runner = createShellcheckRunner({ command, timeoutMs: 1, timeoutPerKiBMs: 0 });
    expect(await runner.run([script(chain(150))], [])).toEqual({ ok: false, failed: true, notice: 'ShellCheck took longer than 0 s on it' });
  });

  it.skipIf(!command)(titleFor('a Dockerfile with a RUN too big to check still gets its other RUNs checked', version), async () => {
    const df = parse(`FROM debian:12\nRUN ${chain(2000, ' | ')}\nRUN echo $1\n`);
    const found = (await runShellcheckForFiles([df], createShellcheckRunner({ command }))).findings.get('Dockerfile')!;
    expect(found.map((f) => [f.line, f.aliases?.[0] ?? f.message.slice(0, 34)])).toEqual([
      [2, 'ShellCheck did not check this RUN:'],
      [3, 'SC2086'],
    ]);
  });
});
