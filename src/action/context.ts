import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { docsBaseFor } from '../lint/docs.js';
import { encodePath } from '../report/markdown.js';

export type LineUrl = (path: string, line: number, endLine: number) => string;

/** What the run needs to know about where it runs, read once from the runner's environment. */
export interface RunContext {
  /** GITHUB_WORKSPACE (the current folder outside Actions). */
  workspace: string;
  /** RUNNER_TEMP (the system temp folder outside Actions). */
  runnerTemp: string;
  /** Rule docs at the action's own repository and version, so links match the rules that ran. */
  docsBase: string;
  /** A link to lines of a repository file at GITHUB_SHA, the checkout's commit; null outside a repository run. */
  lineUrl: LineUrl | null;
  /**
   * Links to lines at a given commit: the head a `pull_request_target` run read as data, the commit a
   * published report linted. Null outside a repository run, or when `sha` is not a commit id.
   */
  lineUrlAt(sha: string): LineUrl | null;
  /** `owner/repo` (GITHUB_REPOSITORY); null when absent or malformed. */
  repository: { owner: string; repo: string } | null;
  /** GITHUB_EVENT_NAME and GITHUB_EVENT_PATH ('' when not set). */
  eventName: string;
  eventPath: string;
  /** GITHUB_SHA ('' when not set). */
  sha: string;
  /** The REST API (GITHUB_API_URL; GitHub Enterprise Server sets `https://host/api/v3`). */
  apiUrl: string;
  /** This run's page, where the job summary is; null outside a run. */
  runUrl: string | null;
}

type Env = Record<string, string | undefined>;

/**
 * Reads the runner's variables. `GITHUB_ACTION_REPOSITORY`/`GITHUB_ACTION_REF` name the action as the
 * workflow used it (`owner/stagecraft@v1`); they are empty when the action runs from the same repository
 * (`uses: ./`), and the docs then point at the project's default branch.
 */
export function readContext(env: Env, cwd: string): RunContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const sha = env.GITHUB_SHA ?? '';
  const validRepository = /^[\w.-]+\/[\w.-]+$/.test(repository);
  const runId = env.GITHUB_RUN_ID ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const lineUrlAt = (commit: string): LineUrl | null =>
    validRepository && /^[0-9a-f]{7,64}$/i.test(commit)
      ? (path, line, endLine) => `${serverUrl}/${repository}/blob/${commit}/${encodePath(path)}#L${line}${endLine > line ? `-L${endLine}` : ''}`
      : null;
  return {
    workspace: resolve(env.GITHUB_WORKSPACE || cwd),
    runnerTemp: resolve(env.RUNNER_TEMP || tmpdir()),
    docsBase: docsBaseFor(env.GITHUB_ACTION_REPOSITORY, env.GITHUB_ACTION_REF, serverUrl),
    // GITHUB_SHA is the commit the workflow checked out (for a pull request, its merge commit): the
    // lines linted are the lines linked.
    lineUrl: lineUrlAt(sha),
    lineUrlAt,
    repository: validRepository ? { owner, repo } : null,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH ?? '',
    sha,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    runUrl: validRepository && /^\d+$/.test(runId) ? `${serverUrl}/${repository}/actions/runs/${runId}` : null,
  };
}
