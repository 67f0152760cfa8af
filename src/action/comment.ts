import type { GitHubApi } from '../github/api.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import type { ActionInputs } from '../inputs.js';
import { commentHasFindings, commentMarker, renderComment, renderMinimalComment, type CommentOptions } from '../report/comment.js';
import type { LintReport } from '../report/types.js';

export interface PostedComment {
  id: number;
  url: string;
}

/**
 * Posts or updates this step's sticky comment on the pull request. An API failure is never a lint
 * failure: it becomes one notice (naming the permission when GitHub refused), and the report is still in
 * the job summary.
 */
export async function publishComment(
  report: LintReport,
  pullNumber: number,
  inputs: Pick<ActionInputs, 'comment' | 'commentKey' | 'commentAuthor'>,
  github: GitHubApi | null,
  options: CommentOptions,
  log: { info(text: string): void; notice(text: string): void },
): Promise<PostedComment | null> {
  if (inputs.comment === 'false') return null;
  if (!github) {
    log.notice('Stagecraft: no github-token, so the pull request comment was not posted (the report is in the job summary).');
    return null;
  }
  const result = await upsertStickyComment(github, {
    issue: pullNumber,
    marker: commentMarker(inputs.commentKey),
    author: inputs.commentAuthor,
    body: renderComment(report, options),
    fallbackBody: renderMinimalComment(report, options),
    create: inputs.comment === 'true' || commentHasFindings(report),
  });
  if ('message' in result) {
    log.notice(`Stagecraft: the pull request comment was not posted: ${result.message} The report is in the job summary.`);
    return null;
  }
  if (result.outcome === 'skipped') {
    log.info('comment: on-findings and nothing to say yet: no comment posted.');
    return null;
  }
  if (result.usedFallback) log.info('GitHub refused the full comment (422): posted the short version; the job summary has the details.');
  if (result.deleted.length > 0) log.info(`Removed ${result.deleted.length} duplicate Stagecraft comment(s) left by concurrent runs.`);
  if (!result.comment) return null;
  log.info(`Pull request comment ${result.outcome}: ${result.comment.url}`);
  return { id: result.comment.id, url: result.comment.url };
}
