/**
 * `pull_request_target`, end to end with the bundle (see pr-e2e.test.ts for how runs are made). The run
 * has a write token and the workspace holds the base branch; the pull request's head is someone else's
 * code, so it is read as data and linted, never checked out, built or run. The head here is hostile: a
 * Dockerfile beside a `.stagecraft.yml` with YAML tags, and scripts that would leave a marker file if
 * anything ran them (an npm `postinstall`, git and husky hooks, a Makefile, a shell script, a RUN line).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGitEnv } from '../helpers/git-fixture.js';
import {
  describeRun,
  errors,
  lineLink,
  notices,
  openPullRequest,
  RUN_TIMEOUT_MS,
  stagecraftComments,
  useBundleAndCleanUp,
  type ActionRun,
  type PullRequestScenario,
} from './pr-scenario.js';

useBundleAndCleanUp();

/** Where the hostile scripts would write their markers, were they ever run. */
const MARKERS = realpathSync(mkdtempSync(join(tmpdir(), 'stagecraft-markers-')));
afterAll(() => rmSync(MARKERS, { recursive: true, force: true }));

const touch = (name: string) => `touch ${join(MARKERS, name)}`;

/** The files of a hostile head, besides its Dockerfiles. Each would write a marker if something ran it. */
const HOSTILE_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'evil', version: '1.0.0', scripts: { preinstall: touch('preinstall'), postinstall: touch('postinstall'), prepare: touch('prepare') } }, null, 2),
  'hooks/post-checkout': `#!/bin/sh\n${touch('post-checkout')}\n`,
  '.githooks/post-checkout': `#!/bin/sh\n${touch('githooks-post-checkout')}\n`,
  '.husky/pre-commit': `#!/bin/sh\n${touch('husky')}\n`,
  // A clean/smudge filter and a submodule over the ext:: transport run commands when checked out or updated.
  '.gitattributes': '* filter=evil diff=evil\n',
  '.gitmodules': `[submodule "evil"]\n\tpath = vendor/evil\n\turl = ext::sh -c ${touch('submodule')}\n`,
  '.lfsconfig': `[lfs]\n\turl = ext::sh -c ${touch('lfs')}\n`,
  Makefile: `all:\n\t${touch('make')}\n`,
  'docker/app/build.sh': `#!/bin/sh\n${touch('build-script')}\n`,
  // YAML tags a JavaScript YAML loader might run, and keys that are not Stagecraft's.
  'docker/app/.stagecraft.yml': [
    `fail-on: !!js/function "function () { require('child_process').execSync('${touch('yaml-function')}') }"`,
    `ignore: !<tag:yaml.org,2002:js/undefined> ''`,
    `shellcheck: !!python/object/apply:os.system ["${touch('yaml-python')}"]`,
    '',
  ].join('\n'),
  // Built, the image would run it: nothing here builds.
  'docker/app/Dockerfile': `FROM alpine:3.20\nCOPY build.sh /build.sh\nRUN sh /build.sh && ${touch('docker-run')}\n`,
};

/** The base's root Dockerfile: one error, sudo-in-run on line 3. */
const BASE_DOCKERFILE = 'FROM alpine:3.20\nWORKDIR /app\nRUN sudo echo build\nENV MODE=production\nEXPOSE 8080\nCMD ["/app/run"]\n';
/** The head's: the error kept, a warning added (copy-from-undefined-stage, line 7). */
const HEAD_DOCKERFILE = `${BASE_DOCKERFILE}COPY --from=nope /a /b\n`;

function git(workspace: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: workspace, env: fixtureGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** What a checkout looks like from the outside: its commit, status, reflog, hooks and config. */
function snapshot(workspace: string) {
  return {
    head: git(workspace, 'rev-parse', 'HEAD').trim(),
    status: git(workspace, 'status', '--porcelain', '--untracked-files=all'),
    reflog: git(workspace, 'reflog', '--format=%H %gs'),
    files: git(workspace, 'ls-files'),
    hooks: readdirSync(join(workspace, '.git', 'hooks')).sort(),
    config: readFileSync(join(workspace, '.git', 'config'), 'utf8'),
  };
}

describe('pull_request_target: a hostile head is read as data and linted', () => {
  let s: PullRequestScenario;
  let workspace: string;
  let before: ReturnType<typeof snapshot>;
  let run: ActionRun;

  beforeAll(async () => {
    s = await openPullRequest({
      base: { Dockerfile: BASE_DOCKERFILE, 'README.md': 'shop\n' },
      head: { Dockerfile: HEAD_DOCKERFILE, ...HOSTILE_FILES },
      fork: 'mallory',
    });
    // After the pull request branched, main fixed the error: against main's tip the head's error would be
    // new; against the merge base (what "Files changed" compares with) it is existing.
    s.pr.advanceBase({ Dockerfile: BASE_DOCKERFILE.replace('RUN sudo echo', 'RUN echo'), 'README.md': 'shop, moved on\n' });
    // actions/checkout on pull_request_target: the base branch, depth 1.
    workspace = s.pr.checkout('refs/heads/main');
    before = snapshot(workspace);
    run = await s.run({ event: 'pull_request_target', workspace });
  }, RUN_TIMEOUT_MS);

  it('nothing from the head ran: no marker file, no hook installed, the git config untouched', () => {
    expect(readdirSync(MARKERS), describeRun(run)).toEqual([]);
    const after = snapshot(workspace);
    expect(after.hooks).toEqual(before.hooks);
    expect(after.config).toEqual(before.config);
  });

  it('the work tree was never switched to the head: still the base branch, clean, no head file in it, no checkout in the reflog', () => {
    const after = snapshot(workspace);
    expect(after.head).toBe(s.pr.baseSha);
    expect(after).toEqual(before);
    for (const path of ['package.json', 'hooks', '.husky', 'docker', 'Makefile']) expect(existsSync(join(workspace, path)), path).toBe(false);
    // The head's objects were fetched by SHA, as data.
    expect(git(workspace, 'cat-file', '-t', s.pr.headSha).trim()).toBe('commit');
  });

  it('lints the head against its merge base: the error main fixed later is existing, the added warning new', () => {
    const log = describeRun(run);
    expect(run.report?.review, log).toMatchObject({
      event: 'pull_request_target',
      base: { sha: s.pr.mergeBase },
      head: { sha: s.pr.headSha },
      pullRequest: { number: s.number, headSha: s.pr.headSha },
    });
    expect(s.pr.mergeBase).not.toBe(s.pr.baseSha);
    const root = run.report?.files.find((f) => f.path === 'Dockerfile');
    expect(root?.findings.map((f) => `${f.line} ${f.rule} ${f.status}`), log).toEqual(['3 sudo-in-run existing', '7 copy-from-undefined-stage new']);
  });

  it('reads the malicious .stagecraft.yml as data: its tags do nothing, and its mistake is a config-error on the Dockerfile beside it', () => {
    const log = describeRun(run);
    const app = run.report?.files.find((f) => f.path === 'docker/app/Dockerfile');
    expect(app?.findings.map((f) => `${f.rule} ${f.status}`), log).toEqual(['config-error new']);
    // Named by its repository path, not by where it was laid out to be linted.
    expect(app?.findings[0]?.message).toMatch(/^docker\/app\/\.stagecraft\.yml:1: "fail-on" must be one of/);
    // A new error: the step fails on it, as it would under pull_request.
    expect(run.code, log).toBe(1);
    expect(errors(run).at(-1)).toMatch(/^Stagecraft: 1 new finding at or above/);
  });

  it('the log and the comment say the head was read, not run; line links point at the head commit', () => {
    const log = describeRun(run);
    expect(run.stdout, log).toContain('pull_request_target: the head is read as data, never checked out or run');
    expect(notices(run).join('\n'), log).toContain('was read, not run');
    const comments = stagecraftComments(s.api, s.number);
    expect(comments, log).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain('was read, not run');
    expect(body).toContain(lineLink(s.pr.headSha, 'Dockerfile', 7));
    expect(body).not.toContain(s.pr.mergeSha);
    // SARIF and JSON are about the head too.
    expect(readFileSync(run.outputs.sarif!, 'utf8')).toContain('docker/app/Dockerfile');
  });

  it('(the control) the hostile scripts are real: run, one leaves its marker', () => {
    execFileSync('sh', ['-c', git(workspace, 'show', `${s.pr.headSha}:docker/app/build.sh`)]);
    expect(readdirSync(MARKERS)).toEqual(['build-script']);
    rmSync(join(MARKERS, 'build-script'));
  });
});

describe('pull_request_target without a checkout', () => {
  it('reads the head and the merge base through the API; the empty workspace stays empty', async () => {
    const s = await openPullRequest({ base: { Dockerfile: BASE_DOCKERFILE }, head: { Dockerfile: HEAD_DOCKERFILE, 'package.json': HOSTILE_FILES['package.json']! } });
    const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'stagecraft-no-checkout-')));
    mkdirSync(join(workspace, 'shop'));
    const run = await s.run({ event: 'pull_request_target', workspace: join(workspace, 'shop') });
    const log = describeRun(run);

    expect(run.code, log).toBe(0);
    expect(run.report?.files.find((f) => f.path === 'Dockerfile')?.findings.map((f) => `${f.rule} ${f.status}`), log).toEqual(['sudo-in-run existing', 'copy-from-undefined-stage new']);
    const read = s.api.requests.filter((r) => /\/(contents|git\/trees|compare)\//.test(r.path)).map((r) => r.path);
    expect(read.some((p) => p.includes(`/git/trees/${s.pr.headSha}`)), log).toBe(true);
    expect(read.some((p) => p.includes('/compare/')), log).toBe(true);
    expect(readdirSync(join(workspace, 'shop'))).toEqual([]);
    expect(readdirSync(MARKERS)).toEqual([]);
    rmSync(workspace, { recursive: true, force: true });
  }, RUN_TIMEOUT_MS);
});
