/**
 * `npm run bench:build`: what `build: true` costs. For each seed pull request (__tests__/fixtures/seeds)
 * the bundled action runs with `build: true` against the GitHub API stand-in, and a plain `docker buildx
 * build --load` of the head alone is timed beside it, taking turns, once the build cache is warm (the
 * case the goal is about: the base is cached). Goal: the action at most 1.3 × the plain build.
 *
 *   npm run bench:build -- [--rounds N] [--host unix:///run/stagecraft-docker-oci.sock]
 *
 * Needs Docker and the local base images (scripts/ci/setup-docker.sh); run `npm run build` first.
 * Under the table, where each seed's median run spent its time: the action's `Timings:` debug line
 * (start-up, review, builder detection still to wait for, builds and measurements, cleanup, publishing).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SEED_FIXTURES } from '../__tests__/fixtures/seeds/index.js';
import { pullRequestPayload, runActionStep } from '../__tests__/helpers/action-runner.js';
import { GitHubApiStandIn } from '../__tests__/helpers/github-api.js';
import { prRepository } from '../__tests__/helpers/pr-repository.js';

const GOAL = 1.3;
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, host: { type: 'string' } } });
const rounds = Number(values.rounds);
const dockerEnv: Record<string, string> = values.host ? { DOCKER_HOST: values.host } : {};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function plainBuild(files: Map<string, string>, dockerfile: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-bench-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const tag = `stagecraft-bench:${Date.now()}`;
  const started = performance.now();
  const output = values.host ? ['--output', `type=oci,dest=${join(dir, 'image.tar')}`] : ['--load', '--tag', tag];
  execFileSync('docker', ['buildx', 'build', '--network=none', '--provenance=false', '--sbom=false', ...output, '--file', join(dir, dockerfile), dirname(join(dir, dockerfile))], { env: { ...process.env, ...dockerEnv }, stdio: 'ignore' });
  const elapsed = performance.now() - started;
  if (!values.host) execFileSync('docker', ['image', 'rm', tag], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
  return elapsed;
}

const rows: { seed: string; action: number; plain: number; timings: string }[] = [];
for (const [i, fixture] of SEED_FIXTURES.entries()) {
  const number = 900 + i;
  const pr = prRepository({ base: fixture.base, head: fixture.head, number });
  const api = await GitHubApiStandIn.start({ owner: 'acme', repo: 'shop' });
  api.pullFiles.set(number, pr.files);
  api.pulls.set(number, { headSha: pr.headSha, baseSha: pr.baseSha });
  const payload = pullRequestPayload({ owner: 'acme', repo: 'shop', number, headSha: pr.headSha, baseSha: pr.baseSha, action: 'synchronize', changedFiles: pr.files.length });
  const action = async () => {
    const started = performance.now();
    const run = await runActionStep({
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
    return { elapsed, timings: /^::debug::Timings: (.*)\.$/m.exec(run.stdout)?.[1] ?? '(no timings line)' };
  };
  const head = pr.filesAt(pr.mergeSha);
  // Warm the cache: both variants once.
  await action();
  const actionRuns: { elapsed: number; timings: string }[] = [];
  const plainTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    actionRuns.push(await action());
    plainTimes.push(plainBuild(head, fixture.dockerfile));
  }
  const medianRun = actionRuns.find((run) => run.elapsed === median(actionRuns.map((r) => r.elapsed)))!;
  rows.push({ seed: fixture.seed, action: medianRun.elapsed, plain: median(plainTimes), timings: medianRun.timings });
  await api.close();
  pr.cleanup();
}

console.log(`\nbuild: true on the seed pull requests, cache warm, median of ${rounds} (${values.host ?? 'classic store'}):\n`);
console.log('| seed | action (base + head, measured) | plain buildx build of the head | ratio |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.seed} | ${(r.action / 1000).toFixed(2)} s | ${(r.plain / 1000).toFixed(2)} s | ${(r.action / r.plain).toFixed(2)} × |`);
const total = rows.reduce((n, r) => n + r.action, 0) / rows.reduce((n, r) => n + r.plain, 0);
console.log('\nWhere the action spent its time (median run):\n');
for (const r of rows) console.log(`- ${r.seed}: ${r.timings}`);
console.log(`\nOverall ${total.toFixed(2)} × (goal: at most ${GOAL} ×)${total <= GOAL ? '' : ' — goal missed'}.`);
