/**
 * Layers read from `docker history` alone against the image config's `empty_layer` flags (out of
 * `docker image save`), on real images built here: both ways must give the same layers, diff ids,
 * instructions and sizes, and the rows alone are used only when they cannot be misread. The tricky
 * entries: `RUN true` (BuildKit drops its empty layer), `WORKDIR` of a new folder (a 0-byte layer),
 * `ENV` (never a layer).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStoredLayers } from '../../src/docker/image-store.js';
import { nodeCommandRunner } from '../../src/docker/node-runner.js';
import { docker, dockerUnavailable, warnSkipped } from './docker-env.js';

const missing = dockerUnavailable();
if (missing) warnSkipped('layers read from docker history', missing);

const dir = mkdtempSync(join(tmpdir(), 'stagecraft-history-'));
const tags: string[] = [];
afterAll(() => {
  for (const tag of tags) docker(['image', 'rm', '--force', tag]);
  rmSync(dir, { recursive: true, force: true });
});

function build(name: string, dockerfile: string): string {
  const tag = `stagecraft-history-test:${name}-${process.pid}`;
  writeFileSync(join(dir, `${name}.Dockerfile`), dockerfile);
  execFileSync('docker', ['buildx', 'build', '--network=none', '--provenance=false', '--sbom=false', '--load', '--tag', tag, '--file', join(dir, `${name}.Dockerfile`), dir], { stdio: 'pipe' });
  tags.push(tag);
  return tag;
}

describe.skipIf(missing !== null)('classic store: layers from docker history, else from the saved config', () => {
  it.each([
    {
      name: 'sized',
      why: 'every layer has bytes: ENV and CMD rows are not layers',
      dockerfile: 'FROM alpine:latest\nENV A=1\nRUN echo one > /one\nCOPY a.txt /a.txt\nCMD ["sh"]\n',
      via: 'history',
      instructions: ['Imported from -', 'RUN echo one > /one', 'COPY a.txt /a.txt'],
    },
    {
      name: 'run-true',
      why: 'RUN true is a 0-byte layer here, the only 0-byte row that can be one (ENV cannot)',
      dockerfile: 'FROM alpine:latest\nRUN true\nENV B=2\nRUN echo two > /two\n',
      via: 'history',
      instructions: ['Imported from -', 'RUN true', 'RUN echo two > /two'],
    },
    {
      name: 'workdir',
      why: 'WORKDIR of a new folder is a 0-byte layer beside a config-only ENV',
      dockerfile: 'FROM alpine:latest\nENV C=3\nWORKDIR /srv/app\nRUN echo three > three\n',
      via: 'history',
      instructions: ['Imported from -', 'WORKDIR /srv/app', 'RUN echo three > three'],
    },
    {
      name: 'run-true-and-workdir',
      why: 'two 0-byte layers, and exactly two 0-byte rows that could have made them',
      dockerfile: 'FROM alpine:latest\nRUN true\nLABEL d=4\nWORKDIR /srv/other\nRUN echo four > four\n',
      via: 'history',
      instructions: ['Imported from -', 'RUN true', 'WORKDIR /srv/other', 'RUN echo four > four'],
    },
  ])('$name: $why', async ({ name, dockerfile, via, instructions }) => {
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    const tag = build(name, dockerfile);
    const fast = await readStoredLayers(nodeCommandRunner, tag);
    const saved = await readStoredLayers(nodeCommandRunner, tag, { via: 'image-save' });
    expect(fast.via).toBe(via);
    expect(saved.via).toBe('image-save');
    expect(fast.layers).toEqual(saved.layers);
    expect(fast.layers.map((layer) => layer.diffId)).toEqual(JSON.parse(docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', tag])));
    expect(fast.layers.map((layer) => layer.instruction)).toEqual(instructions);
    expect(fast.layers.reduce((sum, layer) => sum + layer.bytes, 0)).toBe(Number(docker(['image', 'inspect', '--format', '{{.Size}}', tag])));
  }, 120_000);

  it('an image whose RUN true made no layer (BuildKit drops empty layers when it exports): the rows cannot tell which 0-byte row made the layer; the config says', async () => {
    // A hand-made `docker load` archive: a 5-byte layer, then `RUN true` with no layer, then `WORKDIR /x` with a 0-byte one.
    const image = join(dir, 'crafted');
    execFileSync('mkdir', ['-p', join(image, 'one'), join(image, 'two', 'x')]);
    writeFileSync(join(image, 'one', 'a'), 'abcde');
    execFileSync('tar', ['-cf', join(image, 'one.tar'), '-C', join(image, 'one'), 'a']);
    execFileSync('tar', ['-cf', join(image, 'two.tar'), '-C', join(image, 'two'), 'x']);
    const diffId = (file: string) => `sha256:${createHash('sha256').update(readFileSync(join(image, file))).digest('hex')}`;
    const config = {
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [diffId('one.tar'), diffId('two.tar')] },
      history: [{ created_by: 'COPY a /a # buildkit' }, { created_by: 'RUN /bin/sh -c true # buildkit', empty_layer: true }, { created_by: 'WORKDIR /x' }],
    };
    const tag = `stagecraft-history-test:crafted-${process.pid}`;
    writeFileSync(join(image, 'config.json'), JSON.stringify(config));
    writeFileSync(join(image, 'manifest.json'), JSON.stringify([{ Config: 'config.json', RepoTags: [tag], Layers: ['one.tar', 'two.tar'] }]));
    execFileSync('tar', ['-cf', join(dir, 'crafted.tar'), '-C', image, 'config.json', 'manifest.json', 'one.tar', 'two.tar']);
    docker(['load', '--quiet', '--input', join(dir, 'crafted.tar')]);
    tags.push(tag);

    const read = await readStoredLayers(nodeCommandRunner, tag);
    expect(read.via).toBe('image-save');
    expect(read.layers).toEqual([
      { diffId: diffId('one.tar'), instruction: 'COPY a /a', bytes: 5 },
      { diffId: diffId('two.tar'), instruction: 'WORKDIR /x', bytes: 0 },
    ]);
  }, 120_000);
});
