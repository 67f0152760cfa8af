/**
 * The hostile shapes of scripts/hostile-shapes.ts, small: each lints without an internal error, with
 * findings inside the file. `npm run fuzz` lints them at the size limit and checks time and memory;
 * here a fixed seed mixes them so the normal suite stays fast and repeatable.
 */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { LintBudget, MAX_STAGE_CHAIN } from '../../src/files/budget.js';
import { lintFiles } from '../../src/files/lint-files.js';
import { MAX_DOCKERFILE_BYTES, readDockerfileText } from '../../src/files/read.js';
import { lintText } from '../../src/lint/engine.js';
import { HOSTILE_SHAPES } from '../../scripts/hostile-shapes.js';
import { findingViolations, modelViolations } from './invariants.js';

const SLICE_BYTES = 8 * 1024;

function problemsOf(text: string): string[] {
  const { dockerfile, findings } = lintText(text, 'Dockerfile', { dockerignore: null });
  const internal = findings.filter((f) => f.rule === 'internal-error').map((f) => `internal-error: ${f.message}`);
  return [...internal, ...modelViolations(text, dockerfile), ...findingViolations(text, findings)];
}

describe('hostile shapes, small', () => {
  it.each(HOSTILE_SHAPES.map((s) => [s.name, s] as const))('%s', (_name, shape) => {
    const text = shape.make(SLICE_BYTES);
    expect(text.length).toBeGreaterThan(SLICE_BYTES / 2);
    expect(text.length).toBeLessThanOrEqual(SLICE_BYTES + 64);
    expect(problemsOf(text)).toEqual([]);
  });

  it('mixed at a fixed seed: pieces of several shapes in one file', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...HOSTILE_SHAPES), fc.integer({ min: 16, max: 2048 })), { minLength: 1, maxLength: 4 }), (pieces) => {
        const text = pieces.map(([shape, bytes]) => shape.make(bytes)).join('\n');
        expect(problemsOf(text)).toEqual([]);
      }),
      { seed: 13, numRuns: 40 },
    );
  });
});

describe('what is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-read-'));

  it.each([
    ['at the limit: read', MAX_DOCKERFILE_BYTES, null],
    ['one byte over: not linted, saying so', MAX_DOCKERFILE_BYTES + 1, /^not linted: this file is 257 KiB, over the 256 KiB a Dockerfile may be$/],
  ])('%s', (name, size, message) => {
    const path = join(dir, name.replace(/\W+/g, '-'));
    writeFileSync(path, `FROM a\n#${'x'.repeat(size - 9)}\n`);
    const read = readDockerfileText(path);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    if (message === null) {
      expect(read.text.length).toBe(size);
      expect(read.skipped).toBeUndefined();
    } else {
      expect(read).toEqual({ ok: true, text: '', problems: [{ line: 1, message: expect.stringMatching(message) }], skipped: true });
    }
  });

  it('a symlink to a device is refused, not read forever', () => {
    const link = join(dir, 'zero');
    symlinkSync('/dev/zero', link);
    expect(readDockerfileText(link)).toEqual({ ok: false, message: `cannot read ${link}: not a regular file` });
  });

  it('a run stops linting new files past its instruction budget; the files before it are linted', () => {
    const budget = new LintBudget(10);
    const file = (n: number, path: string) => parseDockerfile(`FROM a\n${'RUN x\n'.repeat(n - 1)}`, { path });
    expect(budget.admit(file(6, 'a')).instructions).toHaveLength(6);
    expect(budget.admit(file(4, 'b')).instructions).toHaveLength(4);
    const over = budget.admit(file(1, 'c'));
    expect(over.path).toBe('c');
    expect(over.instructions).toEqual([]);
    expect(over.problems).toEqual([{ line: 1, message: "not linted: this file's 1 instructions would take this run past the 10 it may hold (10 read before it)" }]);
  });

  it('a file whose stages chain deeper than the checks follow is not linted, saying where', () => {
    const chain = (n: number) => parseDockerfile(`FROM a AS s0\n${Array.from({ length: n - 1 }, (_, i) => `FROM s${i} AS s${i + 1}\n`).join('')}`, { path: 'x' });
    expect(new LintBudget().admit(chain(MAX_STAGE_CHAIN)).stages).toHaveLength(MAX_STAGE_CHAIN);
    expect(new LintBudget().admit(chain(MAX_STAGE_CHAIN + 1)).problems).toEqual([
      { line: 1, message: `not linted: the stage on line ${MAX_STAGE_CHAIN + 1} ends a chain of ${MAX_STAGE_CHAIN + 1} stages each built FROM the one before, over the ${MAX_STAGE_CHAIN} the checks follow` },
    ]);
  });

  it('lintFiles: an oversized file gets its one finding, the file beside it its own', async () => {
    writeFileSync(join(dir, 'Dockerfile.big'), `FROM alpine\n${'RUN true\n'.repeat(40_000)}`);
    writeFileSync(join(dir, 'Dockerfile.small'), 'FROM alpine\n');
    const report = await lintFiles([join(dir, 'Dockerfile.big'), join(dir, 'Dockerfile.small')], { root: dir, shellcheck: null, displayPath: (p) => p.slice(dir.length + 1) });
    expect(report.files.map((f) => [f.path, f.findings.map((x) => `${x.rule}:${x.line}:${x.message.slice(0, 11)}`)])).toEqual([
      ['Dockerfile.big', ['parse-error:1:not linted:']],
      ['Dockerfile.small', ['base-image-untagged:1:Always tag ']],
    ]);
  });
});
