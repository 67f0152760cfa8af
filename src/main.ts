import { dirname, join, relative, resolve } from 'node:path';
import { ANNOTATIONS_PER_KIND, selectAnnotations, type AnnotationSelection } from './action/annotations.js';
import { publishComment } from './action/comment.js';
import { readContext, type RunContext } from './action/context.js';
import { selectDockerfiles } from './action/discover.js';
import { EventError, planRun, readWorkflowRun, type MergeGroupPlan, type PullRequestPlan, type RunPlan } from './action/event.js';
import { findMergeBase } from './action/merge-base.js';
import { OUTPUT_NAMES, reportOutputs, type OutputName } from './action/outputs.js';
import { publishReport } from './action/publish-report.js';
import { decideVerdict, withUnreadableFiles, type Verdict } from './action/report.js';
import { actionsCoreIO, appendJobSummary, nodeFileSystem, type ActionIO, type FileSystem } from './action/runner.js';
import { createBuildxBakePrinter } from './builds/buildx.js';
import { formatNotice } from './builds/types.js';
import { namedContext } from './builds/place.js';
import { discoverRepositoryBuilds, diskRepoFiles, explicitConfigAt } from './files/builds.js';
import { lintFiles, relativeTo, type LintFilesOptions } from './files/lint-files.js';
import { openRepository, type GitRepository } from './git/repository.js';
import type { GitHubApi } from './github/api.js';
import { createGitHubApi, type GitHubApiOptions } from './github/client.js';
import { buildStageGraph, renderMermaid } from './graph/index.js';
import { InputError, parseInputs, type ActionInputs } from './inputs.js';
import { renderComment, type CommentOptions } from './report/comment.js';
import { renderJson } from './report/json.js';
import { renderSummary, STEP_SUMMARY_LIMIT_BYTES, type StageGraphBlock } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { reviewChange, ReviewError, type ReviewEdges, type ReviewRequest } from './review/review-change.js';
import type { LintReport } from './report/types.js';
import { VERSION } from './version.js';
import { actionsCommandRunner } from './docker/actions-runner.js';
import { applyImageComparisons, imageVerdict } from './docker/review-builds.js';
import type { CommandRunner } from './docker/runner.js';
import { reviewImageBuilds, type ReviewImageBuilds } from './action/image-builds.js';
import { phaseClock } from './action/phase-clock.js';

export interface RunDependencies {
  io: ActionIO;
  fs: FileSystem;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The checkout's repository, when the folder is a git work tree. */
  openGit(dir: string): GitRepository | null;
  /** The REST API with this run's token. */
  connectGitHub(options: GitHubApiOptions): GitHubApi;
  /** Runs docker and git for `build: true`. */
  commands?: CommandRunner;
}

const RUNNER: RunDependencies = {
  io: actionsCoreIO,
  fs: nodeFileSystem,
  env: process.env,
  cwd: process.cwd(),
  openGit: openRepository,
  connectGitHub: createGitHubApi,
  commands: actionsCommandRunner,
};

/**
 * The action: inputs → the change under review → lint (head and base) → report → publish (log,
 * annotations, SARIF and JSON files, outputs, job summary, PR comment) → verdict. Never throws: a mistake
 * in the workflow or an unexpected error fails the step with one line saying what happened (the stack
 * goes to the debug log).
 */
export async function run(deps: RunDependencies = RUNNER): Promise<void> {
  try {
    await reviewAndPublish(deps);
  } catch (err) {
    if (err instanceof InputError) {
      deps.io.setFailed(err.message);
      return;
    }
    if (err instanceof ReviewError || err instanceof EventError) {
      deps.io.setFailed(`Stagecraft: ${err.message}`);
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    deps.io.debug(err instanceof Error && err.stack ? err.stack : message);
    deps.io.setFailed(`Stagecraft stopped on an unexpected error: ${message}. Please report it, with the Dockerfile if you can.`);
  }
}

async function reviewAndPublish(deps: RunDependencies): Promise<void> {
  const { io, fs, env, cwd } = deps;
  const clock = phaseClock();
  clock.mark('start-up');
  const context = readContext(env, cwd);
  const inputs = parseInputs((name) => io.getInput(name), { workspace: context.workspace, runnerTemp: context.runnerTemp, pathKind: fs.pathKind });
  for (const secret of inputs.build?.secrets ?? []) io.setSecret?.(secret.value);
  const github = inputs.githubToken && context.repository ? deps.connectGitHub({ token: inputs.githubToken, ...context.repository, apiUrl: context.apiUrl, log: (line) => io.info(line) }) : null;
  if (inputs.mode === 'publish-report') {
    await publishReport(inputs, context, readWorkflowRun(context.eventName, readPayload(context, fs, io)), { io, fs, github });
    return;
  }
  const root = repositoryRoot(inputs.workingDirectory, context.workspace, fs);
  const plan = readPlan(context, fs, io);
  // pull_request_target: the head is untrusted and never in the checkout; it is read as data.
  const untrustedHead = plan.kind === 'pull-request' && plan.headSource === 'data' ? plan : null;

  const runNotices: string[] = [];
  let patternWarnings = 0;
  let buildTimings: string | null = null;
  let report: LintReport;
  if (plan.kind === 'pull-request' || plan.kind === 'merge-group') {
    io.info(describePlan(plan));
    const edges: ReviewEdges = {
      root,
      git: openGitOrNull(deps, root, io),
      github,
      listFiles: (dir) => fs.listFiles(dir),
      tempDir: context.runnerTemp,
      notice: (text) => runNotices.push(text),
      info: (text) => io.info(text),
      bake: createBuildxBakePrinter(),
      buildNotice: (text) => io.notice(`Stagecraft: ${text}`),
    };
    const request = reviewRequest(plan, inputs);
    const builds = reviewBuilds(inputs, root, request, untrustedHead, deps, context.runnerTemp, runNotices);
    if (builds) edges.changesKnown = (changes) => builds.start(changes);
    if (untrustedHead) {
      runNotices.push(readAsDataNotice(untrustedHead, inputs.build?.allowUntrustedBuild === true));
      request.base.sha = await findMergeBase(untrustedHead.baseSha, untrustedHead.headSha, edges);
      io.info(`Comparing with the merge base ${request.base.sha.slice(0, 12)} of the head and ${untrustedHead.baseRef ?? 'the base branch'}.`);
    }
    if (inputs.build && !builds) runNotices.push('pull_request_target: no image was built — the head is untrusted code (set allow-untrusted-build: true to build it anyway); the check stands on the lint.');
    try {
      report = await reviewChange(request, edges);
    } catch (err) {
      // Builds already under way clean up after themselves before the run fails.
      await builds?.finished().catch(() => null);
      throw err;
    }
    clock.mark('review');
    if (builds) {
      applyImageComparisons(report, await builds.finished());
      clock.mark('waiting for the builds');
      buildTimings = builds.timings();
    }
  } else {
    if (plan.kind === 'other') runNotices.push(`The ${plan.event} event has no change to review: every Dockerfile matching "dockerfiles" was linted, and every finding is judged.`);
    const { paths, warnings } = findDockerfiles(inputs, root, io, fs);
    const builds = await discoverRepositoryBuilds(diskRepoFiles(root), { explicitConfig: explicitConfigAt(root, inputs.config), bake: createBuildxBakePrinter() });
    for (const notice of builds.notices) io.notice(`Stagecraft: ${formatNotice(notice)}`);
    report = await lintFiles(paths, { root, configPath: inputs.config, failOn: inputs.failOn, builds, displayPath: relativeTo(root), ...lintOverrides(inputs) });
    patternWarnings = warnings;
  }
  report = withUnreadableFiles(report, inputs.failOn);
  if (runNotices.length > 0) report.notices = [...runNotices, ...(report.notices ?? [])];
  const verdict = withImageVerdict(decideVerdict(report, inputs.failOn), report);

  io.group(`Stagecraft: ${report.files.length} Dockerfile${report.files.length === 1 ? '' : 's'} ${report.review ? 'reviewed' : 'linted'}`, renderText(report, { color: true }));
  const notices = report.notices ?? [];
  for (const notice of notices) io.notice(`Stagecraft: ${notice}`);
  // The failure reason and the run's own warnings and notices take annotation slots too: keep room for them.
  const limits = {
    error: ANNOTATIONS_PER_KIND - (verdict.failed ? 1 : 0),
    warning: ANNOTATIONS_PER_KIND - patternWarnings,
    notice: ANNOTATIONS_PER_KIND - notices.length - 1,
  };
  const annotations = inputs.annotations ? selectAnnotations(report, context.docsBase, limits) : null;
  annotations?.annotations.forEach((a) => io.annotate(a));

  writeReports(report, inputs, context, root, fs, untrustedHead === null);
  const outputs = { ...reportOutputs(report, { root, workingDirectory: inputs.workingDirectory }), sarif: inputs.sarifFile, report: inputs.reportFile };

  // Line links point at the commit linted: the checkout's, or the head a pull_request_target run read as data.
  const lineUrl = untrustedHead ? context.lineUrlAt(untrustedHead.headSha) : context.lineUrl;
  const commentOptions = {
    key: inputs.commentKey,
    docsBase: context.docsBase,
    lineUrl: lineUrl ?? undefined,
    failOn: inputs.failOn,
    version: VERSION,
    runUrl: context.runUrl,
  };
  const comment = plan.kind === 'pull-request' ? await publishComment(report, plan.number, inputs, github, commentOptions, { info: (t) => io.info(t), notice: (t) => io.notice(t) }) : null;
  const all: Partial<Record<OutputName, string>> = { ...outputs, 'comment-id': comment ? String(comment.id) : '', 'comment-url': comment?.url ?? '' };
  for (const name of OUTPUT_NAMES) io.setOutput(name, all[name] ?? '');

  if (inputs.jobSummary) await publishSummary(report, inputs, context, annotations, commentOptions, io);

  clock.mark('publishing');
  io.debug(`Timings: ${clock.text()}${buildTimings ? `; ${buildTimings}` : ''}.`);
  if (verdict.failed) io.setFailed(verdict.message);
  else io.info(verdict.message);
}

/**
 * `build: true` in a review: the images, built while the change is linted. Under pull_request_target
 * the head is untrusted and is built only with allow-untrusted-build (null otherwise).
 */
function reviewBuilds(inputs: ActionInputs, root: string, request: ReviewRequest, untrustedHead: PullRequestPlan | null, deps: RunDependencies, tempDir: string, runNotices: string[]): ReviewImageBuilds | null {
  const build = inputs.build;
  if (!build || (untrustedHead && !build.allowUntrustedBuild)) return null;
  // The base is read when the builds start: a pull_request_target run moves it to the merge base first.
  return reviewImageBuilds(build, root, () => request.base.sha, untrustedHead?.headSha ?? null, {
    io: deps.io,
    runner: deps.commands ?? actionsCommandRunner,
    tempDir,
    notice: (text) => runNotices.push(text),
  });
}

/** The lint's verdict, failed too when a head image does not build or grows past max-size-increase. */
function withImageVerdict(verdict: Verdict, report: LintReport): Verdict {
  const images = imageVerdict(report);
  if (!images) return verdict;
  return verdict.failed ? { failed: true, message: `${verdict.message} ${images.replace(/^Stagecraft: /, 'Also: ')}` } : { failed: true, message: images };
}

/** The event payload (GITHUB_EVENT_PATH); null when there is none or it is not JSON (with a warning). */
function readPayload(context: RunContext, fs: FileSystem, io: ActionIO): unknown {
  const text = context.eventPath ? fs.readText(context.eventPath) : null;
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    io.warning(`Stagecraft: the event payload (${context.eventPath}) is not JSON.`);
    return null;
  }
}

/** What this run reviews; a payload that cannot be reviewed is linted in full, with a notice. */
function readPlan(context: RunContext, fs: FileSystem, io: ActionIO): RunPlan {
  const payload = readPayload(context, fs, io);
  try {
    return planRun(context.eventName, payload, context.sha);
  } catch (err) {
    if (!(err instanceof EventError)) throw err;
    io.warning(`Stagecraft: ${err.message}; linting every Dockerfile instead of reviewing the change.`);
    return { kind: 'other', event: context.eventName || 'unknown' };
  }
}

/** The checkout's repository; when git cannot open it (not installed, "dubious ownership" in a container job), the API reads the base instead. */
function openGitOrNull(deps: RunDependencies, root: string, io: ActionIO): GitRepository | null {
  try {
    return deps.openGit(root);
  } catch (err) {
    io.info(`git cannot read the checkout (${err instanceof Error ? err.message : String(err)}): the base is read through the REST API.`);
    return null;
  }
}

function reviewRequest(plan: PullRequestPlan | MergeGroupPlan, inputs: ActionInputs): ReviewRequest {
  const isPull = plan.kind === 'pull-request';
  return {
    event: plan.event,
    base: { sha: plan.baseSha, ref: plan.baseRef },
    // pull_request_target: the head is untrusted, read as data; the checkout (the base branch) stays as it is.
    head: isPull && plan.headSource === 'data' ? { sha: plan.headSha, ref: plan.headRef, source: 'revision' } : { sha: plan.headSha, ref: plan.headRef },
    pullRequest: isPull ? { number: plan.number, url: plan.url, changedFiles: plan.changedFiles, ...(plan.pullHeadSha ? { headSha: plan.pullHeadSha } : {}) } : null,
    workingDirectory: inputs.workingDirectory,
    patterns: inputs.dockerfiles,
    config: inputs.config,
    failOn: inputs.failOn,
    changedOnly: inputs.changedOnly,
    failOnScope: inputs.failOnScope,
    buildOverrides: lintOverrides(inputs),
  };
}

/**
 * With build: the images are built for the `target` input, with the `build-args` and `build-contexts`
 * inputs, so the lint judges that target as the shipped image, built that way.
 */
function lintOverrides(inputs: ActionInputs): Pick<LintFilesOptions, 'target' | 'buildArgs' | 'buildContexts'> {
  if (!inputs.build) return {};
  // The input's lines are checked `NAME=value` (src/inputs.ts).
  const buildContexts = inputs.build.buildContexts.map((line) => {
    const equals = line.indexOf('=');
    return namedContext(line.slice(0, equals), line.slice(equals + 1));
  });
  return { target: inputs.build.target, buildArgs: inputs.build.buildArgs, buildContexts };
}

function describePlan(plan: PullRequestPlan | MergeGroupPlan): string {
  const what = plan.kind === 'pull-request' ? `pull request #${plan.number}` : 'merge group';
  const readAsData = plan.kind === 'pull-request' && plan.headSource === 'data' ? ' (pull_request_target: the head is read as data, never checked out or run)' : '';
  return `Reviewing ${what}: ${plan.headSha.slice(0, 12)} against the base ${plan.baseRef ?? ''} ${plan.baseSha.slice(0, 12)}${readAsData}.`.replace(/ {2}/g, ' ');
}

/**
 * Said in the log and the comment: under pull_request_target the head was read as data, and built only
 * when the workflow opted in with allow-untrusted-build (from a worktree of the head commit, the checkout untouched).
 */
function readAsDataNotice(plan: PullRequestPlan, built: boolean): string {
  const head = `pull_request_target: the head ${plan.headSha.slice(0, 12)} of pull request #${plan.number}`;
  const linted = 'its Dockerfiles and settings files were read as data (git objects or the API) and linted';
  if (built) return `${head} was built from a worktree of its commit, as allow-untrusted-build is true (the checkout was left as it is); ${linted}.`;
  return `${head} was read, not run — ${linted}; nothing from it was checked out, built or executed.`;
}

/**
 * Absolute paths of the Dockerfiles to lint; warns about patterns that matched nothing (returning how
 * many warnings that made) and notices when the whole search found nothing.
 */
function findDockerfiles(inputs: ActionInputs, root: string, io: ActionIO, fs: FileSystem): { paths: string[]; warnings: number } {
  const where = relative(root, inputs.workingDirectory) || 'the repository';
  const selection = selectDockerfiles(fs.listFiles(inputs.workingDirectory), inputs.dockerfiles);
  for (const pattern of selection.unmatched) io.warning(`dockerfiles: "${pattern}" matched no file in ${where}.`);
  if (selection.files.length === 0) {
    const searched = inputs.dockerfiles.include.length > 0 ? `matching ${inputs.dockerfiles.include.join(', ')}` : 'named Dockerfile, *.Dockerfile, Containerfile or similar';
    io.notice(`Stagecraft: no Dockerfiles ${searched} in ${where}; nothing to lint.`);
  }
  return { paths: selection.files.map((rel) => resolve(inputs.workingDirectory, rel)), warnings: selection.unmatched.length };
}

/**
 * The repository root, for repository-relative paths in annotations and SARIF: the nearest folder with
 * `.git` from the working directory up to the workspace (a checkout with `path:` puts it below), else
 * the workspace.
 */
export function repositoryRoot(workingDirectory: string, workspace: string, fs: Pick<FileSystem, 'pathKind'>): string {
  for (let dir = workingDirectory; ; dir = dirname(dir)) {
    if (fs.pathKind(join(dir, '.git')) !== 'missing') return dir;
    if (dir === workspace || dirname(dir) === dir || relative(workspace, dir).startsWith('..')) return workspace;
  }
}

function writeReports(report: LintReport, inputs: ActionInputs, context: RunContext, root: string, fs: FileSystem, headInCheckout: boolean): void {
  // SARIF fingerprints hash the flagged lines: the checkout's, or the text read as data when the head is not checked out.
  const linted = new Map(report.files.map((f) => [f.path, f.dockerfile?.text ?? null]));
  const sourceText = (path: string) => (headInCheckout ? fs.readText(resolve(root, path)) : (linted.get(path) ?? null));
  fs.writeFile(inputs.sarifFile, renderSarif(report, { root, cwd: root, docsBase: context.docsBase, sourceText }));
  fs.writeFile(inputs.reportFile, renderJson(report));
}

/** The stage graph of every multi-stage Dockerfile (a single stage is its own picture). */
function stageGraphs(report: LintReport): Map<string, StageGraphBlock> {
  const graphs = new Map<string, StageGraphBlock>();
  for (const file of report.files) {
    if (!file.dockerfile || file.dockerfile.stages.length < 2) continue;
    const rendering = renderMermaid(buildStageGraph(file.dockerfile, { target: file.build?.targets ?? null }));
    graphs.set(file.path, { mermaid: rendering.text, notes: rendering.notes, legend: rendering.legend });
  }
  return graphs;
}

/**
 * The job summary. A review gets the comment's view (new, existing and fixed findings, the base→head
 * graph) with the summary's larger budget; a plain lint the full list of findings per file.
 */
async function publishSummary(report: LintReport, inputs: ActionInputs, context: RunContext, annotations: AnnotationSelection | null, commentOptions: CommentOptions, io: ActionIO): Promise<void> {
  const markdown = report.review
    ? renderComment(report, { ...commentOptions, runUrl: null, maxChars: STEP_SUMMARY_LIMIT_BYTES / 2 })
    : renderSummary(report, {
        docsBase: context.docsBase,
        lineUrl: context.lineUrl ?? undefined,
        failOn: inputs.failOn,
        version: VERSION,
        omittedAnnotations: annotations?.omitted,
        graphs: stageGraphs(report),
      });
  await appendJobSummary(io, markdown);
}
