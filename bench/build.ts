/**
 * `npm run bench:build`: what `build: true` costs. For each seed pull request (__tests__/fixtures/seeds)
 * the bundled action runs with `build: true` against the GitHub API stand-in, and a plain `docker buildx
 * build` of the head alone is timed beside it, taking turns, in two scenarios:
 *
 * 1. base cached, head cold — the case the goal is about: the base branch was built before, the pull
 *    request changed the head. Before every timed run the daemon's build cache is emptied and the base
 *    alone is built (untimed) from the base commit's files, with the flags the action builds it with.
 * 2. both cached — the worst case for the ratio: one untimed action run first, so the plain head build
 *    is all cache hits and the ratio shows little but the action's fixed costs.
 *
 * Goal (issue 10): in scenario 1 the action takes at most 1.3 × the plain build. Every timed run checks
 * from its `--progress=plain` log that the cache was as the scenario says (the action's base build
 * all cache hits; the head build cold or all cached), and stops the bench when it was not.
 *
 *   npm run bench:build -- [--rounds N] [--host unix:///run/stagecraft-docker-oci.sock]
 *
 * Empties the build cache of the daemon it uses (`docker buildx prune -af`). Needs Docker and the local
 * base images (scripts/ci/setup-docker.sh); run `npm run build` first. Per scenario: a table of the
 * medians over `--rounds` (default 3), the action's cost beyond the head build (action − plain), and
 * where each seed's median run spent its time: the action's `Timings:` debug line (start-up, review,
 * builder detection still to wait for, builds and measurements, cleanup, publishing) and its two builds'
 * times from the JSON report.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { JsonReport, JsonVariant } from '../src/report/json.js';
import { SEED_FIXTURES, type SeedFixture } from '../__tests__/fixtures/seeds/index.js';
import { pullRequestPayload, runActionStep } from '../__tests__/helpers/action-runner.js';
import { GitHubApiStandIn } from '../__tests__/helpers/github-api.js';
import { prRepository } from '../__tests__/helpers/pr-repository.js';

const GOAL = 1.3;
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, host: { type: 'string' } } });
const rounds = Number(values.rounds);
const dockerEnv: Record<string, string> = values.host ? { DOCKER_HOST: values.host } : {};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Runs docker on the daemon in use; its output (stdout, then stderr: where buildx writes its progress). */
function docker(args: string[]): string {
  const run = spawnSync('docker', args, { env: { ...process.env, ...dockerEnv }, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`docker ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}

/**
 * `docker buildx build` of `files` (the context is the Dockerfile's folder, as in the seeds), with the
 * flags that shape the action's cache keys (`--network=none`, no attestations). With `--host` the image
 * is exported as an OCI layout, as the action does there; else loaded and its tag removed.
 */
function plainBuild(files: Map<string, string>, dockerfile: string): { elapsed: number; log: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'stagecraft-bench-'));
  // The files in a folder of their own: the OCI layout goes beside it, never into the build context.
  const dir = join(scratch, 'context');
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const tag = `stagecraft-bench:${Date.now()}`;
    const output = values.host ? ['--output', `type=oci,dest=${join(scratch, 'image.tar')}`] : ['--load', '--tag', tag];
    const started = performance.now();
    const log = docker(['buildx', 'build', '--network=none', '--provenance=false', '--sbom=false', '--progress=plain', ...output, '--file', join(dir, dockerfile), dirname(join(dir, dockerfile))]);
    const elapsed = performance.now() - started;
    if (!values.host) docker(['image', 'rm', tag]);
    return { elapsed, log };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * How many build steps (FROM aside) a `--progress=plain` log shows run rather than taken from the
 * cache: `#7 [3/4] COPY . .` or `#7 [builder 3/7] RUN …`, then `#7 CACHED` when it was a hit.
 */
function stepsRun(log: string): string[] {
  const steps = new Map([...log.matchAll(/^#(\d+) (\[[^\]\n]*\d+\/\d+\] (?!FROM ).*)$/gm)].map((m) => [m[1]!, m[2]!]));
  for (const [, step] of log.matchAll(/^#(\d+) CACHED$/gm)) steps.delete(step!);
  return [...steps.values()];
}

/** The log of the action's base or head build, from its log group (`Building <path> (base)`). */
function actionBuildLog(stdout: string, side: 'base' | 'head'): string {
  const group = new RegExp(`^::group::Building .* \\(${side}\\)\\n([\\s\\S]*?)^::endgroup::$`, 'm').exec(stdout);
  if (!group) throw new Error(`the action's output has no log group for its ${side} build`);
  return group[1]!;
}

/** Stops the bench when a build did not find the cache as its scenario needs: it would time another case. */
function expectCache(build: string, log: string, cached: boolean): void {
  const run = stepsRun(log);
  if (cached === (run.length === 0)) return;
  const expected = cached ? 'none (all cache hits)' : 'some (a cold build)';
  throw new Error(`${build}: ${run.length} build steps ran (${run.join('; ')}), expected ${expected}. Another build on the same daemon may have filled or emptied the cache meanwhile; run again.\n${log}`);
}

interface ActionRun {
  elapsed: number;
  timings: string;
}

/** One seed's pull request, set up once for both scenarios. */
interface SeedBench {
  fixture: SeedFixture;
  baseFiles: Map<string, string>;
  headFiles: Map<string, string>;
  /** One timed run of the action; with `check`, its builds' logs must show the base all cache hits and the head as `headCached` says. */
  action(check: { headCached: boolean } | null): Promise<ActionRun>;
  close(): Promise<void>;
}

async function seedBench(fixture: SeedFixture, number: number): Promise<SeedBench> {
  const pr = prRepository({ base: fixture.base, head: fixture.head, number });
  const api = await GitHubApiStandIn.start({ owner: 'acme', repo: 'shop' });
  api.pullFiles.set(number, pr.files);
  api.pulls.set(number, { headSha: pr.headSha, baseSha: pr.baseSha });
  const payload = pullRequestPayload({ owner: 'acme', repo: 'shop', number, headSha: pr.headSha, baseSha: pr.baseSha, action: 'synchronize', changedFiles: pr.files.length });
  const action = async (check: { headCached: boolean } | null): Promise<ActionRun> => {
    const started = performance.now();
    const run = await runActionStep<JsonReport>({
      event: 'pull_request',
      payload,
      sha: pr.mergeSha,
      ref: `refs/pull/${number}/merge`,
      workspace: pr.workspace,
      api,
      repository: { owner: 'acme', repo: 'shop' },
      token: 'ghs_bench',
      runId: number,
      inputs: { build: 'true', network: 'none', 'fail-on': 'none', comment: 'false', 'job-summary': 'false' },
      env: dockerEnv,
      timeoutMs: 600_000,
    });
    const elapsed = performance.now() - started;
    rmSync(run.tempRoot, { recursive: true, force: true });
    if (run.code !== 0) throw new Error(`the action failed on seed ${fixture.seed}:\n${run.stdout}\n${run.stderr}`);
    if (check) {
      expectCache(`seed ${fixture.seed}, the action's base build`, actionBuildLog(run.stdout, 'base'), true);
      expectCache(`seed ${fixture.seed}, the action's head build`, actionBuildLog(run.stdout, 'head'), check.headCached);
    }
    const timings = /^::debug::Timings: (.*)\.$/m.exec(run.stdout)?.[1] ?? '(no timings line)';
    const image = run.report?.files.find((file) => file.image)?.image;
    const built = (variant: JsonVariant | undefined) => (variant?.status === 'built' ? `${variant.buildSeconds.toFixed(2)} s` : '?');
    return { elapsed, timings: `${timings}; base built in ${built(image?.base)}, head in ${built(image?.head)}` };
  };
  return {
    fixture,
    baseFiles: pr.filesAt(pr.baseSha),
    headFiles: pr.filesAt(pr.mergeSha),
    action,
    close: async () => {
      await api.close();
      pr.cleanup();
    },
  };
}

interface Scenario {
  title: string;
  /** Whether the head build finds its steps in the cache (the base's always does). */
  headCached: boolean;
  /** Untimed: once per seed before its rounds. */
  prepareSeed(seed: SeedBench): Promise<void>;
  /** Untimed: before every timed run, action or plain. */
  prepareRun(seed: SeedBench): void;
}

/**
 * Scenario 1: an empty build cache, then the base alone built from the base commit's files. The
 * action's base worktree holds the same files, so its base build hits this cache; `docker buildx prune`
 * empties the docker driver's cache too (no `docker builder prune` needed).
 */
function cacheBaseOnly(seed: SeedBench): void {
  docker(['buildx', 'prune', '--all', '--force']);
  plainBuild(seed.baseFiles, seed.fixture.dockerfile);
}

/** Scenario 2: one action run builds both variants into the cache. */
async function cacheBoth(seed: SeedBench): Promise<void> {
  await seed.action(null);
}

const SCENARIOS: Scenario[] = [
  { title: 'base cached, head cold', headCached: false, prepareSeed: async () => {}, prepareRun: cacheBaseOnly },
  { title: 'both cached', headCached: true, prepareSeed: cacheBoth, prepareRun: () => {} },
];

interface Row {
  seed: string;
  action: number;
  plain: number;
  timings: string;
}

async function measure(seed: SeedBench, scenario: Scenario): Promise<Row> {
  await scenario.prepareSeed(seed);
  const actionRuns: ActionRun[] = [];
  const plainTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    scenario.prepareRun(seed);
    actionRuns.push(await seed.action({ headCached: scenario.headCached }));
    scenario.prepareRun(seed);
    const plain = plainBuild(seed.headFiles, seed.fixture.dockerfile);
    expectCache(`seed ${seed.fixture.seed}, the plain head build`, plain.log, scenario.headCached);
    plainTimes.push(plain.elapsed);
  }
  const medianRun = actionRuns.find((run) => run.elapsed === median(actionRuns.map((r) => r.elapsed)))!;
  return { seed: seed.fixture.seed, action: medianRun.elapsed, plain: median(plainTimes), timings: medianRun.timings };
}

function printScenario(number: number, scenario: Scenario, rows: Row[], judged: boolean): void {
  console.log(`\n${number}. ${scenario.title}: build: true on the seed pull requests, median of ${rounds} (${values.host ?? 'classic store'}):\n`);
  console.log('| seed | action (base + head, measured) | plain buildx build of the head | action − plain | ratio |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.seed} | ${seconds(r.action)} | ${seconds(r.plain)} | ${seconds(r.action - r.plain)} | ${(r.action / r.plain).toFixed(2)} × |`);
  console.log('\nWhere the action spent its time (median run):\n');
  for (const r of rows) console.log(`- ${r.seed}: ${r.timings}`);
  const total = rows.reduce((n, r) => n + r.action, 0) / rows.reduce((n, r) => n + r.plain, 0);
  const beyond = rows.map((r) => r.action - r.plain);
  const verdict = judged ? ` (goal: at most ${GOAL} ×)${total <= GOAL ? '' : ' — goal missed'}` : ' (not judged: the goal is about scenario 1)';
  console.log(`\nOverall ${total.toFixed(2)} ×${verdict}; the action's cost beyond the head build: ${seconds(Math.min(...beyond))} to ${seconds(Math.max(...beyond))}.`);
}

const loadAtStart = loadavg()[0]!;
const results = SCENARIOS.map(() => [] as Row[]);
for (const [i, fixture] of SEED_FIXTURES.entries()) {
  const seed = await seedBench(fixture, 900 + i);
  try {
    for (const [s, scenario] of SCENARIOS.entries()) results[s]!.push(await measure(seed, scenario));
  } finally {
    await seed.close();
  }
}
SCENARIOS.forEach((scenario, s) => printScenario(s + 1, scenario, results[s]!, s === 0));
console.log(`\nLoad average (1 min): ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0]!.toFixed(2)} at the end.`);
