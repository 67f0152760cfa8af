/**
 * `stagecraft demo` with Docker: each example's single-stage Dockerfile and its rewrite are built offline
 * from the local base images and the sizes shown are the image store's; an example whose base image is
 * not here is skipped, saying which; nothing is left behind. (Without Docker: __tests__/demo/demo-command.test.ts.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { externalImages } from '../../src/cli/commands/demo-sizes.js';
import { cli } from '../helpers/cli.js';
import { daemonState, docker, dockerUnavailable, warnSkipped } from './docker-env.js';

describe('the images an example needs from the image store', () => {
  it.each([
    ['FROM node:18-alpine AS build\nRUN true\nFROM alpine:latest\nCOPY --from=build /x /x\n', ['node:18-alpine', 'alpine:latest']],
    ['ARG BASE=debian:12\nFROM ${BASE}\nCOPY --from=busybox:latest /bin/sh /sh\n', ['debian:12', 'busybox:latest']],
    ['FROM scratch\nCOPY x /x\n', []],
    ['FROM alpine:latest AS a\nFROM a\nRUN --mount=type=bind,from=node:18,target=/n true\n', ['alpine:latest', 'node:18']],
  ])('%j', (text, images) => {
    expect(externalImages(text)).toEqual(images);
  });
});

const missing = dockerUnavailable();
if (missing) warnSkipped('stagecraft demo with Docker', missing);

const root = mkdtempSync(join(tmpdir(), 'stagecraft-demo-sizes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function example(name: string, files: Record<string, string>): void {
  mkdirSync(join(root, 'examples', name), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, 'examples', name, path), text);
}

describe.skipIf(missing !== null)('stagecraft demo with Docker', () => {
  it('builds both versions offline and shows the sizes docker image inspect agrees with; skips an example whose base is not here; leaves nothing', async () => {
    example('site', {
      'Dockerfile.single': 'FROM node:18-alpine\nWORKDIR /site\nCOPY page.html .\nRUN head -c 3000000 /dev/zero > /site/toolchain\n',
      Dockerfile: 'FROM node:18-alpine AS build\nWORKDIR /site\nCOPY page.html .\nRUN head -c 3000000 /dev/zero > /site/toolchain\n\nFROM alpine:latest\nCOPY --from=build /site/page.html /www/page.html\n',
      'page.html': '<p>hi</p>\n',
    });
    example('unpulled', {
      'Dockerfile.single': 'FROM stagecraft-demo-test-never-pulled:1\nCOPY . .\n',
      Dockerfile: 'FROM stagecraft-demo-test-never-pulled:1 AS build\nCOPY . .\nFROM alpine:latest\nCOPY --from=build /x /x\n',
    });
    const before = daemonState();
    const run = await cli(['demo', '--examples', 'examples', '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(0);
    const byName = Object.fromEntries(JSON.parse(run.stdout).examples.map((e: { name: string }) => [e.name, e]));
    const size = (image: string) => Number(docker(['image', 'inspect', '--format', '{{.Size}}', image]));
    expect(byName.site.size).toMatchObject({
      status: 'compared',
      network: 'none',
      base: { status: 'built', kind: 'uncompressed', bytes: size('node:18-alpine') + 10 + 3_000_000 },
      head: { status: 'built', kind: 'uncompressed', bytes: size('alpine:latest') + 10 },
    });
    expect(byName.site.size.delta.bytes).toBe(size('alpine:latest') - size('node:18-alpine') - 3_000_000);
    expect(byName.unpulled.size).toEqual({ status: 'skipped', reason: 'the base image stagecraft-demo-test-never-pulled:1 is not here (docker pull, then run the demo again)' });
    expect(daemonState()).toEqual(before);

    const text = await cli(['demo', '--examples', 'examples'], root);
    expect(text.stdout).toMatch(/^ {2}image size: single stage [\d.]+ MB \(4 layers\), multi-stage [\d.]+ MB \(2 layers\) → −[\d.]+ MB \(−[\d.]+ %\)$/m);
    expect(text.stdout).toContain('  image size: not compared: the base image stagecraft-demo-test-never-pulled:1 is not here');
    expect(text.stdout).not.toContain('Image sizes were not compared');
  }, 300_000);

  it('a build that needs the network fails offline: the demo says so and goes on', async () => {
    example('online', {
      'Dockerfile.single': 'FROM alpine:latest\nRUN wget -q -O /index.html http://example.com/\n',
      Dockerfile: 'FROM alpine:latest AS get\nRUN wget -q -O /index.html http://example.com/\nFROM alpine:latest\nCOPY --from=get /index.html /index.html\n',
    });
    const run = await cli(['demo', '--examples', 'examples'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ {2}image size: single stage did not build \(docker buildx build exited with 1\), multi-stage did not build \(docker buildx build exited with 1\) \(built with --network none\)$/m);
  }, 300_000);
});
