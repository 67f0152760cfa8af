import { GitHubApiError, type GitHubApi, type IssueComment } from './api.js';

export interface StickyCommentRequest {
  /** The pull request (or issue) number. */
  issue: number;
  /**
   * The hidden line that names this comment, e.g. `<!-- stagecraft:report key=… -->`: one sticky comment
   * per marker. Prepended to `body` and `fallbackBody` when they lack it.
   */
  marker: string;
  /**
   * Whose comments may be edited or deleted: the login the token posts as (`github-actions[bot]` for the
   * workflow's GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub App's token, the user for a personal token).
   */
  author: string;
  body: string;
  /** A short comment, posted instead when GitHub refuses `body` with 422 (too long: 65,536 characters). */
  fallbackBody: string;
  /** False: only update a comment that already exists (e.g. `comment: on-findings` with nothing to say). */
  create: boolean;
}

export type StickyCommentResult =
  | {
      outcome: 'created' | 'updated' | 'skipped';
      /** The comment as it now stands; null when skipped. */
      comment: IssueComment | null;
      /** Ids of duplicates of ours this run deleted (left by concurrent runs). */
      deleted: number[];
      /** Whether GitHub refused the full body (422) and `fallbackBody` was posted. */
      usedFallback: boolean;
    }
  | {
      /** forbidden: GitHub answered 403 or 404 (the token lacks a permission); failed: anything else. */
      outcome: 'forbidden' | 'failed';
      /** One or two sentences: what failed and, when forbidden, the permission to grant. */
      message: string;
    };

/**
 * Creates or updates the one comment per pull request and marker, so each run edits the same comment
 * instead of adding one. Never throws.
 *
 * Ours = a comment whose body contains `marker` and whose author is `author` (case-insensitive). Anyone
 * else's comment is never edited or deleted, even one that quotes our marker.
 * - Ours exist: the lowest id is updated; the others (left by concurrent runs) are deleted.
 * - None, and `create`: a comment is created, then the comments listed again. Two runs that both found
 *   none both create one: each then keeps the lowest id of ours, deletes the rest, and writes its body
 *   into the kept comment when that is not its own — so exactly one stays, with the last writer's body.
 * - None, and not `create`: skipped.
 * - 422 on a create or update (the body is too long): once more with `fallbackBody`.
 * - A comment that vanishes between listing and writing (404: deleted by someone, or by a concurrent
 *   run) is looked for again once; a 404 deleting a duplicate means it is already gone.
 * - Otherwise 403 or 404 → `forbidden`, naming the permission; any other failure → `failed`.
 */
export async function upsertStickyComment(api: GitHubApi, request: StickyCommentRequest): Promise<StickyCommentResult> {
  const session = new Upsert(api, request);
  try {
    return await session.run();
  } catch (err) {
    return failure(err, session.step, request.issue);
  }
}

type Step = 'list' | 'create' | 'update' | 'delete';

class Upsert {
  /** What was being done when it failed. */
  step: Step = 'list';
  private usedFallback = false;
  private readonly body: string;
  private readonly fallbackBody: string;
  private readonly author: string;

  constructor(
    private readonly api: GitHubApi,
    private readonly request: StickyCommentRequest,
  ) {
    this.body = withMarker(request.body, request.marker);
    this.fallbackBody = withMarker(request.fallbackBody, request.marker);
    this.author = request.author.toLowerCase();
  }

  async run(): Promise<StickyCommentResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once();
      } catch (err) {
        if (attempt === 1 && err instanceof Vanished) continue;
        throw err instanceof Vanished ? err.error : err;
      }
    }
  }

  private async once(): Promise<StickyCommentResult> {
    const ours = await this.listOurs();
    if (ours.length > 0) {
      const [keep, ...others] = ours as [IssueComment, ...IssueComment[]];
      const comment = await this.write('update', (text) => this.api.updateIssueComment(keep.id, text));
      return this.done('updated', comment, await this.deleteAll(others));
    }
    if (!this.request.create) return { outcome: 'skipped', comment: null, deleted: [], usedFallback: false };

    const created = await this.write('create', (text) => this.api.createIssueComment(this.request.issue, text));
    // A concurrent run may have created one too: list again (ours is in the list even if GitHub is slow to show it).
    const after = await this.listOurs();
    if (!after.some((c) => c.id === created.id)) after.push(created);
    after.sort((a, b) => a.id - b.id);
    const [keep, ...others] = after as [IssueComment, ...IssueComment[]];
    if (keep.id === created.id) return this.done('created', created, await this.deleteAll(others));
    // Another run's comment came first: it stays, with our report (the last writer's). Written before the
    // duplicates go, so the pull request never shows none.
    const comment = await this.write('update', (text) => this.api.updateIssueComment(keep.id, text));
    return this.done('updated', comment, await this.deleteAll(others));
  }

  private done(outcome: 'created' | 'updated', comment: IssueComment, deleted: number[]): StickyCommentResult {
    return { outcome, comment, deleted, usedFallback: this.usedFallback };
  }

  /** Ours, lowest id first. */
  private async listOurs(): Promise<IssueComment[]> {
    this.step = 'list';
    const comments = await this.api.listIssueComments(this.request.issue);
    return comments.filter((c) => c.body.includes(this.request.marker) && c.author.toLowerCase() === this.author).sort((a, b) => a.id - b.id);
  }

  /** A create or update; on 422, once more with the fallback body. A 404 updating means the comment vanished. */
  private async write(step: 'create' | 'update', send: (text: string) => Promise<IssueComment>): Promise<IssueComment> {
    this.step = step;
    try {
      try {
        return await send(this.body);
      } catch (err) {
        if (statusOf(err) !== 422 || this.fallbackBody === this.body) throw err;
        this.usedFallback = true;
        return await send(this.fallbackBody);
      }
    } catch (err) {
      if (step === 'update' && statusOf(err) === 404) throw new Vanished(err);
      throw err;
    }
  }

  /** Deletes duplicates of ours; one already gone (404: a concurrent run deleted it) is skipped. */
  private async deleteAll(comments: IssueComment[]): Promise<number[]> {
    this.step = 'delete';
    const deleted: number[] = [];
    for (const comment of comments) {
      try {
        await this.api.deleteIssueComment(comment.id);
        deleted.push(comment.id);
      } catch (err) {
        if (statusOf(err) !== 404) throw err;
      }
    }
    return deleted;
  }
}

/** The comment to update was not there any more (404). */
class Vanished extends Error {
  constructor(readonly error: unknown) {
    super('the comment vanished');
  }
}

const DOING: Record<Step, string> = {
  list: 'read the comments of',
  create: 'create the comment on',
  update: 'update the comment on',
  delete: 'delete a duplicate comment on',
};

function failure(err: unknown, step: Step, issue: number): StickyCommentResult {
  const status = statusOf(err);
  const reason = describeError(err, status);
  if (status === 403 || status === 404) {
    return {
      outcome: 'forbidden',
      message:
        `GitHub refused to ${DOING[step]} #${issue} (${reason}). ` +
        'The token needs `pull-requests: write` (add `permissions: pull-requests: write` to the workflow or job). ' +
        'Pull requests from forks get a read-only GITHUB_TOKEN whatever the workflow asks, so no comment can be posted on them.',
    };
  }
  return { outcome: 'failed', message: `Could not ${DOING[step]} #${issue} (${reason}).` };
}

/** `GitHub answered 403: Resource not accessible by integration`, `no answer from GitHub: …`, or the error's message. */
function describeError(err: unknown, status: number | null): string {
  if (err instanceof GitHubApiError) {
    const said = err.githubMessage ? `: ${err.githubMessage}` : '';
    return err.status === 0 ? `no answer from GitHub${said}` : `GitHub answered ${err.status}${said}`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return status === null ? message : `GitHub answered ${status}: ${message}`;
}

function withMarker(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

function statusOf(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}
