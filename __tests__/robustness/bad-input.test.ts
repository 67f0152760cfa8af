/**
 * Files people really hand a linter — empty, binary, half-decoded, enormous, with foreign line ends or
 * made-up instructions, or not there at all — run through the real CLI in-process. Each one gets a
 * finding (a parse-error, or the rule that owns the mistake) or a clear error naming it, never a stack
 * trace, and a good file linted in the same run still gets its findings.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { MAX_DOCKERFILE_BYTES } from '../../src/files/read.js';
import type { JsonReport } from '../../src/report/json.js';

interface ExpectedProblem {
  /** The rule of the finding: `parse-error` unless said otherwise (`config-error`, a rule's id). */
  rule?: string;
  line: number;
  message: RegExp;
}

interface BadInput {
  name: string;
  /** Path relative to the temporary folder. */
  path: string;
  content: string | Uint8Array;
  /** Other files the case needs beside it (configuration). */
  companions?: Record<string, string>;
  expect: ExpectedProblem[];
}

/** As large as a Dockerfile may be, less room for the lines around it. */
const NEAR_LIMIT = MAX_DOCKERFILE_BYTES - 1024;
const continuationLine = '  --option-with-a-long-name \\\n';
const continuationCount = Math.ceil(NEAR_LIMIT / continuationLine.length);

const BAD_INPUTS: BadInput[] = [
  { name: 'an empty file', path: 'empty/Dockerfile', content: '', expect: [{ line: 1, message: /no instructions/ }] },
  { name: 'white space only', path: 'blank/Dockerfile', content: ' \n\t\n\n', expect: [{ line: 1, message: /no instructions/ }] },
  { name: 'only comments', path: 'comments/Dockerfile', content: '# TODO: write this\n# FROM alpine\n', expect: [{ line: 1, message: /no instructions/ }] },
  {
    name: 'only parser directives',
    path: 'directives/Dockerfile',
    content: '# syntax=docker/dockerfile:1\n# escape=`\n',
    expect: [{ line: 1, message: /no instructions/ }],
  },
  {
    name: 'ten megabytes: over the size limit, not read',
    path: 'oversized/Dockerfile',
    content: `FROM alpine\nRUN true\n# ${'x'.repeat(10 << 20)}\n`,
    expect: [{ line: 1, message: /^not linted: this file is 10\.0 MiB, over the 256 KiB a Dockerfile may be$/ }],
  },
  {
    name: 'a binary file',
    path: 'binary/Dockerfile',
    content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(64).fill(0)]),
    expect: [{ line: 1, message: /binary file/ }],
  },
  {
    name: 'invalid UTF-8 (Latin-1 bytes on line 3)',
    path: 'latin1/Dockerfile',
    content: Uint8Array.from([...new TextEncoder().encode('FROM alpine\nLABEL a=b\nLABEL author="Jos'), 0xe9, ...new TextEncoder().encode('"\n')]),
    expect: [{ line: 3, message: /line 3 is not valid UTF-8/ }],
  },
  {
    name: 'unknown instructions',
    path: 'unknown/Dockerfile',
    content: 'FROM alpine\nFROOM debian\nRUN true\nCOPY--from=x a b\n',
    expect: [
      { line: 2, message: /unknown instruction: FROOM/ },
      { line: 4, message: /unknown instruction: COPY--from=x/ },
    ],
  },
  {
    name: 'CRLF line ends (line numbers count CRLF once)',
    path: 'crlf/Dockerfile',
    content: 'FROM alpine\r\nRUN apk add \\\r\n    curl\r\nBOGUS x\r\n',
    expect: [{ line: 4, message: /unknown instruction: BOGUS/ }],
  },
  {
    name: 'classic Mac CR line ends (lines as editors show them; BuildKit reads one line, which is said)',
    path: 'cr/Dockerfile',
    content: 'FROM alpine\rRUN true\rBOGUS x\r',
    expect: [
      { line: 1, message: /carriage return without a line feed/ },
      { line: 3, message: /unknown instruction: BOGUS/ },
    ],
  },
  {
    name: 'a byte-order mark before an error (line numbers unchanged)',
    path: 'bom/Dockerfile',
    content: '\ufeffFROM alpine\nBOGUS x\n',
    expect: [{ line: 2, message: /unknown instruction: BOGUS/ }],
  },
  {
    name: 'a file as large as allowed, of continuation lines, then a mistake',
    path: 'huge/Dockerfile',
    content: `FROM alpine\nRUN echo \\\n${continuationLine.repeat(continuationCount)}  done\nBOGUS x\n`,
    expect: [{ line: continuationCount + 4, message: /unknown instruction: BOGUS/ }],
  },
  {
    name: 'a file as large as allowed, on one line, then a mistake',
    path: 'long-line/Dockerfile',
    content: `FROM alpine\nRUN echo ${'x'.repeat(NEAR_LIMIT)}\nBOGUS x\n`,
    expect: [{ line: 3, message: /unknown instruction: BOGUS/ }],
  },
  {
    name: 'an unterminated heredoc',
    path: 'heredoc/Dockerfile',
    content: 'FROM alpine\nRUN <<EOF\napk add curl\n',
    expect: [{ line: 2, message: /unterminated heredoc <<EOF/ }],
  },
  {
    name: 'an instruction before the first FROM',
    path: 'preamble/Dockerfile',
    content: 'RUN true\nFROM alpine\n',
    expect: [{ rule: 'instruction-before-from', line: 1, message: /comes before the first `FROM`/ }],
  },
  { name: 'no FROM at all', path: 'no-from/Dockerfile', content: 'ARG VERSION=1\n', expect: [{ line: 1, message: /no FROM/ }] },
  {
    name: 'an invalid escape directive',
    path: 'escape/Dockerfile',
    content: '# escape=x\nFROM alpine\n',
    expect: [{ line: 1, message: /invalid escape character/ }],
  },
  {
    name: 'a broken .stagecraft.yml beside the file',
    path: 'broken-config/Dockerfile',
    content: 'FROM alpine\n',
    companions: { 'broken-config/.stagecraft.yml': 'ignore:\n  - DL3008\nseverity:\n  from-as-casing: loud\n' },
    expect: [{ rule: 'config-error', line: 1, message: /\.stagecraft\.yml:4: .*from-as-casing/ }],
  },
];

/** A valid file linted beside every bad one; its lowercase `as` must still draw from-as-casing. */
const GOOD_PATH = 'good/Dockerfile';
const GOOD_DOCKERFILE = 'FROM golang:1.22 as build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'stagecraft-bad-input-'));
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  write(GOOD_PATH, GOOD_DOCKERFILE);
  for (const input of BAD_INPUTS) {
    write(input.path, input.content);
    for (const [path, text] of Object.entries(input.companions ?? {})) write(path, text);
  }
  mkdirSync(join(root, 'no-dockerfiles-here'));
  writeFileSync(join(root, 'no-dockerfiles-here', 'README.md'), 'nothing to lint\n');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function lint(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: root,
    env: { NO_COLOR: '1' },
    isTTY: false,
  };
  const code = await runCli(['lint', ...args], io);
  return { code, stdout, stderr };
}

/** A V8 stack frame line ("    at fn (file:1:2)") or Node's "Error: …" banner: what users must never see. */
const STACK_TRACE = /^\s+at\s.+[:(]|^\w*Error: /m;

function expectNoStackTrace(run: CliRun): void {
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(/internal error/);
}

function parseJson(run: CliRun): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

function expectGoodFileLinted(report: JsonReport): void {
  const good = report.files.filter((f) => f.path === GOOD_PATH);
  expect(good).toHaveLength(1);
  expect(good[0]!.findings.filter((f) => f.rule === 'parse-error')).toEqual([]);
  expect(good[0]!.findings).toContainEqual(expect.objectContaining({ rule: 'from-as-casing', line: 1 }));
}

describe('each bad file gets a finding, and the good file beside it is still linted', () => {
  it.each(BAD_INPUTS)('$name', async (input) => {
    const run = await lint(input.path, GOOD_PATH, '--format', 'json');
    expectNoStackTrace(run);
    expect(run.code).toBe(1);
    const report = parseJson(run);
    expect(report.files.map((f) => f.path)).toEqual([input.path, GOOD_PATH]);
    // Every parse error, and the findings of the other rules the case expects: nothing missing, nothing extra.
    const expectedRules = new Set(['parse-error', ...input.expect.map((e) => e.rule ?? 'parse-error')]);
    const problems = report.files[0]!.findings.filter((f) => expectedRules.has(f.rule));
    expect(problems).toEqual(
      input.expect.map((e) => expect.objectContaining({ rule: e.rule ?? 'parse-error', line: e.line, message: expect.stringMatching(e.message) })),
    );
    expectGoodFileLinted(report);
  });
});

/**
 * Deep nesting: BuildKit's word expansion and the shell reader both nest by recursion, so each stops at
 * a fixed depth (reported, not crashed on) instead of overflowing the stack.
 */
const DEEP_NESTING: { name: string; path: string; content: string }[] = [
  { name: '20,000 nested ${a:-…} in an ENV value', path: 'deep-expansion/Dockerfile', content: `FROM alpine\nENV a=${'${a:-'.repeat(20_000)}\n` },
  { name: '5,000 nested $( in a RUN', path: 'deep-substitution/Dockerfile', content: `FROM alpine:3.20\nRUN ${'$('.repeat(5_000)}\n` },
];

describe('deep nesting', () => {
  beforeAll(() => {
    for (const input of DEEP_NESTING) {
      mkdirSync(dirname(join(root, input.path)), { recursive: true });
      writeFileSync(join(root, input.path), input.content);
    }
  });

  it.each(DEEP_NESTING)('$name: linted without an internal error, and the good file too', async (input) => {
    const run = await lint(input.path, GOOD_PATH, '--format', 'json');
    expectNoStackTrace(run);
    expect(run.code).toBeLessThan(2);
    const report = parseJson(run);
    expect(report.files[0]!.findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
    expectGoodFileLinted(report);
  });
});

describe('paths that cannot be linted', () => {
  it('a path that does not exist: a stderr line naming it, exit 2, the other files still reported', async () => {
    const run = await lint('missing/Dockerfile', GOOD_PATH, '--format', 'json');
    expectNoStackTrace(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^stagecraft: cannot read missing\/Dockerfile: no such file or directory$/m);
    const report = parseJson(run);
    expect(report.files.map((f) => f.path)).toEqual([GOOD_PATH]);
    expectGoodFileLinted(report);
  });

  it('a folder without Dockerfiles: says so on stderr and lints the rest', async () => {
    const run = await lint('no-dockerfiles-here', GOOD_PATH, '--format', 'json');
    expectNoStackTrace(run);
    expect(run.stderr).toMatch(/no Dockerfiles under no-dockerfiles-here/);
    expectGoodFileLinted(parseJson(run));
  });
});

describe('all of it at once', () => {
  const paths = () => [...BAD_INPUTS.map((i) => i.path), 'missing/Dockerfile', GOOD_PATH];

  it('JSON lists every readable file once, in order, and stays valid', async () => {
    const run = await lint(...paths(), '--format', 'json');
    expectNoStackTrace(run);
    expect(run.code).toBe(2);
    const report = parseJson(run);
    expect(report.files.map((f) => f.path)).toEqual([...BAD_INPUTS.map((i) => i.path), GOOD_PATH]);
    expectGoodFileLinted(report);
  });

  it.each(['text', 'sarif', 'github'])('--format %s renders every file without a stack trace', async (format) => {
    const run = await lint(...paths(), '--format', format);
    expectNoStackTrace(run);
    expect(run.code).toBe(2);
    if (format === 'sarif') expect(() => JSON.parse(run.stdout)).not.toThrow();
    for (const input of BAD_INPUTS) expect(run.stdout).toContain(input.path);
    expect(run.stdout).toContain(GOOD_PATH);
  });
});
