/**
 * `build: true` end to end on the five seed pull requests (__tests__/fixtures/seeds): the bundled action
 * builds the base and head of each with buildx (`network: none`, local base images), and the comment
 * shows the reduction the real builds measured. The figures are checked against Docker itself: the
 * test builds the same commits again (from the build cache), checks the image is the one the action
 * measured (its config digest, which the action read from --metadata-file) and compares `docker image
 * inspect`'s Size. Nothing of the run may be left: no image, tag, container, worktree or scratch folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatPercent } from '../../src/docker/units.js';
import { SEED_FIXTURES, type SeedFixture } from '../fixtures/seeds/index.js';
import { fixtureGitEnv } from '../helpers/git-fixture.js';
import { describeRun, openPullRequest, stagecraftComments, useBundleAndCleanUp } from '../action/pr-scenario.js';
import { daemonState, docker, dockerUnavailable, OCI_DOCKER_HOST, warnSkipped } from './docker-env.js';

const classicMissing = dockerUnavailable();
const ociMissing = dockerUnavailable(OCI_DOCKER_HOST);
if (classicMissing) warnSkipped('the image build tests on the classic store', classicMissing);
if (ociMissing) warnSkipped('the image build tests on the containerd store (OCI export)', ociMissing);

useBundleAndCleanUp();

/** Image ids are compared with what the action reported; sizes within 1 %. */
const TOLERANCE = 0.01;
const BUILD_RUN_TIMEOUT_MS = 600_000;

interface JsonVariant {
  status: string;
  bytes: number;
  kind: string;
  compressedBytes: number | null;
  configDigest: string | null;
  layerCount: number;
}
interface JsonImage {
  base: JsonVariant;
  head: JsonVariant;
  delta: { bytes: number; percent: number | null } | null;
  added: { instruction: string; bytes: number }[];
  dropped: { instruction: string; bytes: number }[];
}

/** Writes a commit's files into a fresh folder (the test's own copy, to build it again). */
function materialise(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-seed-copy-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Builds a commit's Dockerfile again (cached) into the classic store; returns its id and `docker image inspect` Size, and removes it. */
function rebuildAndInspect(files: Map<string, string>, dockerfile: string): { id: string; size: number } {
  const dir = materialise(files);
  const tag = `stagecraft-test-rebuild:${Date.now()}`;
  try {
    const folder = dirname(join(dir, dockerfile));
    docker(['buildx', 'build', '--network=none', '--provenance=false', '--sbom=false', '--load', '--tag', tag, '--file', join(dir, dockerfile), folder]);
    const [id, size] = docker(['image', 'inspect', '--format', '{{.Id}} {{.Size}}', tag]).trim().split(' ');
    return { id: id!, size: Number(size) };
  } finally {
    docker(['image', 'rm', '--force', tag]);
    rmSync(dir, { recursive: true, force: true });
  }
}

function worktrees(workspace: string): string[] {
  return execFileSync('git', ['worktree', 'list', '--porcelain'], { cwd: workspace, env: fixtureGitEnv(), encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.startsWith('worktree '));
}

async function runSeed(fixture: SeedFixture, env: Record<string, string> = {}) {
  const s = await openPullRequest({ base: fixture.base, head: fixture.head });
  const run = await s.run({ inputs: { build: 'true', network: 'none', 'fail-on': 'none' }, env });
  const log = describeRun(run);
  expect(run.code, log).toBe(0);
  const file = (run.report as { files: { path: string; image: JsonImage | null }[] } | null)?.files.find((f) => f.path === fixture.dockerfile);
  expect(file?.image, log).toBeTruthy();
  return { s, run, log, image: file!.image! };
}

describe.skipIf(classicMissing !== null)('build: true on the seed pull requests, classic image store', () => {
  it.each(SEED_FIXTURES)('seed $seed ($name): the comment shows the reduction docker image inspect confirms; nothing is left behind', async (fixture) => {
    const before = daemonState();
    const { s, run, log, image } = await runSeed(fixture);

    // Both variants built and measured in the image store, uncompressed; the multi-stage head is smaller.
    expect(image.base, log).toMatchObject({ status: 'built', kind: 'uncompressed' });
    expect(image.head, log).toMatchObject({ status: 'built', kind: 'uncompressed' });
    expect(image.delta!.bytes, log).toBeLessThan(0);
    expect(image.delta!.bytes).toBe(image.head.bytes - image.base.bytes);
    expect(image.dropped.length, log).toBeGreaterThan(0);

    // The comment shows those figures.
    const body = stagecraftComments(s.api, s.number)[0]!.body;
    expect(body).toContain(`${formatBytes(image.base.bytes)} → ${formatBytes(image.head.bytes)} **(${formatPercent(image.delta!.percent)})**`);
    expect(run.outputs['base-size']).toBe(String(image.base.bytes));
    expect(run.outputs['head-size']).toBe(String(image.head.bytes));
    expect(run.outputs['size-delta-bytes']).toBe(String(image.delta!.bytes));
    expect(run.stdout).toMatch(/Builder: docker driver on the classic image store, buildx 0\.\d+/);

    // The builds began while the change was still being linted: the timing line says when each part ended and when they started.
    const timings = /^::debug::Timings: start-up ([\d.]+) s, review ([\d.]+) s, .*the builds, started ([\d.]+) s into the run/m.exec(run.stdout);
    expect(timings, log).not.toBeNull();
    expect(Number(timings![3]), timings![0]).toBeLessThan(Number(timings![1]) + Number(timings![2]));

    // Nothing of the run is left: the same images and containers as before, no worktree, no scratch folder.
    expect(daemonState()).toEqual(before);
    expect(worktrees(s.pr.workspace)).toHaveLength(1);
    expect(readdirSync(join(run.tempRoot, '_temp')).filter((n) => /^stagecraft-(build|base|head|secrets)-/.test(n))).toEqual([]);

    // Docker agrees: the same images (by config digest, from the build's metadata file) have that Size.
    for (const [side, sha] of [['base', s.pr.baseSha], ['head', s.pr.mergeSha]] as const) {
      const again = rebuildAndInspect(s.pr.filesAt(sha), fixture.dockerfile);
      expect(again.id, `${side} image id`).toBe(image[side].configDigest);
      expect(Math.abs(again.size - image[side].bytes) / again.size, `${side} size`).toBeLessThanOrEqual(TOLERANCE);
    }
  }, BUILD_RUN_TIMEOUT_MS);
});

describe.skipIf(classicMissing !== null)('stage-sizes: true', () => {
  it('builds each stage the target reaches, puts the sizes on the graph, and sets the final image beside the heaviest stage it copies from', async () => {
    const fixture = SEED_FIXTURES.find((f) => f.seed === '001')!;
    const before = daemonState();
    const s = await openPullRequest({ base: fixture.base, head: fixture.head });
    const run = await s.run({ inputs: { build: 'true', network: 'none', 'fail-on': 'none', 'stage-sizes': 'true' } });
    const log = describeRun(run);
    expect(run.code, log).toBe(0);
    const image = (run.report as unknown as { files: { path: string; image: (JsonImage & { stages: { name: string | null; bytes: number; final: boolean; copiedFromByFinal: boolean }[] }) | null }[] }).files.find((f) => f.path === fixture.dockerfile)!.image!;
    const builder = image.stages.find((st) => st.name === 'builder')!;
    const runner = image.stages.find((st) => st.final)!;
    expect(image.stages.map((st) => st.name), log).toEqual(['runner', 'builder']);
    expect(runner.bytes).toBe(image.head.bytes);
    expect(builder).toMatchObject({ copiedFromByFinal: true, final: false });
    // The builder carries the toolchain and the build cache the runner leaves behind.
    expect(builder.bytes - runner.bytes).toBeGreaterThan(25_000_000);
    const body = stagecraftComments(s.api, s.number)[0]!.body;
    expect(body).toContain(`The final image (${formatBytes(runner.bytes)}) ships instead of \`builder\` (${formatBytes(builder.bytes)})`);
    const mermaid = body.slice(body.indexOf('```mermaid'));
    expect(mermaid).toContain(formatBytes(builder.bytes));
    expect(daemonState()).toEqual(before);
  }, BUILD_RUN_TIMEOUT_MS);
});

describe.skipIf(ociMissing !== null)('build: true with the containerd image store: OCI export', () => {
  it.each(SEED_FIXTURES.filter((f) => ['000', '004'].includes(f.seed)))('seed $seed: both sizes labelled, compressed below uncompressed, the same reduction; nothing left', async (fixture) => {
    const before = daemonState(OCI_DOCKER_HOST);
    const { s, log, image } = await runSeed(fixture, { DOCKER_HOST: OCI_DOCKER_HOST });
    for (const side of [image.base, image.head]) {
      expect(side, log).toMatchObject({ status: 'built', kind: 'uncompressed', source: 'oci-layout' });
      expect(side.compressedBytes!, log).toBeGreaterThan(0);
      expect(side.compressedBytes!, log).toBeLessThanOrEqual(side.bytes);
    }
    expect(image.delta!.bytes, log).toBeLessThan(0);
    const body = stagecraftComments(s.api, s.number)[0]!.body;
    expect(body).toContain(`${formatBytes(image.base.bytes)} → ${formatBytes(image.head.bytes)}`);
    expect(body).toMatch(/uncompressed, [\d.]+ [kMG]?B compressed/);
    expect(daemonState(OCI_DOCKER_HOST)).toEqual(before);
    expect(worktrees(s.pr.workspace)).toHaveLength(1);
  }, BUILD_RUN_TIMEOUT_MS);
});
