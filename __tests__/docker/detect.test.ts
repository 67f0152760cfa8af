import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeBuilder, detectBuilder, onlyDefaultBuilders, type BuilderInfo } from '../../src/docker/detect.js';
import { nodeCommandRunner } from '../../src/docker/node-runner.js';
import type { CommandResult, CommandRunner } from '../../src/docker/runner.js';
import { dockerUnavailable, OCI_DOCKER_HOST, warnSkipped } from './docker-env.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A buildx configuration folder: `instances` lists the builders `docker buildx create` made (none: null folder). */
function buildxConfig(instances: string[] | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-buildx-config-'));
  dirs.push(dir);
  if (instances) {
    mkdirSync(join(dir, 'instances'));
    for (const name of instances) writeFileSync(join(dir, 'instances', name), JSON.stringify({ Name: name, Driver: 'docker-container' }));
  }
  return dir;
}

/** The runner, recording the command lines it was given. */
function recording(runner: CommandRunner): { runner: CommandRunner; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    runner: { run: (command, args, options) => (calls.push([command, ...args].join(' ')), runner.run(command, args, options)) },
  };
}

describe('onlyDefaultBuilders: whether every builder buildx has uses the docker driver', () => {
  it.each([
    ['no buildx configuration yet', null, {}, true],
    ['an empty instances folder', [], {}, true],
    ['a builder made by docker buildx create', ['builder-1'], {}, false],
    ['BUILDX_BUILDER names a builder', [], { BUILDX_BUILDER: 'remote1' }, false],
    ['BUILDKIT_HOST points buildx at a remote BuildKit', [], { BUILDKIT_HOST: 'tcp://buildkit:1234' }, false],
  ] as const)('%s → %s', (_, instances, env, expected) => {
    expect(onlyDefaultBuilders(env, buildxConfig(instances ? [...instances] : null))).toBe(expected);
  });

  it('finds the folder as buildx does: BUILDX_CONFIG, else $DOCKER_CONFIG/buildx', () => {
    const withBuilder = buildxConfig(['builder-1']);
    expect(onlyDefaultBuilders({ BUILDX_CONFIG: withBuilder })).toBe(false);
    const dockerConfig = mkdtempSync(join(tmpdir(), 'stagecraft-docker-config-'));
    dirs.push(dockerConfig);
    mkdirSync(join(dockerConfig, 'buildx', 'instances'), { recursive: true });
    expect(onlyDefaultBuilders({ DOCKER_CONFIG: dockerConfig })).toBe(true);
    writeFileSync(join(dockerConfig, 'buildx', 'instances', 'ci'), '{}');
    expect(onlyDefaultBuilders({ DOCKER_CONFIG: dockerConfig })).toBe(false);
  });
});

describe('detectBuilder without buildx when only default builders exist', () => {
  const answers = (info: Partial<CommandResult>): CommandRunner => ({
    run: async (_command, args) => {
      if (args[0] === 'info') return { code: 0, stdout: '', stderr: '', timedOut: false, ...info };
      if (args[1] === 'inspect') return { code: 0, stdout: 'Name: default\nDriver: docker\nBuildKit version: v0.13.2\n', stderr: '', timedOut: false };
      return { code: 0, stdout: 'github.com/docker/buildx 0.13.1', stderr: '', timedOut: false };
    },
  });
  const INFO = JSON.stringify({ DriverStatus: [['Backing Filesystem', 'extfs']], ClientInfo: { Plugins: [{ Name: 'buildx', Version: '0.13.1+ds1' }] } });

  it('asks docker info alone, and says the BuildKit is the daemon’s', async () => {
    const { runner, calls } = recording(answers({ stdout: INFO }));
    const detected = (await detectBuilder(runner, null, undefined, { buildxConfigDir: buildxConfig([]) })) as BuilderInfo;
    expect(calls).toEqual(['docker info --format {{json .}}']);
    expect(detected).toMatchObject({ driver: 'docker', imageStore: 'classic', buildxVersion: '0.13.1', output: 'load', cacheExport: false });
    expect(describeBuilder(detected)).toContain("BuildKit the daemon's");
  });

  it('asks buildx when a builder was created, when one is named, or when docker info cannot name buildx', async () => {
    for (const [builder, instances, info] of [
      [null, ['ci'], INFO],
      ['default', [], INFO],
      [null, [], JSON.stringify({ DriverStatus: [], ClientInfo: { Plugins: [] } })],
    ] as const) {
      const { runner, calls } = recording(answers({ stdout: info }));
      const detected = (await detectBuilder(runner, builder, undefined, { buildxConfigDir: buildxConfig([...instances]) })) as BuilderInfo;
      expect(calls.some((call) => call.startsWith('docker buildx inspect')), `${builder} ${instances.join()} ${info}`).toBe(true);
      expect(calls.filter((call) => call.startsWith('docker info')), 'docker info is asked once, shortcut or not').toHaveLength(1);
      expect(detected.buildkitVersion).toBe('v0.13.2');
    }
  });
});

const classicMissing = dockerUnavailable();
const ociMissing = dockerUnavailable(OCI_DOCKER_HOST);
if (classicMissing) warnSkipped('builder detection against a real daemon', classicMissing);

describe.skipIf(classicMissing !== null)('detectBuilder on a real daemon: the shortcut and buildx agree', () => {
  it.each([
    ['the classic store', undefined, 'classic'],
    ...(ociMissing === null ? [['the containerd store', { DOCKER_HOST: OCI_DOCKER_HOST }, 'containerd'] as const] : []),
  ] as const)('%s', async (_, env, store) => {
    const shortcut = recording(nodeCommandRunner);
    const quick = (await detectBuilder(shortcut.runner, null, env, { buildxConfigDir: buildxConfig(null) })) as BuilderInfo;
    const asked = (await detectBuilder(nodeCommandRunner, null, env, { buildxConfigDir: buildxConfig(['pretend']) })) as BuilderInfo;
    expect(shortcut.calls).toEqual(['docker info --format {{json .}}']);
    expect(quick).toMatchObject({ driver: 'docker', imageStore: store });
    const { buildkitVersion: _buildkit, ...fromBuildx } = asked;
    expect({ ...quick, buildkitVersion: undefined }).toEqual({ ...fromBuildx, buildkitVersion: undefined });
    expect(asked.buildkitVersion).not.toBeNull();
  });
});
