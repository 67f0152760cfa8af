/**
 * `build: true` when builds fail or grow, run as the bundled action against the GitHub API stand-in:
 * a head that no longer builds fails the check with the end of its log (escaped, folded); a base that
 * no longer builds leaves the head alone with a notice; max-size-increase fails the check when the head
 * grows past it; a new Dockerfile has only a head; under pull_request_target nothing is built, unless
 * allow-untrusted-build: then the head is built from a worktree of its commit, and a secret it prints
 * is masked everywhere. After each run the daemon has the same images and containers as before.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRun, errors, expectInertComment, notices, openPullRequest, stagecraftComments, useBundleAndCleanUp } from '../action/pr-scenario.js';
import { daemonState, dockerUnavailable, warnSkipped } from './docker-env.js';

const missing = dockerUnavailable();
if (missing) warnSkipped('the image build outcome tests', missing);

useBundleAndCleanUp();

const TIMEOUT_MS = 300_000;
const OK = 'FROM alpine:latest\nRUN echo ok > /ok\n';
/** About 3 MB more than OK. */
const GROWN = 'FROM alpine:latest\nRUN echo ok > /ok\nRUN head -c 3000000 /dev/zero > /fill\n';
const BROKEN = 'FROM alpine:latest\nRUN echo "<img src=x onerror=alert(1)> @octocat" && exit 3\n';
const inputs = (extra: Record<string, string> = {}) => ({ build: 'true', network: 'none', 'fail-on': 'none', ...extra });

interface Image {
  base: { status: string; bytes?: number };
  head: { status: string; bytes?: number; log?: string };
  budget: { text: string; exceeded: boolean } | null;
}
const imageOf = (report: unknown, path = 'Dockerfile') => (report as { files: { path: string; image: Image | null }[] }).files.find((f) => f.path === path)?.image ?? null;

describe.skipIf(missing !== null)('build outcomes', () => {
  it('the head no longer builds: a build-failed error on the failing line (annotation, SARIF, comment), the check fails, the comment shows the end of the log, escaped; nothing is left', async () => {
    const before = daemonState();
    const s = await openPullRequest({ base: { Dockerfile: OK }, head: { Dockerfile: BROKEN } });
    const run = await s.run({ inputs: inputs() });
    const log = describeRun(run);
    expect(run.code, log).toBe(1);
    expect(errors(run).at(-1), log).toBe('Stagecraft: the head image of Dockerfile does not build.');
    const body = stagecraftComments(s.api, s.number)[0]!.body;
    expect(body).toContain('❌ head does not build');
    expect(body).toContain('<summary>The end of the head build log</summary>');
    expect(body).toMatch(/exit code: 3|did not complete successfully/);
    expectInertComment(body);
    expect(imageOf(run.report)?.head.status).toBe('failed');
    // A finding like any other, on the RUN that failed (line 2), new in this pull request:
    const finding = run.report!.files.find((f) => f.path === 'Dockerfile')!.findings.find((f) => f.rule === 'build-failed');
    expect(finding, log).toMatchObject({ severity: 'error', line: 2, status: 'new' });
    expect(finding!.message).toMatch(/^The image does not build: failed to solve: process .*exit 3.* did not complete successfully: exit code: 3\./);
    const annotation = run.commands.find((c) => c.command === 'error' && c.properties.title === 'build-failed');
    expect(annotation?.properties, log).toMatchObject({ file: 'Dockerfile', line: '2' });
    expect(annotation!.message).toContain('/docs/rules/build-failed.md');
    const sarif = JSON.parse(readFileSync(run.outputs.sarif!, 'utf8')) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'build-failed');
    expect(result).toMatchObject({ level: 'error', locations: [{ physicalLocation: { region: { startLine: 2 } } }] });
    expect(sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'build-failed')?.helpUri).toMatch(/\/docs\/rules\/build-failed\.md$/);
    expect(body).toMatch(/\| \[`build-failed`\]\([^)]*\/docs\/rules\/build-failed\.md\) \| The image does not build/);
    expect(daemonState()).toEqual(before);
  }, TIMEOUT_MS);

  it('several targets (compose services): each built and compared on both sides, with stage sizes on both; a target the base lacks is new', async () => {
    const compose = 'services:\n  api:\n    build: { context: ., target: api }\n  worker:\n    build: { context: ., target: worker }\n';
    const base = 'FROM alpine:latest AS build\nRUN head -c 2000000 /dev/zero > /blob\n\nFROM alpine:latest AS api\nCOPY --from=build /blob /blob\n';
    // The api now ships half a megabyte instead of two; a worker target appears.
    const head = 'FROM alpine:latest AS build\nRUN head -c 2000000 /dev/zero > /blob && head -c 500000 /dev/zero > /small\n\nFROM alpine:latest AS api\nCOPY --from=build /small /blob\n\nFROM alpine:latest AS worker\nRUN echo work > /w\n';
    const s = await openPullRequest({ base: { Dockerfile: base, 'compose.yaml': compose }, head: { Dockerfile: head, 'compose.yaml': compose } });
    const run = await s.run({ inputs: inputs({ 'stage-sizes': 'true', 'max-size-increase': '10%' }) });
    const log = describeRun(run);
    expect(run.code, log).toBe(0);
    type Stage = { name: string | null; bytes: number | null; final: boolean };
    const image = imageOf(run.report) as Image & { targets?: (Image & { target: string | null; stages?: Stage[]; baseStages?: Stage[] })[] };
    expect(image.targets?.map((t) => [t.target, t.base.status, t.head.status]), log).toEqual([['api', 'built', 'built'], ['worker', 'absent', 'built']]);
    const [api, worker] = image.targets!;
    // The top-level figures are the first target's, as for a single target.
    expect(image.head.bytes).toBe(api!.head.bytes);
    expect(api!.base.bytes! - api!.head.bytes!).toBeGreaterThanOrEqual(1_400_000);
    // Outputs sum the targets built on both sides: the worker has no base.
    expect(run.outputs['base-size']).toBe(String(api!.base.bytes));
    expect(run.outputs['size-delta-bytes']).toBe(String(api!.head.bytes! - api!.base.bytes!));
    // Stage sizes on both sides: the build stage grew by the half megabyte it now also writes.
    const buildStage = (stages: Stage[] | undefined) => stages?.find((st) => st.name === 'build')?.bytes ?? null;
    expect(buildStage(api!.baseStages), log).not.toBeNull();
    expect(buildStage(api!.stages)! - buildStage(api!.baseStages)!).toBeGreaterThanOrEqual(500_000);
    // The worker reaches no other stage: nothing to measure on its own.
    expect(worker!.stages).toEqual([]);
    expect(worker!.baseStages).toBeUndefined();
    const body = stagecraftComments(s.api, s.number)[0]!.body;
    expect(body).toMatch(/`api`: [\d.]+ MB → [\d.]+ [kM]B \*\*\(−[\d.]+ %\)\*\*<br>`worker`: new · [\d.]+ MB/);
    expect(body).toContain('<summary>Image of <code>worker</code></summary>');
    expect(body).toMatch(/\| stage \| base \| head \| delta \| layers \|/);
    expect(body).toMatch(/\| `build` \| [\d.]+ MB \| [\d.]+ MB \| \+[\d.]+ kB \|/);
  }, TIMEOUT_MS);

  it('max-size-increase: 1MB fails a 3 MB growth; 5MiB lets it pass', async () => {
    const s = await openPullRequest({ base: { Dockerfile: OK }, head: { Dockerfile: GROWN } });
    const strict = await s.run({ inputs: inputs({ 'max-size-increase': '1MB' }) });
    expect(strict.code, describeRun(strict)).toBe(1);
    expect(errors(strict).at(-1)).toBe('Stagecraft: the image of Dockerfile (more than 1MB) grew past max-size-increase.');
    expect(imageOf(strict.report)?.budget).toEqual({ text: '1MB', exceeded: true });
    expect(stagecraftComments(s.api, s.number)[0]!.body).toContain('· ❌ over `1MB`');

    const loose = await s.run({ inputs: inputs({ 'max-size-increase': '5MiB' }) });
    expect(loose.code, describeRun(loose)).toBe(0);
    const image = imageOf(loose.report)!;
    expect(image.budget).toEqual({ text: '5MiB', exceeded: false });
    expect(image.head.bytes! - image.base.bytes!).toBeGreaterThanOrEqual(3_000_000);
  }, TIMEOUT_MS);

  it('the base no longer builds: head only, with a notice; a new Dockerfile has only a head', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BROKEN }, head: { Dockerfile: OK, 'svc/Dockerfile': OK } });
    const run = await s.run({ inputs: inputs() });
    const log = describeRun(run);
    expect(run.code, log).toBe(0);
    expect(notices(run).join('\n'), log).toContain('Dockerfile: the base no longer builds');
    expect(imageOf(run.report)).toMatchObject({ base: { status: 'failed' }, head: { status: 'built' } });
    expect(imageOf(run.report, 'svc/Dockerfile')).toMatchObject({ base: { status: 'absent' }, head: { status: 'built' } });
    const body = stagecraftComments(s.api, s.number)[0]!.body;
    expect(body).toMatch(/\| `Dockerfile` \| [^|]+ \| [\d.]+ [kM]?B \(base did not build\) \|/);
    expect(body).toMatch(/\| `svc\/Dockerfile` \*\(new\)\* \| [^|]+ \| new · [\d.]+ [kM]?B \|/);
  }, TIMEOUT_MS);

  it('pull_request_target: nothing from the head is built without allow-untrusted-build, and the comment says so', async () => {
    const before = daemonState();
    const s = await openPullRequest({ base: { Dockerfile: OK }, head: { Dockerfile: GROWN } });
    const run = await s.run({ event: 'pull_request_target', inputs: inputs() });
    const log = describeRun(run);
    expect(run.code, log).toBe(0);
    expect(log).not.toContain('Building Dockerfile');
    expect(imageOf(run.report)).toBeNull();
    expect(stagecraftComments(s.api, s.number)[0]!.body).toContain('no image was built');
    expect(daemonState()).toEqual(before);
  }, TIMEOUT_MS);

  it('pull_request_target with allow-untrusted-build: the head is built from a worktree of its commit, the comment says so; a secret it prints is masked', async () => {
    const before = daemonState();
    const secret = 'untrusted-s3cr3t-value';
    // Unique, so BuildKit runs the step rather than taking it from the cache (a cached step prints nothing).
    const leaky = `${GROWN}RUN --mount=type=secret,id=token echo "${Date.now()} token: $(cat /run/secrets/token)"\n`;
    const s = await openPullRequest({ base: { Dockerfile: OK }, head: { Dockerfile: leaky } });
    const workspace = s.pr.checkout('refs/heads/main');
    const run = await s.run({ event: 'pull_request_target', workspace, inputs: inputs({ 'allow-untrusted-build': 'true', secrets: `token=${secret}` }) });
    const log = describeRun(run);
    expect(run.code, log).toBe(0);
    // The checkout is the base branch: only a build of the head commit can have grown by 3 MB.
    const image = imageOf(run.report)!;
    expect(image).toMatchObject({ base: { status: 'built' }, head: { status: 'built' } });
    expect(image.head.bytes! - image.base.bytes!).toBeGreaterThanOrEqual(3_000_000);
    const body = stagecraftComments(s.api, s.number)[0]!.body;
    expect(body).toContain('was built from a worktree of its commit, as allow-untrusted-build is true');
    expect(body).not.toContain('nothing from it was checked out, built or executed');
    // The runner masks what core.setSecret registers; the action's own output carries no value either.
    expect(run.stdout).toContain(`::add-mask::${secret}`);
    expect(log).toContain('token: ***');
    const unmasked = [...run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')), run.stderr, body, JSON.stringify(run.report)].join('\n');
    expect(unmasked).not.toContain(secret);
    expect(daemonState()).toEqual(before);
    expect(execFileSync('git', ['-C', workspace, 'worktree', 'list'], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(1);
  }, TIMEOUT_MS);
});
