import { createHash } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the GitHub REST API on 127.0.0.1, answering what Stagecraft asks as GitHub does (status
 * codes, Link pagination, page caps, the 65,536-character comment limit, raw and base64 contents). Only
 * node:http; one instance can serve the test's process and a child process (the bundled action) at once.
 *
 * ```ts
 * const gh = await GitHubApiStandIn.start();
 * gh.pulls.set(7, { headSha: 'h', baseSha: 'b' });
 * // GITHUB_API_URL = gh.apiUrl (= gh.url unless a prefix was given)
 * await gh.close();
 * ```
 */

export interface StandInComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
  html_url: string;
  /** The issue or pull request number it is on (not part of GitHub's JSON). */
  issue: number;
}

export interface RecordedRequest {
  method: string;
  /** The URL's path as received (percent-encoded, with the prefix if any), without the query. */
  path: string;
  query: URLSearchParams;
  /** The JSON body parsed; the text when it is not JSON; undefined when empty. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** Date.now() when it arrived. */
  receivedAt: number;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface StandInOptions {
  owner?: string;
  repo?: string;
  /** The login created comments are attributed to (default `github-actions[bot]`). */
  tokenLogin?: string;
  /** A path every REST route sits under, as on GitHub Enterprise Server: `/api/v3`. Default none. */
  prefix?: string;
}

export interface RequestMatch {
  /** Case-insensitive; any method when absent. */
  method?: string;
  /** Tested against the path as received and the path without the prefix; any path when absent. */
  path?: RegExp;
}

export interface CannedResponse {
  status: number;
  /** JSON unless a string (sent as text/html). Default: GitHub's shape, `{ message, documentation_url }`. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** GitHub answers at most this many pull request files, on any number of pages. */
const PULL_FILES_CAP = 3000;
/** An issue comment's body may have at most this many characters. */
const COMMENT_BODY_LIMIT = 65536;
const DOCS = 'https://docs.github.com/rest';

export class GitHubApiStandIn {
  /** `http://127.0.0.1:<port>`, without the prefix. */
  readonly url: string;
  /** Where the REST API is: `url` + prefix. Use it as GITHUB_API_URL. */
  readonly apiUrl: string;
  /** `${url}/graphql`; with a prefix `/api/v3`, `${url}/api/graphql` as on GitHub Enterprise Server. */
  readonly graphqlUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly prefix: string;
  /** Every request, in the order they arrived (before any delay). */
  readonly requests: RecordedRequest[] = [];
  /** The login created comments are attributed to. */
  tokenLogin: string;
  /** Served by GET /repos/:o/:r/pulls/:n/files (at most 100 a page, 3,000 in all). */
  pullFiles = new Map<number, PullFile[]>();
  /** Served by GET /repos/:o/:r/pulls/:n. */
  pulls = new Map<number, { headSha: string; baseSha: string }>();
  /** sha (or any ref name) → (path → text): the contents API (`?ref=`; `HEAD` when absent) and git trees. */
  files = new Map<string, Map<string, string>>();
  /** `<base>...<head>` → their merge base: served by GET /repos/:o/:r/compare/:base...:head (404 when absent). */
  mergeBases = new Map<string, string>();

  private readonly server: Server;
  private readonly store = new Map<number, StandInComment>();
  private nextId = 1001;
  private readonly failures: { match: RequestMatch; response: CannedResponse; remaining: number }[] = [];
  private readonly delays: { match: RequestMatch; ms: number }[] = [];

  private constructor(server: Server, options: StandInOptions) {
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.prefix = (options.prefix ?? '').replace(/\/+$/, '');
    this.apiUrl = this.url + this.prefix;
    this.graphqlUrl = `${this.url}${this.prefix.replace(/\/v3$/, '')}/graphql`;
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'octo-repo';
    this.tokenLogin = options.tokenLogin ?? 'github-actions[bot]';
  }

  static async start(options: StandInOptions = {}): Promise<GitHubApiStandIn> {
    let standIn: GitHubApiStandIn | null = null;
    const server = createServer((req, res) => {
      void standIn!.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) send(res, 500, { message: `stand-in error: ${err instanceof Error ? err.message : String(err)}` });
        else res.end();
      });
    });
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    standIn = new GitHubApiStandIn(server, options);
    return standIn;
  }

  /** A comment as if someone posted it (`type` Bot when the login ends in `[bot]`, unless given). */
  addComment(issue: number, body: string, login: string, type?: 'Bot' | 'User'): StandInComment {
    const now = timestamp();
    const id = this.nextId++;
    const comment: StandInComment = {
      id,
      body,
      user: { login, type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User') },
      created_at: now,
      updated_at: now,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
      issue,
    };
    this.store.set(id, comment);
    return { ...comment, user: { ...comment.user } };
  }

  /** The comments now on an issue, lowest id first (copies). */
  comments(issue: number): StandInComment[] {
    return [...this.store.values()]
      .filter((c) => c.issue === issue)
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ ...c, user: { ...c.user } }));
  }

  /** The next `times` (default 1) matching requests get `response` instead of their answer. */
  failNext(match: RequestMatch, response: CannedResponse, times = 1): void {
    this.failures.push({ match, response, remaining: times });
  }

  /** Delay (ms) before answering matching requests, to make concurrent runs interleave. Stays until close. */
  delay(match: RequestMatch, ms: number): void {
    this.delays.push({ match, ms });
  }

  /** The recorded requests with this method and a path (without the prefix) matching. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method.toUpperCase() && (path.test(r.path) || path.test(this.unprefixed(r.path) ?? '')));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private unprefixed(path: string): string | null {
    if (!this.prefix) return path;
    return path === this.prefix || path.startsWith(`${this.prefix}/`) ? path.slice(this.prefix.length) : null;
  }

  private matches(match: RequestMatch, method: string, path: string): boolean {
    if (match.method && match.method.toUpperCase() !== method) return false;
    if (!match.path) return true;
    const bare = this.unprefixed(path);
    return match.path.test(path) || (bare !== null && match.path.test(bare));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const parsed = new URL(req.url ?? '/', this.url);
    const path = parsed.pathname;
    const text = await readBody(req);
    let body: unknown = undefined;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    this.requests.push({ method, path, query: parsed.searchParams, body, headers: { ...req.headers }, receivedAt });

    for (const { match, ms } of this.delays) if (this.matches(match, method, path)) await sleep(ms);

    if (!req.headers.authorization) return send(res, 401, { message: 'Requires authentication', documentation_url: DOCS });

    const failure = this.failures.find((f) => f.remaining > 0 && this.matches(f.match, method, path));
    if (failure) {
      failure.remaining--;
      const { status, body: canned, headers } = failure.response;
      return send(res, status, canned === undefined ? { message: STATUS_CODES[status] ?? 'Error', documentation_url: DOCS } : canned, headers);
    }

    if (method === 'POST' && (path === '/graphql' || path === `${this.prefix}/graphql` || path === this.graphqlUrl.slice(this.url.length))) {
      return send(res, 200, { data: {} });
    }
    const bare = this.unprefixed(path);
    if (bare === null) return notFound(res);
    const route = this.route(method, bare, parsed.searchParams, body, req.headers.accept ?? '');
    return route ? send(res, route.status, route.body, route.headers) : notFound(res);
  }

  /** The answer for a REST route, or null: 404. */
  private route(method: string, path: string, query: URLSearchParams, body: unknown, accept: string): Answer | null {
    const repoPath = `/repos/${this.owner}/${this.repo}/`.toLowerCase();
    if (!path.toLowerCase().startsWith(repoPath)) return null;
    const rest = path.slice(repoPath.length);
    let m: RegExpMatchArray | null;

    if ((m = rest.match(/^pulls\/(\d+)$/)) && method === 'GET') return this.getPull(Number(m[1]));
    if ((m = rest.match(/^pulls\/(\d+)\/files$/)) && method === 'GET') {
      const pull = Number(m[1]);
      const files = this.pullFiles.get(pull) ?? (this.pulls.has(pull) ? [] : null);
      if (files === null) return null;
      return this.page(path, query, files.slice(0, PULL_FILES_CAP), pullFileJson);
    }
    if ((m = rest.match(/^issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.page(path, query, this.comments(issue).map((c) => this.commentJson(c)));
      if (method === 'POST') {
        const invalid = validateBody(body, 'create-an-issue-comment');
        if (invalid) return invalid;
        const comment = this.addComment(issue, (body as { body: string }).body, this.tokenLogin);
        return { status: 201, body: this.commentJson(comment), headers: { location: `${this.apiUrl}${repoPath}issues/comments/${comment.id}` } };
      }
      return null;
    }
    if ((m = rest.match(/^issues\/comments\/(\d+)$/))) {
      const comment = this.store.get(Number(m[1]));
      if (!comment) return null;
      if (method === 'GET') return { status: 200, body: this.commentJson(comment) };
      if (method === 'PATCH') {
        const invalid = validateBody(body, 'update-an-issue-comment');
        if (invalid) return invalid;
        comment.body = (body as { body: string }).body;
        comment.updated_at = timestamp();
        return { status: 200, body: this.commentJson(comment) };
      }
      if (method === 'DELETE') {
        this.store.delete(comment.id);
        return { status: 204, body: null };
      }
      return null;
    }
    if ((m = rest.match(/^compare\/([^/]+)$/)) && method === 'GET') return this.compare(decodeURIComponent(m[1]!));
    if ((m = rest.match(/^contents(?:\/(.*))?$/)) && method === 'GET') return this.contents(decodeURIComponent(m[1] ?? ''), query.get('ref') ?? 'HEAD', accept);
    if ((m = rest.match(/^git\/trees\/([^/]+)$/)) && method === 'GET') return this.tree(decodeURIComponent(m[1]!), query.get('recursive'));
    return null;
  }

  private getPull(number: number): Answer | null {
    const pull = this.pulls.get(number);
    if (!pull) return null;
    return {
      status: 200,
      body: {
        url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/pulls/${number}`,
        id: 100000 + number,
        number,
        state: 'open',
        html_url: `https://github.com/${this.owner}/${this.repo}/pull/${number}`,
        head: { sha: pull.headSha, ref: `feature-${number}`, label: `${this.owner}:feature-${number}` },
        base: { sha: pull.baseSha, ref: 'main', label: `${this.owner}:main` },
        changed_files: Math.min(this.pullFiles.get(number)?.length ?? 0, PULL_FILES_CAP),
      },
    };
  }

  /** The compare API as far as a merge base goes: no commits or files are listed. */
  private compare(basehead: string): Answer {
    const [base = '', head = ''] = basehead.split('...');
    const mergeBase = this.mergeBases.get(`${base}...${head}`);
    if (!mergeBase) return { status: 404, body: { message: 'Not Found', documentation_url: `${DOCS}/commits/commits#compare-two-commits`, status: '404' } };
    const commit = (sha: string) => ({ sha, url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/commits/${sha}`, commit: { message: '' } });
    return {
      status: 200,
      body: {
        url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/compare/${basehead}`,
        status: mergeBase === head ? 'behind' : mergeBase === base ? 'ahead' : 'diverged',
        base_commit: commit(base),
        merge_base_commit: commit(mergeBase),
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
        commits: [],
        files: [],
      },
    };
  }

  /** One page of a list, `per_page` (default 30, at most 100) from `page` (default 1), with GitHub's Link header. */
  private page<T>(path: string, query: URLSearchParams, items: T[], toJson: (item: T) => unknown = (item) => item): Answer {
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page')) || 30));
    const page = Math.max(1, Number(query.get('page')) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const q = new URLSearchParams(query);
      q.set('per_page', String(perPage));
      q.set('page', String(n));
      return `<${this.apiUrl}${path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage).map(toJson), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  private contents(path: string, ref: string, accept: string): Answer | null {
    const tree = this.files.get(ref);
    if (!tree) return { status: 404, body: { message: `No commit found for the ref ${ref}`, documentation_url: DOCS } };
    const clean = path.replace(/^\/+|\/+$/g, '');
    const text = tree.get(clean);
    if (text !== undefined) {
      if (/application\/vnd\.github(?:\.v3)?\.raw/i.test(accept)) return { status: 200, body: text, headers: { 'content-type': 'text/plain; charset=utf-8' } };
      return { status: 200, body: this.fileJson(ref, clean, text, true) };
    }
    // A folder: its entries as JSON (folders have no raw form, whatever the Accept header asks).
    const entries = directoryEntries(tree, clean);
    if (entries.length === 0) return null;
    return {
      status: 200,
      body: entries.map(({ name, path: entryPath, isDir }) =>
        isDir ? { type: 'dir', name, path: entryPath, sha: gitSha(entryPath), size: 0 } : this.fileJson(ref, entryPath, tree.get(entryPath)!, false),
      ),
    };
  }

  private fileJson(ref: string, path: string, text: string, withContent: boolean): Record<string, unknown> {
    const base64 = Buffer.from(text, 'utf8').toString('base64');
    return {
      type: 'file',
      name: path.split('/').pop(),
      path,
      sha: gitSha(text),
      size: Buffer.byteLength(text),
      url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/contents/${path}?ref=${ref}`,
      ...(withContent ? { encoding: 'base64', content: base64.replace(/.{60}/g, '$&\n') } : {}),
    };
  }

  private tree(sha: string, recursive: string | null): Answer | null {
    const tree = this.files.get(sha);
    if (!tree) return null;
    const entries = new Map<string, Record<string, unknown>>();
    for (const [path, text] of tree) {
      const parts = path.split('/');
      if (recursive === null && parts.length > 1) {
        entries.set(parts[0]!, { path: parts[0], mode: '040000', type: 'tree', sha: gitSha(parts[0]!) });
        continue;
      }
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        entries.set(dir, { path: dir, mode: '040000', type: 'tree', sha: gitSha(dir) });
      }
      entries.set(path, { path, mode: '100644', type: 'blob', sha: gitSha(text), size: Buffer.byteLength(text) });
    }
    const listing = [...entries.values()].sort((a, b) => byCodeUnit(String(a.path), String(b.path)));
    return { status: 200, body: { sha, url: `${this.apiUrl}/repos/${this.owner}/${this.repo}/git/trees/${sha}`, tree: listing, truncated: false } };
  }

  private commentJson(comment: StandInComment): Record<string, unknown> {
    const { issue, ...fields } = comment;
    const api = `${this.apiUrl}/repos/${this.owner}/${this.repo}`;
    return {
      ...fields,
      node_id: `IC_${comment.id}`,
      url: `${api}/issues/comments/${comment.id}`,
      issue_url: `${api}/issues/${issue}`,
      user: { ...comment.user, id: loginId(comment.user.login) },
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function pullFileJson(file: PullFile): Record<string, unknown> {
  return { sha: gitSha(`${file.status}:${file.filename}`), filename: file.filename, status: file.status, additions: 1, deletions: 0, changes: 1, ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}) };
}

/** 422 as GitHub words it, or null when the body is fine. */
function validateBody(body: unknown, doc: string): Answer | null {
  const text = (body as { body?: unknown } | null)?.body;
  const documentation_url = `https://docs.github.com/rest/issues/comments#${doc}`;
  if (typeof text !== 'string') {
    return { status: 422, body: { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url, status: '422' } };
  }
  if ([...text].length > COMMENT_BODY_LIMIT) {
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)` }],
        documentation_url,
        status: '422',
      },
    };
  }
  return null;
}

function directoryEntries(tree: Map<string, string>, dir: string): { name: string; path: string; isDir: boolean }[] {
  const prefix = dir === '' ? '' : `${dir}/`;
  const seen = new Map<string, { name: string; path: string; isDir: boolean }>();
  for (const path of tree.keys()) {
    if (!path.startsWith(prefix)) continue;
    const [name, ...deeper] = path.slice(prefix.length).split('/');
    if (!name) continue;
    if (!seen.has(name)) seen.set(name, { name, path: prefix + name, isDir: deeper.length > 0 });
  }
  return [...seen.values()].sort((a, b) => byCodeUnit(a.name, b.name));
}

/** Git's order (byte order, for ASCII names), not the locale's. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const common = { 'x-github-request-id': `STANDIN:${Math.random().toString(16).slice(2, 10)}`, 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999' };
  if (status === 204 || body === null) {
    res.writeHead(status, { ...common, ...lower });
    res.end();
    return;
  }
  const isText = typeof body === 'string';
  const payload = isText ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': isText ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    ...common,
    ...lower,
    'content-length': String(Buffer.byteLength(payload)),
  });
  res.end(payload);
}

function notFound(res: ServerResponse): void {
  send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `2024-05-01T12:00:00Z`, GitHub's format (no milliseconds). */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function gitSha(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function loginId(login: string): number {
  return login === 'github-actions[bot]' ? 41898282 : parseInt(gitSha(login).slice(0, 7), 16);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
