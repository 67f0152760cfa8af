import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledExamplesDir, demoCommand } from '../../src/cli/commands/demo.js';
import { UsageError, type CliIO } from '../../src/cli/io.js';

/** No daemon listens here: the demo lints only and says in one line that sizes need Docker. */
const NO_DOCKER = { DOCKER_HOST: 'unix:///nonexistent/stagecraft-no-docker.sock' };

async function run(args: string[], options: { cwd?: string; env?: Record<string, string>; isTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? tmpdir(),
    env: { ...NO_DOCKER, ...options.env },
    isTTY: options.isTTY ?? false,
  };
  const code = await demoCommand(args, io);
  return { code, stdout, stderr };
}

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'stagecraft-demo-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('stagecraft demo', () => {
  it('lints the bundled examples from any folder', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const name of ['go-service', 'python-api', 'web']) expect(stdout).toContain(`examples/${name}/Dockerfile.single`);
    expect(stdout).toContain('fixed by the rewrite');
    expect(stdout).toMatch(/3 examples: \d+ findings fixed by the rewrites/);
  });

  it('without a Docker daemon: the lint as ever, and one line saying the size comparison needs Docker', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^Image sizes were not compared: that needs Docker \(.*Cannot connect to the Docker daemon at unix:\/\/\/nonexistent\/stagecraft-no-docker\.sock.*\)\.$/);
    expect(stdout).not.toContain('image size:');
    const json = JSON.parse((await run(['--format', 'json'])).stdout);
    expect(json.sizeNote).toMatch(/^Image sizes were not compared: that needs Docker/);
    expect(json.examples.every((e: object) => !('size' in e))).toBe(true);
  });

  it('--no-build: no Docker asked, no line about it', async () => {
    const { code, stdout } = await run(['--no-build']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('Image sizes');
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^3 examples: /);
  });

  it('prints JSON', async () => {
    const { code, stdout } = await run(['--format', 'json']);
    expect(code).toBe(0);
    const value = JSON.parse(stdout);
    expect(value.examples.map((e: { name: string }) => e.name)).toEqual(['go-service', 'python-api', 'web']);
    for (const e of value.examples) expect(e.fixed.map((g: { rule: string }) => g.rule)).toContain('single-stage-build');
  });

  it('colours only when asked or on a terminal', async () => {
    expect((await run([])).stdout).not.toContain('\u001b[');
    expect((await run(['--color'])).stdout).toContain('\u001b[');
    expect((await run([], { isTTY: true })).stdout).toContain('\u001b[');
    expect((await run(['--no-color'], { isTTY: true })).stdout).not.toContain('\u001b[');
    expect((await run([], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('reads another examples folder, relative to the current one', async () => {
    const root = folder({
      'apps/tool/README.md': '# tool — a tiny tool\n',
      'apps/tool/Dockerfile.single': 'FROM golang:1.22\nCOPY . .\nRUN go build -o /tool .\nCMD ["/tool"]\n',
      'apps/tool/Dockerfile': 'FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o /tool .\nFROM scratch\nCOPY --from=build /tool /tool\nCMD ["/tool"]\n',
      'apps/incomplete/Dockerfile': 'FROM alpine\n',
    });
    const { code, stdout } = await run(['--examples', 'apps'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toContain('tool — a tiny tool');
    expect(stdout).toContain('single stage: apps/tool/Dockerfile.single');
    expect(stdout).not.toContain('incomplete');
    expect(stdout).toMatch(/fixed by the rewrite[^\n]*\n(?:.*\n)*? {4}single-stage-build/);
  });

  it('fails when there is nothing to show', async () => {
    const empty = folder({ 'x/Dockerfile': 'FROM alpine\n' });
    const none = await run(['--examples', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no examples under');
    const missing = await run(['--examples', join(empty, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such folder');
  });

  it('prints help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: stagecraft demo');
  });

  it('rejects an unknown format as a usage error', async () => {
    await expect(run(['--format', 'sarif'])).rejects.toThrow(UsageError);
  });
});

describe('bundledExamplesDir', () => {
  it('finds the examples from the sources', () => {
    expect(bundledExamplesDir()).toMatch(/[/\\]examples$/);
  });

  it('finds them from where the bundle runs (dist/cli/index.js)', () => {
    const root = folder({ 'package.json': '{}', 'examples/README.md': '# x\n', 'dist/cli/index.js': '' });
    expect(bundledExamplesDir(pathToFileURL(join(root, 'dist', 'cli', 'index.js')).href)).toBe(join(root, 'examples'));
  });

  it('gives up at the filesystem root', () => {
    const root = folder({ 'dist/cli/index.js': '' });
    expect(bundledExamplesDir(pathToFileURL(join(root, 'dist', 'cli', 'index.js')).href)).toBeNull();
  });
});
