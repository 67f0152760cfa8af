/**
 * What the workflow run is about, read from GITHUB_EVENT_NAME and the event payload: which commits a
 * review compares, or that there is nothing to compare and the run lints what `dockerfiles` matches.
 */

/**
 * A pull request. Under `pull_request`: its merge commit (GITHUB_SHA, what actions/checkout holds)
 * against the base commit, the head linted in the checkout. Under `pull_request_target`: the PR's head
 * commit against its merge base with the base branch, the head read as data — the run holds a write
 * token, so nothing of the head may be checked out or run.
 */
export interface PullRequestPlan {
  kind: 'pull-request';
  event: string;
  number: number;
  /** The PR's page, for the log; null when the payload does not say. */
  url: string | null;
  /**
   * `pull_request.base.sha`. Under `pull_request` the merge commit's first parent: comparing the merge
   * commit with it means changes made on the base branch since the PR branched are neither new nor
   * fixed. Under `pull_request_target` the base branch's tip: the review compares with the merge base
   * of it and the head instead (see `headSource`).
   */
  baseSha: string;
  baseRef: string | null;
  /** The commit linted (and linked): GITHUB_SHA under `pull_request`, `pull_request.head.sha` under `pull_request_target`. */
  headSha: string;
  headRef: string | null;
  /** `pull_request.head.sha`, the tip of the PR's branch: the JSON report carries it for a `workflow_run` publisher. */
  pullHeadSha: string | null;
  /**
   * `checkout`: the head is the workspace's checkout, linted in place. `data`: the head is untrusted
   * (`pull_request_target`) — its files are read as git objects or through the API, never checked out
   * or run — and the base is its merge base with `baseSha`.
   */
  headSource: 'checkout' | 'data';
  /** `pull_request.changed_files`, to know before listing whether GitHub's 3,000-file cap is in play. */
  changedFiles: number | null;
}

/** A merge queue entry: the same review as the PR's, but nothing is posted. */
export interface MergeGroupPlan {
  kind: 'merge-group';
  event: string;
  baseSha: string;
  baseRef: string | null;
  headSha: string;
  headRef: string | null;
}

/**
 * No change to compare: `push`, `workflow_dispatch`, `schedule` lint what `dockerfiles` matches, as does
 * any other event (`other`, which also says so in a notice).
 */
export interface FullLintPlan {
  kind: 'full' | 'other';
  event: string;
}

export type RunPlan = PullRequestPlan | MergeGroupPlan | FullLintPlan;

const FULL_LINT_EVENTS = new Set(['push', 'workflow_dispatch', 'schedule']);
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

type Json = Record<string, unknown>;

function object(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function sha(value: unknown): string | null {
  const s = text(value);
  return s && SHA.test(s) ? s.toLowerCase() : null;
}

/** Why a payload cannot be reviewed; the run then lints in full and says this in a notice. */
export class EventError extends Error {}

/**
 * The plan for this run. `githubSha` is GITHUB_SHA. Throws EventError when a pull request or merge
 * group event lacks what a review needs (a hand-made payload, a re-run of a deleted PR).
 */
export function planRun(eventName: string, payload: unknown, githubSha: string): RunPlan {
  const event = eventName || 'unknown';
  if (event === 'pull_request' || event === 'pull_request_target') {
    const pr = object(object(payload)?.pull_request);
    const number = pr?.number;
    const baseSha = sha(object(pr?.base)?.sha);
    const pullHeadSha = sha(object(pr?.head)?.sha);
    // pull_request_target's GITHUB_SHA is the base branch's tip: the head is only named in the payload.
    const untrusted = event === 'pull_request_target';
    const headSha = untrusted ? pullHeadSha : sha(githubSha);
    if (!pr || !isPullNumber(number)) throw new EventError(`the ${event} event has no pull request number`);
    if (!baseSha) throw new EventError(`pull request #${number}: the event has no base commit (pull_request.base.sha)`);
    if (!headSha) throw new EventError(`pull request #${number}: ${untrusted ? 'the event has no head commit (pull_request.head.sha)' : 'GITHUB_SHA is not a commit SHA'}`);
    const changed = pr.changed_files;
    return {
      kind: 'pull-request',
      event,
      number,
      url: text(pr.html_url),
      baseSha,
      baseRef: text(object(pr.base)?.ref),
      headSha,
      headRef: text(object(pr.head)?.ref),
      pullHeadSha,
      headSource: untrusted ? 'data' : 'checkout',
      changedFiles: typeof changed === 'number' && Number.isSafeInteger(changed) ? changed : null,
    };
  }
  if (event === 'merge_group') {
    const group = object(object(payload)?.merge_group);
    const baseSha = sha(group?.base_sha);
    const headSha = sha(group?.head_sha) ?? sha(githubSha);
    if (!baseSha || !headSha) throw new EventError('the merge_group event has no base_sha or head_sha');
    return { kind: 'merge-group', event, baseSha, baseRef: shortRef(text(group?.base_ref)), headSha, headRef: shortRef(text(group?.head_ref)) };
  }
  // No event at all: run outside GitHub Actions (a local `node dist/index.js`), nothing to say about it.
  return { kind: FULL_LINT_EVENTS.has(event) || eventName === '' ? 'full' : 'other', event };
}

function isPullNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/**
 * The lint run a `workflow_run` event reports on, as `mode: publish-report` needs it. Everything here
 * comes from GitHub, not from the pull request: `headSha` is what a report must be about.
 */
export interface WorkflowRunPlan {
  /** The run that uploaded the report (`workflow_run.id`). */
  runId: number;
  /** The commit that run was for (`workflow_run.head_sha`): a pull request's head commit. */
  headSha: string;
  /** The event that started it (`workflow_run.event`): `pull_request` for the lint workflow. */
  event: string | null;
  /** `workflow_run.conclusion`: `success`, `failure`, …; null while it runs. */
  conclusion: string | null;
  /** `workflow_run.html_url`: that run's page, where its job summary is; null when the payload has none. */
  url: string | null;
}

/** Reads `workflow_run` from the event payload; throws EventError when this is not one or it lacks what publishing needs. */
export function readWorkflowRun(eventName: string, payload: unknown): WorkflowRunPlan {
  if (eventName !== 'workflow_run') {
    throw new EventError(`mode: publish-report runs in a workflow started by workflow_run (this run's event is ${eventName || 'unknown'})`);
  }
  const run = object(object(payload)?.workflow_run);
  const runId = run?.id;
  const headSha = sha(run?.head_sha);
  if (!run || typeof runId !== 'number' || !Number.isSafeInteger(runId) || runId < 1) throw new EventError('the workflow_run event has no run id (workflow_run.id)');
  if (!headSha) throw new EventError('the workflow_run event has no head commit (workflow_run.head_sha)');
  const url = text(run.html_url);
  return { runId, headSha, event: text(run.event), conclusion: text(run.conclusion), url: url && /^https:\/\/\S+$/.test(url) ? url : null };
}

/** `refs/heads/main` → `main`, for display. */
function shortRef(ref: string | null): string | null {
  return ref ? ref.replace(/^refs\/heads\//, '') : null;
}
