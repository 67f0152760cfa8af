/**
 * `mode: publish-report`: the second half of the two-workflow pattern for pull requests from forks. The
 * `pull_request` workflow lints with a read-only token and uploads its JSON report as an artifact; a
 * `workflow_run` workflow, which has a write token but never touches the pull request's code, downloads it
 * and runs this to post the sticky comment.
 *
 * Everything in the report is the pull request author's to forge (they control the run that made it), so
 * it is treated as untrusted input: size-capped, validated against the schema, escaped by the comment
 * renderer, and published only while the pull request's head is still the commit GitHub says the
 * uploading run was for — the report cannot pick another pull request or outlive a newer push.
 */
import type { GitHubApi } from '../github/api.js';
import type { ActionInputs } from '../inputs.js';
import { renderComment, type CommentOptions } from '../report/comment.js';
import { STEP_SUMMARY_LIMIT_BYTES } from '../report/markdown.js';
import { publishComment, type PostedComment } from './comment.js';
import type { LineUrl, RunContext } from './context.js';
import type { WorkflowRunPlan } from './event.js';
import { OUTPUT_NAMES } from './outputs.js';
import { appendJobSummary, type ActionIO, type FileSystem } from './runner.js';
import { checkReportMatchesRun, inferFailOn, InvalidReportError, lintReportFromJson, parseUntrustedReport, REPORT_MAX_BYTES, type PullRequestReport } from './untrusted-report.js';

export interface PublishEdges {
  io: ActionIO;
  fs: FileSystem;
  /** The REST API with the workflow_run job's token; null without one. */
  github: GitHubApi | null;
}

/**
 * Publishes the report at `inputs.reportPath` on the pull request it names, or says in a notice why not.
 * Sets `comment-id` and `comment-url` (every other output empty). The step passes whatever the findings
 * — the lint run's own check already judged them — and fails only on a report that cannot be published
 * (unreadable, too large, not JSON, invalid against the schema, about another commit), naming the problem.
 */
export async function publishReport(inputs: ActionInputs, context: RunContext, run: WorkflowRunPlan, edges: PublishEdges): Promise<void> {
  const { io } = edges;
  let comment: PostedComment | null = null;
  let failure: string | null = null;
  try {
    comment = await publishFromReport(inputs, context, run, edges);
  } catch (err) {
    if (!(err instanceof InvalidReportError)) throw err;
    failure = `Stagecraft: the report ${inputs.reportPath ?? ''} cannot be published: ${err.message}. Nothing was posted.`;
  }
  for (const name of OUTPUT_NAMES) io.setOutput(name, name === 'comment-id' ? (comment ? String(comment.id) : '') : name === 'comment-url' ? (comment?.url ?? '') : '');
  if (failure) io.setFailed(failure);
}

async function publishFromReport(inputs: ActionInputs, context: RunContext, run: WorkflowRunPlan, edges: PublishEdges): Promise<PostedComment | null> {
  const { io, github } = edges;
  const log = { info: (text: string) => io.info(text), notice: (text: string) => io.notice(text) };
  if (run.event !== null && run.event !== 'pull_request') {
    io.notice(`Stagecraft: workflow run ${run.runId} was started by a ${run.event} event, not by a pull request: there is no comment to publish.`);
    return null;
  }
  io.info(`Publishing the report of workflow run ${run.runId} (commit ${run.headSha.slice(0, 12)}) from ${inputs.reportPath}: untrusted input, so size-capped, validated against the report schema and escaped.`);
  const report = checkReportMatchesRun(readReport(inputs.reportPath!, edges.fs), run);
  const pull = report.review.pullRequest;
  if (inputs.comment === 'false') {
    io.info('comment: false — nothing to publish.');
    return null;
  }
  if (!github) {
    io.notice('Stagecraft: no github-token, so the report was not published.');
    return null;
  }
  if (!(await stillTheHead(github, report, run, io))) return null;

  const judgedBy = inferFailOn(report, inputs.failOn);
  if (judgedBy === null) io.info("The report's files had different fail-on thresholds: the comment's verdict judges them by error, the default.");
  const lint = lintReportFromJson(report, judgedBy ?? 'error');
  const options: CommentOptions = {
    key: inputs.commentKey,
    docsBase: context.docsBase,
    // The lines the lint run linked: review.head.sha is the commit it linted (a pull_request's merge commit).
    lineUrl: plainPathsOnly(context.lineUrlAt(report.review.head.sha)),
    failOn: inputs.failOn,
    version: report.tool.version,
    runUrl: run.url,
  };
  const comment = await publishComment(lint, pull.number, inputs, github, options, log);
  if (inputs.jobSummary) await appendJobSummary(io, renderComment(lint, { ...options, maxChars: STEP_SUMMARY_LIMIT_BYTES / 2 }));
  io.info(`Stagecraft: published the review of pull request #${pull.number} at ${run.headSha.slice(0, 12)}; the lint run's check says whether it passes.`);
  return comment;
}

/**
 * Line links for repository paths only: the report's paths are the author's to choose, and `../..` in
 * one would make the link lead elsewhere on the server once the browser resolves it.
 */
function plainPathsOnly(lineUrl: LineUrl | null): CommentOptions['lineUrl'] {
  if (!lineUrl) return undefined;
  return (path, line, endLine) => (path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') ? lineUrl(path, line, endLine) : null);
}

/** The report's text, capped before it is parsed, then parsed and validated. */
function readReport(path: string, fs: FileSystem) {
  const read = fs.readTextUpTo(path, REPORT_MAX_BYTES);
  if (read === null) throw new InvalidReportError('the file cannot be read');
  if ('size' in read) throw new InvalidReportError(`it is ${read.size} bytes, more than the ${REPORT_MAX_BYTES} a Stagecraft report may have`);
  return parseUntrustedReport(read.text);
}

/**
 * Whether the pull request the report names still has, as its head, the commit the uploading run was for
 * (`workflow_run.head_sha`, which GitHub sets, not the report). A newer push means a newer run publishes
 * its own report; a pull request that does not exist, or whose head is another commit, means the report
 * names the wrong one. Either way a notice, and nothing is posted.
 */
async function stillTheHead(github: GitHubApi, report: PullRequestReport, run: WorkflowRunPlan, io: ActionIO): Promise<boolean> {
  const number = report.review.pullRequest.number;
  let headSha: string;
  try {
    headSha = (await github.getPullRequest(number)).headSha.toLowerCase();
  } catch (err) {
    io.notice(`Stagecraft: pull request #${number} could not be read (${err instanceof Error ? err.message : String(err)}), so the report was not published.`);
    return false;
  }
  if (headSha === run.headSha) return true;
  io.notice(
    `Stagecraft: pull request #${number}'s head is now ${headSha.slice(0, 12)}, not ${run.headSha.slice(0, 12)} which the report is about: nothing was published ` +
      '(a newer push has its own run; a report naming the wrong pull request is never posted).',
  );
  return false;
}
