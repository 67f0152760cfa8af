import type { ChangedFile } from '../review/types.js';

/** GitHub lists at most this many files of a pull request, on any number of pages, and says nothing of the rest. */
export const PULL_REQUEST_FILES_LIMIT = 3000;

/**
 * The GitHub REST API as the pipeline uses it: a few typed calls, no Octokit types. The real one is
 * `createGitHubApi` (client.ts); anything else implementing this (a test double) works the same.
 *
 * Every method rejects with a {@link GitHubApiError} when GitHub (or the network) fails, after the
 * client's bounded retries, except where a method says it answers null.
 */
export interface GitHubApi {
  /**
   * The files a pull request changes, as "Files changed" shows them (all pages of
   * `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, `per_page=100`, GitHub's maximum page size,
   * so 3,000 files take 30 requests instead of 100).
   *
   * GitHub lists at most 3,000 files for a pull request and says nothing about the rest: `truncated` is
   * true when exactly that many (or more) came back, and the caller should then ask `git diff` instead.
   */
  listPullRequestFiles(pull: number): Promise<{ files: ChangedFile[]; truncated: boolean }>;
  /**
   * Every comment on an issue or pull request's conversation (the issue comments API; review comments
   * on lines are another API), oldest first, all pages at `per_page=100`.
   */
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(id: number, body: string): Promise<IssueComment>;
  deleteIssueComment(id: number): Promise<void>;
  /**
   * A pull request's number, head and base commits and page. `baseSha` is the base branch's tip when the
   * pull request was last updated, not necessarily the merge base.
   */
  getPullRequest(pull: number): Promise<{ number: number; headSha: string; baseSha: string; url: string }>;
  /**
   * The best common ancestor of two commits: `merge_base_commit.sha` of
   * `GET /repos/{owner}/{repo}/compare/{base}...{head}` (asked for one commit and one file a page, as only
   * the merge base is wanted) — what the pull request's "Files changed" compares with. The head may be a
   * fork's commit: GitHub keeps a pull request's head in the base repository (`refs/pull/N/head`).
   */
  mergeBase(base: string, head: string): Promise<string>;
  /**
   * A file's text at a ref through the contents API (raw media type, so files up to 100 MB are read
   * whole). Null on 404, and when the path is a folder or a submodule. GitHub follows a symlink whose
   * target is a file in the repository and answers the target's text.
   */
  readFileAt(ref: string, path: string): Promise<string | null>;
  /**
   * Every regular file path at a commit (or any tree-ish GitHub accepts), from
   * `GET /repos/{owner}/{repo}/git/trees/{ref}?recursive=1`: blobs only, no symlinks (mode 120000),
   * no submodules, `/`-separated, in git's order. GitHub truncates a recursive listing past 100,000
   * entries or 7 MB: then this rejects with a GitHubApiError whose `truncated` is true, and the caller
   * should read the local checkout instead.
   */
  listFilesAt(ref: string): Promise<string[]>;
}

/**
 * One issue comment. `author` is `user.login`: a comment posted with the workflow's GITHUB_TOKEN shows
 * as `github-actions[bot]`; one posted with a GitHub App's token as `<app-slug>[bot]`; with a personal
 * access token, as that user.
 */
export interface IssueComment {
  id: number;
  body: string;
  /** `user.login` ('' when GitHub shows no user: a deleted account). */
  author: string;
  /** `html_url`: the comment's link in the conversation. */
  url: string;
}

/**
 * A GitHub API call that failed. The message names the operation and GitHub's own message (its
 * validation errors too), never the token or request headers. Octokit's error is deliberately not kept
 * as `cause`: it carries the request options, and nothing of those should reach a log.
 */
export class GitHubApiError extends Error {
  /** The HTTP status GitHub answered; 0 when no answer came (network error, timeout); 200 for a truncated tree. */
  readonly status: number;
  /** What was being done, e.g. `listing the comments of #12`. */
  readonly operation: string;
  /** GitHub's `message` (with the `message` of each validation error, if any); '' when there was none. */
  readonly githubMessage: string;
  /** The Retry-After header, in seconds, when GitHub sent one. */
  readonly retryAfter: number | null;
  /** True only for a recursive tree listing GitHub cut short (see `listFilesAt`). */
  readonly truncated: boolean;

  constructor(options: { operation: string; status: number; githubMessage: string; retryAfter?: number | null; truncated?: boolean }) {
    const said = options.githubMessage ? `: ${options.githubMessage}` : '';
    const answer = options.truncated ? 'GitHub truncated the answer' : options.status === 0 ? 'no answer from GitHub' : `GitHub answered ${options.status}`;
    super(`${capitalize(options.operation)} failed (${answer})${said}`);
    this.name = 'GitHubApiError';
    this.status = options.status;
    this.operation = options.operation;
    this.githubMessage = options.githubMessage;
    this.retryAfter = options.retryAfter ?? null;
    this.truncated = options.truncated ?? false;
  }
}

function capitalize(text: string): string {
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}
