/**
 * `stagecraft compare <base> <head>`: usage mistakes are told without Docker; with Docker (root, the
 * local base images) it builds both, prints the delta the image store measured, exits 1 past
 * --max-size-increase, and leaves no image behind.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, workspace } from '../helpers/cli.js';
import { daemonState, docker, dockerUnavailable, warnSkipped } from './docker-env.js';

const missing = dockerUnavailable();
if (missing) warnSkipped('stagecraft compare with Docker', missing);

const root = workspace({
  'Dockerfile.single': 'FROM node:18-alpine\nRUN head -c 2000000 /dev/zero > /toolchain\nCOPY app.txt /app.txt\n',
  Dockerfile: 'FROM node:18-alpine AS build\nRUN head -c 2000000 /dev/zero > /toolchain\n\nFROM alpine:latest\nCOPY app.txt /app.txt\n',
  'app.txt': 'hello\n',
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('stagecraft compare: usage', () => {
  it.each([
    [['compare', 'Dockerfile'], /give the base Dockerfile and the head Dockerfile/],
    [['compare', 'nope', 'Dockerfile'], /nope is not a file/],
    [['compare', 'Dockerfile.single', 'Dockerfile', '--max-size-increase', 'big'], /--max-size-increase: "big" is not a size/],
    [['compare', 'Dockerfile.single', 'Dockerfile', '--build-arg', 'novalue'], /write NAME=value/],
    [['compare', 'Dockerfile.single', 'Dockerfile', '--context', 'app.txt'], /is not a folder/],
  ])('%j', async (args, message) => {
    const run = await cli(args, root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe.skipIf(missing !== null)('stagecraft compare with Docker', () => {
  it('prints both sizes and the delta docker image inspect agrees with; --max-size-increase; nothing left behind', async () => {
    const before = daemonState();
    const run = await cli(['compare', 'Dockerfile.single', 'Dockerfile', '--network', 'none', '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(0);
    const image = JSON.parse(run.stdout);
    const nodeSize = Number(docker(['image', 'inspect', '--format', '{{.Size}}', 'node:18-alpine']));
    const alpineSize = Number(docker(['image', 'inspect', '--format', '{{.Size}}', 'alpine:latest']));
    expect(image.base).toMatchObject({ status: 'built', kind: 'uncompressed', bytes: nodeSize + 2_000_000 + 6, layerCount: 3 });
    expect(image.head).toMatchObject({ status: 'built', bytes: alpineSize + 6, layerCount: 2 });
    expect(image.dropped.map((l: { instruction: string }) => l.instruction)).toContain('RUN head -c 2000000 /dev/zero > /toolchain');
    expect(run.stderr).toMatch(/Builder: docker driver/);

    const text = await cli(['compare', 'Dockerfile', 'Dockerfile.single', '--network', 'none', '--max-size-increase', '10%'], root);
    expect(text.code, text.stderr).toBe(1);
    expect(text.stdout).toMatch(/^delta: \+[\d.]+ MB \(\+[\d.]+ %\)$/m);
    expect(text.stdout).toContain('max-size-increase 10%: EXCEEDED');
    expect(daemonState()).toEqual(before);
  }, 300_000);
});
