import { dirname, join, relative, resolve } from 'node:path';
import { ANNOTATIONS_PER_KIND, selectAnnotations, type AnnotationSelection } from './action/annotations.js';
import { readContext, type RunContext } from './action/context.js';
import { selectDockerfiles } from './action/discover.js';
import { decideVerdict, withUnreadableFiles } from './action/report.js';
import { actionsCoreIO, nodeFileSystem, type ActionIO, type FileSystem } from './action/runner.js';
import { lintFiles, relativeTo } from './files/lint-files.js';
import { buildStageGraph, renderMermaid } from './graph/index.js';
import { InputError, parseInputs, type ActionInputs } from './inputs.js';
import { renderJson } from './report/json.js';
import { renderSummary, type StageGraphBlock } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import type { LintReport } from './report/types.js';
import { countBySeverity } from './report/verdict.js';
import { VERSION } from './version.js';

export interface RunDependencies {
  io: ActionIO;
  fs: FileSystem;
  env: Record<string, string | undefined>;
  cwd: string;
}

const RUNNER: RunDependencies = { io: actionsCoreIO, fs: nodeFileSystem, env: process.env, cwd: process.cwd() };

/**
 * The action: inputs → Dockerfiles → lint → report → publish (log, annotations, SARIF and JSON files,
 * outputs, job summary) → verdict. Never throws: a mistake in the workflow or an unexpected error
 * fails the step with one line saying what happened (the stack goes to the debug log).
 */
export async function run(deps: RunDependencies = RUNNER): Promise<void> {
  try {
    await lintAndPublish(deps);
  } catch (err) {
    if (err instanceof InputError) {
      deps.io.setFailed(err.message);
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    deps.io.debug(err instanceof Error && err.stack ? err.stack : message);
    deps.io.setFailed(`Stagecraft stopped on an unexpected error: ${message}. Please report it, with the Dockerfile if you can.`);
  }
}

async function lintAndPublish({ io, fs, env, cwd }: RunDependencies): Promise<void> {
  const context = readContext(env, cwd);
  const inputs = parseInputs((name) => io.getInput(name), { workspace: context.workspace, runnerTemp: context.runnerTemp, pathKind: fs.pathKind });
  const root = repositoryRoot(inputs.workingDirectory, context.workspace, fs);

  const { paths, warnings } = findDockerfiles(inputs, root, io, fs);
  const linted = lintFiles(paths, { root, configPath: inputs.config, failOn: inputs.failOn, displayPath: relativeTo(root) });
  const report = withUnreadableFiles(linted, inputs.failOn);
  const verdict = decideVerdict(report, inputs.failOn);

  io.group(`Stagecraft: ${report.files.length} Dockerfile${report.files.length === 1 ? '' : 's'} linted`, renderText(report, { color: true }));
  const notices = report.notices ?? [];
  for (const notice of notices) io.notice(`Stagecraft: ${notice}`);
  // The failure reason and the run's own warnings and notices take annotation slots too: keep room for them.
  const limits = {
    error: ANNOTATIONS_PER_KIND - (verdict.failed ? 1 : 0),
    warning: ANNOTATIONS_PER_KIND - warnings,
    notice: ANNOTATIONS_PER_KIND - notices.length,
  };
  const annotations = inputs.annotations ? selectAnnotations(report, context.docsBase, limits) : null;
  annotations?.annotations.forEach((a) => io.annotate(a));

  writeReports(report, inputs, context, root, fs);
  const counts = countBySeverity(report.files.flatMap((f) => f.findings));
  io.setOutput('findings', String(counts.error + counts.warning + counts.info + counts.style));
  io.setOutput('errors', String(counts.error));
  io.setOutput('sarif', inputs.sarifFile);
  io.setOutput('report', inputs.reportFile);

  if (inputs.jobSummary) await publishSummary(report, inputs, context, annotations, io);

  if (verdict.failed) io.setFailed(verdict.message);
  else io.info(verdict.message);
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

function writeReports(report: LintReport, inputs: ActionInputs, context: RunContext, root: string, fs: FileSystem): void {
  const sourceText = (path: string) => fs.readText(resolve(root, path));
  fs.writeFile(inputs.sarifFile, renderSarif(report, { root, cwd: root, docsBase: context.docsBase, sourceText }));
  fs.writeFile(inputs.reportFile, renderJson(report));
}

/** The stage graph of every multi-stage Dockerfile (a single stage is its own picture). */
function stageGraphs(report: LintReport): Map<string, StageGraphBlock> {
  const graphs = new Map<string, StageGraphBlock>();
  for (const file of report.files) {
    if (!file.dockerfile || file.dockerfile.stages.length < 2) continue;
    const rendering = renderMermaid(buildStageGraph(file.dockerfile));
    graphs.set(file.path, { mermaid: rendering.text, notes: rendering.notes, legend: rendering.legend });
  }
  return graphs;
}

async function publishSummary(report: LintReport, inputs: ActionInputs, context: RunContext, annotations: AnnotationSelection | null, io: ActionIO): Promise<void> {
  const markdown = renderSummary(report, {
    docsBase: context.docsBase,
    lineUrl: context.lineUrl ?? undefined,
    failOn: inputs.failOn,
    version: VERSION,
    omittedAnnotations: annotations?.omitted,
    graphs: stageGraphs(report),
  });
  try {
    await io.appendSummary(markdown);
  } catch (err) {
    // Outside GitHub Actions (or on a runner without job summaries) there is no summary file: not worth failing for.
    io.warning(`Stagecraft: the job summary could not be written (${err instanceof Error ? err.message : String(err)}).`);
  }
}
