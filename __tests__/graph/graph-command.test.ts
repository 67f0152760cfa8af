import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphCommand } from '../../src/cli/commands/graph.js';
import { UsageError, type CliIO } from '../../src/cli/io.js';
import { DIFF_BASE, DIFF_HEAD, TWO_STAGE } from './fixtures.js';
import { expectValidMermaid } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'stagecraft-graph-'));
writeFileSync(join(dir, 'Dockerfile'), TWO_STAGE);
writeFileSync(join(dir, 'Dockerfile.base'), DIFF_BASE);
writeFileSync(join(dir, 'Dockerfile.head'), DIFF_HEAD);
writeFileSync(join(dir, 'Broken.Dockerfile'), 'FROM alpine AS a\nRUN\nFROM a\nCOPY --from=a\n');
writeFileSync(join(dir, 'binary'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
mkdirSync(join(dir, 'folder'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {}, isTTY: false };
  const code = await graphCommand(argv, io);
  return { code, stdout, stderr };
}

describe('stagecraft graph', () => {
  it('prints Mermaid by default', async () => {
    const { code, stdout, stderr } = await run('Dockerfile');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^flowchart LR\n/);
    expect(stdout).toContain('s1["final (target)"]');
    expect(stderr).toBe('');
    await expectValidMermaid(stdout);
  });

  it.each([
    ['dot', /^digraph stages \{/],
    ['json', /^\{\n {2}"version": 1,/],
    ['mermaid', /^flowchart LR/],
  ])('--format %s', async (format, start) => {
    const { code, stdout } = await run('Dockerfile', '--format', format);
    expect(code).toBe(0);
    expect(stdout).toMatch(start);
  });

  it('--base draws the change', async () => {
    const { code, stdout } = await run('Dockerfile.head', '--base', 'Dockerfile.base');
    expect(code).toBe(0);
    expect(stdout).toContain('"node:18-alpine → node:20-alpine"');
    expect(stdout).toContain('"lint (removed)"');
    await expectValidMermaid(stdout);
  });

  it('--target marks the stage and greys what it does not need', async () => {
    const { stdout } = await run('Dockerfile', '--target', 'builder', '--format', 'json');
    const nodes = JSON.parse(stdout).nodes as { label: string; target: boolean; dead: boolean }[];
    expect(nodes.map((n) => [n.label, n.target, n.dead])).toEqual([
      ['builder', true, false],
      ['final', false, true],
      ['node:20-alpine', false, false],
    ]);
  });

  it('a file with syntax errors still gives a graph, and the problems go to stderr', async () => {
    const { code, stdout, stderr } = await run('Broken.Dockerfile');
    expect(code).toBe(0);
    expect(stdout).toContain('s1["stage 1 (target)"]');
    expect(stderr).toContain('Broken.Dockerfile:2: RUN requires at least one argument (the graph shows what could be read)');
  });

  it('a binary file is an empty graph with a reason', async () => {
    const { code, stdout, stderr } = await run('binary');
    expect(code).toBe(0);
    expect(stdout).toContain('no build stages');
    expect(stderr).toContain('binary:1: this is a binary file, not a Dockerfile');
  });

  it.each([
    ['a missing file', ['nope/Dockerfile'], 'stagecraft graph: cannot read nope/Dockerfile: no such file\n'],
    ['a missing base', ['Dockerfile', '--base', 'old/Dockerfile'], 'stagecraft graph: cannot read old/Dockerfile: no such file\n'],
    ['a folder', ['folder'], 'stagecraft graph: cannot read folder: is a directory\n'],
  ])('exit 2 for %s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it.each([
    ['no file', [], /which Dockerfile/],
    ['two files', ['Dockerfile', 'Dockerfile.head'], /one Dockerfile at a time/],
    ['an unknown format', ['Dockerfile', '--format', 'svg'], /--format must be one of mermaid, dot, json/],
    ['an unknown target', ['Dockerfile', '--target', 'nope'], /--target nope: no such stage in Dockerfile \(stages: builder, final\)/],
  ])('a usage error for %s', async (_name, argv, message) => {
    await expect(run(...argv)).rejects.toThrow(UsageError);
    await expect(run(...argv)).rejects.toThrow(message);
  });

  it('--help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: stagecraft graph <Dockerfile>/);
  });
});
