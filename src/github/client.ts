import { getOctokit } from '@actions/github';
import type { OctokitOptions } from '@octokit/core/types';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { ChangeStatus, ChangedFile } from '../review/types.js';
import { GitHubApiError, PULL_REQUEST_FILES_LIMIT, type GitHubApi, type IssueComment } from './api.js';

export interface GitHubApiOptions {
  /** GITHUB_TOKEN or another token. Sent only as the Authorization header; never put in a message. */
  token: string;
  owner: string;
  repo: string;
  /**
   * The REST API's base URL: GITHUB_API_URL (`https://api.github.com`; on GitHub Enterprise Server
   * `https://HOST/api/v3`). Default `https://api.github.com`.
   */
  apiUrl?: string;
  /** Where a line goes each time a request is retried or a rate limit is waited out. */
  log?: (line: string) => void;
  /**
   * The length of one "second" of waiting, in ms (default 1000: real seconds). Every wait scales with
   * it: a 5xx is retried after 1, 4 and 9 units; a rate limit's Retry-After of N seconds waits N units;
   * writes are spaced 1 unit apart, comment creations 3. The action passes nothing; tests pass a few ms.
   */
  retryDelayMs?: number;
}

/** GitHub's largest page size: 100 items a request instead of the default 30. */
const PER_PAGE = 100;
/** A 5xx (or no answer at all) is tried again up to this many times, after 1, 4 and 9 units. */
const SERVER_ERROR_RETRIES = 3;
/** A rate-limited request is tried again up to this many times... */
const RATE_LIMIT_RETRIES = 2;
/** ...as long as the waits asked for add up to no more than this many seconds. */
const RATE_LIMIT_MAX_WAIT_SECONDS = 60;
/** Every 4xx is final for the retry plugin: 403 and 429 are the throttling plugin's to judge. */
const NOT_RETRIED = Array.from({ length: 100 }, (_, i) => 400 + i);

type Octokit = ReturnType<typeof getOctokit>;
type LimiterGroup = NonNullable<ThrottlingOptions['write']>;
type LimitHandler = (retryAfter: number, options: { method?: string; url?: string }, octokit: unknown, retryCount: number) => boolean;

/**
 * The REST API through Octokit (`getOctokit` from @actions/github: its proxy settings and user agent)
 * with bounded retries:
 * - @octokit/plugin-retry: a 5xx or a dropped connection is tried again up to 3 times; a 4xx never.
 * - @octokit/plugin-throttling: a primary (x-ratelimit-remaining: 0) or secondary rate limit (a 403 or
 *   429 whose message says "secondary rate limit") is waited out as GitHub asks (Retry-After, or the
 *   reset time; 60 s for a secondary limit that names no time), up to 2 times and 60 s in all, with a
 *   log line each time. A 429 that is neither but has a Retry-After is treated the same way. A plain 403
 *   (`Resource not accessible by integration`: the token lacks a permission) is final at once.
 * - Writes are spaced 1 s apart and comment creations 3 s, as GitHub asks of integrations to avoid
 *   secondary rate limits (per client: one run of the action makes one).
 */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const { token, owner, repo } = options;
  const log = options.log ?? (() => {});
  const unit = options.retryDelayMs ?? 1000;
  const octokit = connect(options, log, unit);

  /** Runs one API call, turning any failure into a GitHubApiError that never contains the token. */
  async function call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw toApiError(operation, err, token);
    }
  }

  return {
    listPullRequestFiles: (pull) =>
      call(`listing the files of pull request #${pull}`, async () => {
        const listed = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: PER_PAGE });
        return { files: listed.map(toChangedFile), truncated: listed.length >= PULL_REQUEST_FILES_LIMIT };
      }),

    listIssueComments: (issue) =>
      call(`listing the comments of #${issue}`, async () => {
        const listed = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: PER_PAGE });
        return listed.map(toComment);
      }),

    createIssueComment: (issue, body) =>
      call(`creating a comment on #${issue}`, async () => toComment((await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data)),

    updateIssueComment: (id, body) =>
      call(`updating comment ${id}`, async () => toComment((await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data)),

    deleteIssueComment: (id) =>
      call(`deleting comment ${id}`, async () => {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
      }),

    getPullRequest: (pull) =>
      call(`reading pull request #${pull}`, async () => {
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pull });
        return { number: data.number, headSha: data.head.sha, baseSha: data.base.sha, url: data.html_url };
      }),

    mergeBase: (base, head) =>
      call(`comparing ${base.slice(0, 12)}...${head.slice(0, 12)}`, async () => {
        const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 1 });
        return data.merge_base_commit.sha;
      }),

    readFileAt: (ref, path) =>
      call(`reading ${path} at ${ref}`, async () => {
        try {
          // The raw media type answers the bytes themselves (not base64 in JSON, which stops at 1 MB).
          // The body is read here, not by Octokit, so the text is exactly what git holds (a BOM included).
          const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(path)}`, {
            owner,
            repo,
            ref,
            headers: { accept: 'application/vnd.github.raw' },
            request: { parseSuccessResponseBody: false },
          });
          const text = await bodyText(response.data);
          // Folders and submodules have no raw form: GitHub answers their JSON description instead.
          return isJson(response.headers['content-type']) ? fromJsonAnswer(text) : text;
        } catch (err) {
          if (statusOf(err) === 404) return null;
          throw err;
        }
      }),

    listFilesAt: (ref) =>
      call(`listing the files at ${ref}`, async () => {
        const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: ref, recursive: '1' });
        if (data.truncated) {
          throw new GitHubApiError({
            operation: `listing the files at ${ref}`,
            status: 200,
            githubMessage: `the recursive tree has more entries than GitHub lists at once (${data.tree.length} returned)`,
            truncated: true,
          });
        }
        return data.tree.filter((entry) => entry.type === 'blob' && typeof entry.path === 'string' && (entry.mode ?? '').startsWith('100')).map((entry) => entry.path!);
      }),
  };
}

function connect(options: GitHubApiOptions, log: (line: string) => void, unit: number): Octokit {
  // Per request (the endpoint options object stays the same across its retries): seconds waited so far.
  const waited = new WeakMap<object, number>();
  const onLimit =
    (kind: string): LimitHandler =>
    (retryAfter, request, _octokit, retryCount) => {
      const what = describeRequest(request);
      const total = (waited.get(request) ?? 0) + retryAfter;
      if (retryCount >= RATE_LIMIT_RETRIES || total > RATE_LIMIT_MAX_WAIT_SECONDS) {
        log(`GitHub API: ${kind} on ${what}; not waiting ${retryAfter} s more (at most ${RATE_LIMIT_RETRIES} retries and ${RATE_LIMIT_MAX_WAIT_SECONDS} s).`);
        return false;
      }
      waited.set(request, total);
      log(`GitHub API: ${kind} on ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}).`);
      return true;
    };

  const throttle = {
    onRateLimit: onLimit('rate limit reached'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    retryAfterBaseValue: unit,
    // The plugin's own groups (Bottleneck, 1 s / 3 s) are shared by every client in the process and
    // ignore `unit`; these do the same spacing per client, in units.
    write: spacedGroup(unit),
    notifications: spacedGroup(3 * unit),
  } as ThrottlingOptions;

  const octokitOptions: OctokitOptions = {
    baseUrl: (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    log: { debug: () => {}, info: () => {}, warn: (line: string) => log(`GitHub API: ${line}`), error: (line: string) => log(`GitHub API: ${line}`) },
    retry: { retries: SERVER_ERROR_RETRIES, doNotRetry: NOT_RETRIED, retryAfterBaseValue: unit },
    throttle,
  } as OctokitOptions;

  // Order matters: hooks registered later wrap the earlier ones. logServerErrors sees every attempt;
  // the throttling plugin sees what the retry plugin gave up on; retryAfter429 sees what throttling left.
  return getOctokit(options.token, octokitOptions, logServerErrors(log), retry, throttling, retryAfter429(log, unit, waited));
}

/** A line for each 5xx (or dropped connection), before the retry plugin tries again. */
function logServerErrors(log: (line: string) => void) {
  return (octokit: { hook: Octokit['hook'] }): Record<string, never> => {
    octokit.hook.error('request', (error, request) => {
      const status = statusOf(error);
      if (status !== null && status >= 500) {
        const attempt = ((request.request as { retryCount?: number } | undefined)?.retryCount ?? 0) + 1;
        const answer = hasResponse(error) ? `answered ${status}` : `did not answer (${messageOf(error)})`;
        const next = attempt <= SERVER_ERROR_RETRIES ? 'retrying' : 'giving up';
        log(`GitHub API: ${describeRequest(request)} ${answer} (attempt ${attempt} of ${SERVER_ERROR_RETRIES + 1}); ${next}.`);
      }
      throw error;
    });
    return {};
  };
}

/**
 * A 429 with a Retry-After that is neither a primary nor a secondary rate limit as the throttling plugin
 * knows them (a proxy's, say): waited out the same way, within the same bounds.
 */
function retryAfter429(log: (line: string) => void, unit: number, waited: WeakMap<object, number>) {
  return (octokit: { hook: Octokit['hook'] }): Record<string, never> => {
    octokit.hook.wrap('request', async (request, options) => {
      for (let retries = 0; ; retries++) {
        try {
          return await request(options);
        } catch (error) {
          const seconds = statusOf(error) === 429 && !throttlingHandled(error) ? retryAfterOf(error) : null;
          if (seconds === null) throw error;
          const total = (waited.get(options) ?? 0) + seconds;
          if (retries >= RATE_LIMIT_RETRIES || total > RATE_LIMIT_MAX_WAIT_SECONDS) {
            log(`GitHub API: 429 Too Many Requests on ${describeRequest(options)}; not waiting ${seconds} s more.`);
            throw error;
          }
          waited.set(options, total);
          log(`GitHub API: 429 Too Many Requests on ${describeRequest(options)}; retrying in ${seconds} s (retry ${retries + 1} of ${RATE_LIMIT_RETRIES}).`);
          await sleep(seconds * unit);
        }
      }
    });
    return {};
  };
}

/** Whether @octokit/plugin-throttling already judged this error (and so retried it, or chose not to). */
function throttlingHandled(error: unknown): boolean {
  const headers = headersOf(error);
  return /\bsecondary rate\b/i.test(messageOf(error)) || headers['x-ratelimit-remaining'] === '0';
}

/**
 * What plugin-throttling needs of a Bottleneck group (`key(id).schedule(options, job)`): one job at a
 * time, each starting at least `spacingMs` after the previous one started.
 */
function spacedGroup(spacingMs: number): LimiterGroup {
  let queue: Promise<unknown> = Promise.resolve();
  let lastStart = -Infinity;
  const limiter = {
    schedule(...args: unknown[]): Promise<unknown> {
      const at = typeof args[0] === 'function' ? 0 : 1;
      const job = args[at] as (...jobArgs: unknown[]) => unknown;
      const jobArgs = args.slice(at + 1);
      const run = queue.then(async () => {
        const wait = lastStart + spacingMs - Date.now();
        if (wait > 0) await sleep(wait);
        lastStart = Date.now();
        return job(...jobArgs);
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
  return { key: () => limiter } as unknown as LimiterGroup;
}

function toChangedFile(file: { filename: string; status: string; previous_filename?: string }): ChangedFile {
  const status = PULL_FILE_STATUS[file.status] ?? 'modified';
  const previousPath = (file.status === 'renamed' || file.status === 'copied') && file.previous_filename ? file.previous_filename : null;
  return { path: file.filename, status, previousPath };
}

/**
 * The files API's statuses as ChangedFile's: a copy is a new file that came from another (`added`, with
 * `previousPath`); `changed` (only the mode changed) and `unchanged` read as `modified`.
 */
const PULL_FILE_STATUS: Record<string, ChangeStatus> = {
  added: 'added',
  modified: 'modified',
  removed: 'removed',
  renamed: 'renamed',
  copied: 'added',
  changed: 'modified',
  unchanged: 'modified',
};

function toComment(comment: { id: number; body?: string | null; user?: { login?: string } | null; html_url: string }): IssueComment {
  return { id: comment.id, body: comment.body ?? '', author: comment.user?.login ?? '', url: comment.html_url };
}

/** Each segment percent-encoded, the slashes kept: `a b/Dockerfile` → `a%20b/Dockerfile`. */
function encodePath(path: string): string {
  return path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
}

async function bodyText(data: unknown): Promise<string> {
  if (data === null || data === undefined) return '';
  if (typeof data === 'string') return data;
  const bytes = data instanceof ArrayBuffer ? data : await new Response(data as ReadableStream).arrayBuffer();
  return Buffer.from(bytes).toString('utf8');
}

function isJson(contentType: unknown): boolean {
  return typeof contentType === 'string' && /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim());
}

/**
 * A JSON answer to a raw request: the contents API's description of a folder (an array of entries) or of a
 * submodule (null), or of a file when GitHub ignored the media type (its base64 content). Anything else is
 * the file itself, should GitHub label a raw `.json` file as JSON.
 */
function fromJsonAnswer(text: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return text;
  }
  if (Array.isArray(data)) return data.length > 0 && data.every(isContentsEntry) ? null : text;
  if (!isContentsEntry(data)) return text;
  const { type, encoding, content } = data as { type: string; encoding?: unknown; content?: unknown };
  if (type !== 'file' || encoding !== 'base64' || typeof content !== 'string') return null;
  return Buffer.from(content, 'base64').toString('utf8');
}

function isContentsEntry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.type === 'string' && typeof entry.path === 'string' && typeof entry.sha === 'string';
}

function toApiError(operation: string, err: unknown, token: string): GitHubApiError {
  if (err instanceof GitHubApiError) return err;
  const status = statusOf(err);
  const answered = status !== null && hasResponse(err);
  const said = answered ? githubMessageOf(err) : messageOf(err);
  return new GitHubApiError({
    operation,
    status: answered ? status : 0,
    githubMessage: scrub(said, token),
    retryAfter: retryAfterOf(err),
  });
}

/** GitHub's `message`, and each validation error's; '' for an HTML error page. */
function githubMessageOf(err: unknown): string {
  const data = (err as { response?: { data?: unknown } }).response?.data;
  if (typeof data === 'string') return /^\s*</.test(data) ? '' : data.trim().slice(0, 300);
  if (typeof data !== 'object' || data === null) return '';
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const details = Array.isArray(errors)
    ? errors
        .map((e: unknown) => (typeof e === 'string' ? e : typeof e === 'object' && e !== null ? errorDetail(e as Record<string, unknown>) : ''))
        .filter((detail) => detail !== '')
    : [];
  const head = typeof message === 'string' ? message : '';
  return details.length > 0 ? `${head}${head ? ': ' : ''}${details.join('; ')}` : head;
}

function errorDetail(e: Record<string, unknown>): string {
  if (typeof e.message === 'string') return e.message;
  return [e.resource, e.field, e.code].filter((part) => typeof part === 'string').join(' ');
}

/** Never let the token into a message, even if something echoed it. */
function scrub(text: string, token: string): string {
  return token.length >= 4 ? text.split(token).join('***') : text;
}

function statusOf(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function hasResponse(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { response?: unknown }).response !== undefined;
}

function headersOf(err: unknown): Record<string, string | undefined> {
  return (err as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers ?? {};
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function retryAfterOf(err: unknown): number | null {
  const value = headersOf(err)['retry-after'];
  if (value === undefined) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** `GET /repos/octo/app/pulls/7/files`: method and path (no host, no query). */
function describeRequest(request: { method?: string; url?: string }): string {
  const parameters = request as Record<string, unknown>;
  const url = (request.url ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = parameters[name];
    return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(String(value)) : whole;
  });
  let path = url;
  try {
    path = decodeURI(new URL(url, 'http://github.invalid').pathname);
  } catch {
    // keep it as it is
  }
  return `${request.method ?? 'GET'} ${path}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
