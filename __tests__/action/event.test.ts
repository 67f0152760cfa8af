import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EventError, planRun, readWorkflowRun } from '../../src/action/event.js';

/** Real payloads, as GitHub sends them (from @octokit/webhooks-examples, a JSON file). */
const webhooks = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: unknown[] }[];

function example(event: string, action: string): Record<string, unknown> {
  const found = webhooks.find((w) => w.name === event)?.examples.find((e) => (e as { action?: string }).action === action);
  if (!found) throw new Error(`no ${event}.${action} example`);
  return structuredClone(found) as Record<string, unknown>;
}

const MERGE_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';

describe('planRun', () => {
  it('reviews a pull request: the merge commit (GITHUB_SHA) against pull_request.base.sha', () => {
    const payload = example('pull_request', 'synchronize');
    const pr = payload.pull_request as { number: number; base: { sha: string; ref: string }; head: { ref: string; sha: string }; html_url: string; changed_files: number };
    const plan = planRun('pull_request', payload, MERGE_SHA);
    expect(plan).toEqual({
      kind: 'pull-request',
      event: 'pull_request',
      number: pr.number,
      url: pr.html_url,
      baseSha: pr.base.sha,
      baseRef: pr.base.ref,
      headSha: MERGE_SHA,
      headRef: pr.head.ref,
      pullHeadSha: pr.head.sha,
      headSource: 'checkout',
      changedFiles: pr.changed_files,
    });
    // Not the PR branch's tip: the lines linted are the lines linked, in the merge commit.
    expect(plan.kind === 'pull-request' && plan.headSha).not.toBe((payload.pull_request as { head: { sha: string } }).head.sha);
  });

  it('pull_request_target: the PR head read as data, whatever GITHUB_SHA (the base branch) says', () => {
    const payload = example('pull_request', 'synchronize');
    const pr = payload.pull_request as { number: number; base: { sha: string }; head: { sha: string } };
    const baseBranchTip = 'b'.repeat(40);
    const plan = planRun('pull_request_target', payload, baseBranchTip);
    expect(plan).toMatchObject({ kind: 'pull-request', event: 'pull_request_target', number: pr.number, baseSha: pr.base.sha, headSha: pr.head.sha, pullHeadSha: pr.head.sha, headSource: 'data' });
    expect(() => planRun('pull_request_target', { pull_request: { number: 3, base: { sha: 'a'.repeat(40) }, head: {} } }, baseBranchTip)).toThrow('no head commit (pull_request.head.sha)');
  });

  it('reviews a merge group between its base and head commits, with short ref names', () => {
    const payload = example('merge_group', 'checks_requested');
    const group = payload.merge_group as { base_sha: string; head_sha: string };
    expect(planRun('merge_group', payload, group.head_sha)).toEqual({
      kind: 'merge-group',
      event: 'merge_group',
      baseSha: group.base_sha,
      baseRef: 'main',
      headSha: group.head_sha,
      headRef: expect.stringMatching(/^gh-readonly-queue\/main\//),
    });
  });

  it.each([
    ['push', 'full'],
    ['workflow_dispatch', 'full'],
    ['schedule', 'full'],
    ['release', 'other'],
    ['workflow_run', 'other'],
    ['', 'full'],
  ])('lints everything on %s (%s)', (event, kind) => {
    expect(planRun(event, {}, MERGE_SHA)).toEqual({ kind, event: event || 'unknown' });
  });

  it.each([
    ['no pull request', 'pull_request', {}, MERGE_SHA, 'no pull request number'],
    ['no base sha', 'pull_request', { pull_request: { number: 3, base: {} } }, MERGE_SHA, 'no base commit'],
    ['a base sha that is not one', 'pull_request', { pull_request: { number: 3, base: { sha: 'main; rm -rf /' } } }, MERGE_SHA, 'no base commit'],
    ['GITHUB_SHA missing', 'pull_request', { pull_request: { number: 3, base: { sha: 'a'.repeat(40) } } }, '', 'GITHUB_SHA'],
    ['an empty merge group', 'merge_group', { merge_group: {} }, '', 'base_sha'],
  ])('refuses %s with a message', (_what, event, payload, sha, says) => {
    expect(() => planRun(event, payload, sha)).toThrow(EventError);
    expect(() => planRun(event, payload, sha)).toThrow(says);
  });
});

describe('readWorkflowRun', () => {
  const run = () => example('workflow_run', 'completed') as { workflow_run: Record<string, unknown> };

  it('reads the run a report comes from: id, head commit, event, conclusion, page', () => {
    const payload = run();
    payload.workflow_run.event = 'pull_request';
    payload.workflow_run.head_sha = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01';
    expect(readWorkflowRun('workflow_run', payload)).toEqual({
      runId: payload.workflow_run.id,
      headSha: 'abcdef0123456789abcdef0123456789abcdef01',
      event: 'pull_request',
      conclusion: payload.workflow_run.conclusion,
      url: payload.workflow_run.html_url,
    });
  });

  it('leaves out a run page that is not an https link', () => {
    const payload = run();
    payload.workflow_run.html_url = 'javascript:alert(1)';
    expect(readWorkflowRun('workflow_run', payload).url).toBeNull();
  });

  it.each([
    ['another event', 'pull_request', () => run(), 'runs in a workflow started by workflow_run (this run\'s event is pull_request)'],
    ['no run id', 'workflow_run', () => ({ workflow_run: { head_sha: 'a'.repeat(40) } }), 'no run id'],
    ['a head that is not a commit', 'workflow_run', () => ({ workflow_run: { id: 7, head_sha: 'main' } }), 'no head commit'],
  ])('refuses %s', (_what, event, payload, says) => {
    expect(() => readWorkflowRun(event, payload())).toThrow(EventError);
    expect(() => readWorkflowRun(event, payload())).toThrow(says);
  });
});
