/**
 * What the workflow run is about, read from GITHUB_EVENT_NAME and the event payload: which commits a
 * review compares, or that there is nothing to compare and the run lints what `dockerfiles` matches.
 */

/** A pull request: its merge commit (GITHUB_SHA, what actions/checkout holds) against the base commit. */
export interface PullRequestPlan {
  kind: 'pull-request';
  event: string;
  number: number;
  /** The PR's page, for the log; null when the payload does not say. */
  url: string | null;
  /**
   * `pull_request.base.sha`: the merge commit's first parent. Comparing the merge commit with it means
   * changes made on the base branch since the PR branched are neither new nor fixed.
   */
  baseSha: string;
  baseRef: string | null;
  headSha: string;
  headRef: string | null;
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
  if (event === 'pull_request') {
    const pr = object(object(payload)?.pull_request);
    const number = pr?.number;
    const baseSha = sha(object(pr?.base)?.sha);
    const headSha = sha(githubSha);
    if (!pr || typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) throw new EventError('the pull_request event has no pull request number');
    if (!baseSha) throw new EventError(`pull request #${number}: the event has no base commit (pull_request.base.sha)`);
    if (!headSha) throw new EventError(`pull request #${number}: GITHUB_SHA is not a commit SHA`);
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

/** `refs/heads/main` → `main`, for display. */
function shortRef(ref: string | null): string | null {
  return ref ? ref.replace(/^refs\/heads\//, '') : null;
}
