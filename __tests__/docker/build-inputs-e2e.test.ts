/**
 * The build inputs the seeds never exercise, with real builds (buildx on the classic store) through the
 * orchestration the action runs (compareBuilds, with the action's and the CLI's command runners): `secrets` reach RUN --mount=type=secret
 * and never show in a log line or a failure's log tail; `build-timeout` stops a build that sleeps past
 * it (no buildx process, tag or worktree left) while the other Dockerfile still builds; a head given as
 * a commit (pull_request_target with allow-untrusted-build) is built from a worktree of that commit,
 * not from the checkout.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUILD_SETTINGS, type BuildSettings } from '../../src/docker/argv.js';
import { compareBuilds, type ChangedBuild, type CompareEdges } from '../../src/docker/compare.js';
import { actionsCommandRunner } from '../../src/docker/actions-runner.js';
import { nodeCommandRunner } from '../../src/docker/node-runner.js';
import type { CommandRunner } from '../../src/docker/runner.js';
import { writeSecretSpecs } from '../../src/docker/review-builds.js';
import { fixtureGitEnv, gitFixture } from '../helpers/git-fixture.js';
import { daemonState, dockerUnavailable, warnSkipped } from './docker-env.js';

const missing = dockerUnavailable();
if (missing) warnSkipped('the build input tests (secrets, build-timeout, untrusted head)', missing);

const TIMEOUT_MS = 90_000;
const SECRET = 'hunter2-s3cr3t-value';
const SECRET_SHA256 = createHash('sha256').update(SECRET).digest('hex');
const tempDir = mkdtempSync(join(tmpdir(), 'stagecraft-build-inputs-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function edgesFor(runner: CommandRunner = nodeCommandRunner): CompareEdges & { log: string[]; said: string[] } {
  const log: string[] = [];
  const said: string[] = [];
  return {
    runner,
    tempDir,
    log,
    said,
    info: (text) => said.push(text),
    notice: (text) => said.push(text),
    logGroup: async (title, run) => {
      log.push(`::group::${title}`);
      await run((line) => log.push(line));
    },
  };
}

const plan = { context: '', target: null, args: {} };
const modified = (path: string): ChangedBuild => ({ path, basePath: path, inHead: true, basePlan: plan, headPlan: plan });
const added = (path: string): ChangedBuild => ({ path, basePath: null, inHead: true, basePlan: null, headPlan: plan });
const settings = (extra: Partial<BuildSettings>): BuildSettings => ({ ...DEFAULT_BUILD_SETTINGS, network: 'none', ...extra });
const worktrees = (dir: string) => execFileSync('git', ['-C', dir, 'worktree', 'list'], { encoding: 'utf8', env: fixtureGitEnv() }).trim().split('\n');
const processes = () => execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
/** This test's buildx processes (other builds may run on the machine): those naming one of its folders. */
const buildxProcesses = (dir: string) => processes().filter((line) => /docker(-buildx)? .*buildx.* build /.test(line) && (line.includes(dir) || line.includes(tempDir)));
const scratchLeft = () => readdirSync(tempDir).filter((name) => name.startsWith('stagecraft-'));

describe.skipIf(missing !== null)('build inputs with real builds', () => {
  it('secrets: a RUN reads /run/secrets/<id>; the value is in no log line and no failure log tail', async () => {
    const repo = gitFixture();
    const base = repo.commit({ Dockerfile: 'FROM alpine:latest\nRUN echo ok > /ok\n' }, 'base');
    repo.commit(
      {
        // Checks the secret against its hash: the build succeeds only when the value arrived.
        Dockerfile: `FROM alpine:latest\nRUN --mount=type=secret,id=token,required=true echo "${SECRET_SHA256}  /run/secrets/token" | sha256sum -c\n`,
        // Echoes the secret and fails: its log tail would carry the value unmasked.
        'leaky/Dockerfile': 'FROM alpine:latest\nRUN --mount=type=secret,id=token echo "the token is $(cat /run/secrets/token)" && exit 4\n',
      },
      'head',
    );
    const edges = edgesFor();
    const secretDir = mkdtempSync(join(tempDir, 'secrets-'));
    try {
      const secrets = [{ id: 'token', value: SECRET }];
      const request = { root: repo.dir, baseSha: base, builds: [modified('Dockerfile'), { ...added('leaky/Dockerfile'), headPlan: { ...plan, context: 'leaky' } }], budget: null };
      const compared = await compareBuilds(
        { ...request, settings: settings({ secretSpecs: writeSecretSpecs(secrets, secretDir), secretValues: [SECRET]}) },
        edges,
      );
      const good = compared.images.get('Dockerfile')!;
      expect(good.head.status, edges.log.join('\n')).toBe('built');
      const leaky = compared.images.get('leaky/Dockerfile')!;
      expect(leaky.head.status).toBe('failed');
      const failure = leaky.head.status === 'failed' ? leaky.head.failure : null;
      expect(failure!.logTail).toContain('the token is ***');
      const everything = [...edges.log, ...edges.said, JSON.stringify([...compared.images])].join('\n');
      expect(everything).toContain('the token is ***');
      expect(everything).not.toContain(SECRET);
    } finally {
      rmSync(secretDir, { recursive: true, force: true });
      repo.cleanup();
    }
  }, TIMEOUT_MS);

  // The action's runner stops a build with coreutils `timeout`, the CLI's by killing the child: both must leave nothing.
  it.each([
    ['the action (coreutils timeout)', actionsCommandRunner],
    ['the CLI (child_process)', nodeCommandRunner],
  ])('build-timeout with %s: a build sleeping past it is stopped and named; the other Dockerfile builds; nothing is left', async (_, runner) => {
    const before = daemonState();
    const repo = gitFixture();
    const base = repo.commit({ 'slow/Dockerfile': 'FROM alpine:latest\nRUN echo ok > /ok\n', 'fast/Dockerfile': 'FROM alpine:latest\nRUN echo ok > /ok\n' }, 'base');
    // A sleep of its own length: the process to look for afterwards (and a step no cache has).
    const sleep = `sleep ${100 + (Date.now() % 900)}`;
    repo.commit({ 'slow/Dockerfile': `FROM alpine:latest\nRUN ${sleep}\n`, 'fast/Dockerfile': `FROM alpine:latest\nRUN echo ${Date.now()} > /fast\n` }, 'head');
    const edges = edgesFor(runner);
    try {
      const started = Date.now();
      const builds = [modified('slow/Dockerfile'), modified('fast/Dockerfile')].map((b) => ({ ...b, basePlan: { ...plan, context: b.path.split('/')[0]! }, headPlan: { ...plan, context: b.path.split('/')[0]! } }));
      const compared = await compareBuilds({ root: repo.dir, baseSha: base, builds, settings: settings({ timeoutMs: 8_000 }), budget: null }, edges);
      expect(Date.now() - started).toBeLessThan(60_000);
      const slow = compared.images.get('slow/Dockerfile')!;
      expect(slow.base.status).toBe('built');
      expect(slow.head.status).toBe('failed');
      expect(slow.head.status === 'failed' && slow.head.failure.reason).toBe('the build took longer than build-timeout (8 s)');
      expect(compared.images.get('fast/Dockerfile')).toMatchObject({ base: { status: 'built' }, head: { status: 'built' } });
      // BuildKit stops the sleeping step once the client is gone; give it a moment, then nothing may remain.
      await new Promise((done) => setTimeout(done, 2_000));
      expect(buildxProcesses(repo.dir)).toEqual([]);
      // BuildKit cancelled the step: its sleep is gone too.
      expect(processes().filter((line) => line.trim().endsWith(sleep))).toEqual([]);
      expect(worktrees(repo.dir)).toHaveLength(1);
      expect(scratchLeft()).toEqual([]);
      expect(daemonState().tags).toEqual(before.tags);
      expect(daemonState().containers).toEqual(before.containers);
    } finally {
      repo.cleanup();
    }
  }, TIMEOUT_MS);

  it('a head given as a commit is built from a worktree of it, never from the checkout', async () => {
    const repo = gitFixture();
    const base = repo.commit({ Dockerfile: 'FROM alpine:latest\nRUN echo base > /which\n' }, 'base');
    const head = repo.commit({ Dockerfile: 'FROM alpine:latest\nRUN head -c 2000000 /dev/zero > /fill\n' }, 'head');
    // The checkout is the base branch, as actions/checkout leaves it under pull_request_target; a file
    // only in the checkout would make the build differ.
    repo.git('checkout', '--quiet', '--detach', base);
    const edges = edgesFor();
    try {
      const compared = await compareBuilds({ root: repo.dir, baseSha: base, headSha: head, builds: [modified('Dockerfile')], settings: settings({}), budget: null }, edges);
      const image = compared.images.get('Dockerfile')!;
      expect(image.delta!.bytes).toBeGreaterThan(1_900_000);
      expect(image.added.map((l) => l.instruction).join('\n')).toContain('head -c 2000000');
      expect(worktrees(repo.dir)).toHaveLength(1);
      expect(scratchLeft()).toEqual([]);
    } finally {
      repo.cleanup();
    }
  }, TIMEOUT_MS);
});
