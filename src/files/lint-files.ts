import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { describeDefinition, effectiveBuild, type EffectiveBuild } from '../builds/effective.js';
import type { BuildDiscovery, NamedContext } from '../builds/types.js';
import { findTargets, type Dockerfile } from '../dockerfile/index.js';
import { ConfigError, type FailOn } from '../lint/config.js';
import { RULES } from '../lint/registry.js';
import { shellcheck as shellcheckRule } from '../lint/rules/shellcheck.js';
import { runShellcheckForFiles, type ShellcheckResults, type ShellcheckRunner } from '../lint/shellcheck/index.js';
import type { Rule } from '../lint/types.js';
import type { FileReport, LintReport } from '../report/types.js';
import { ConfigLoader } from './config-files.js';
import { LintBudget } from './budget.js';
import { admittedModel, modelOfJob, runLintJob, type LintJob } from './lint-job.js';
import { internalErrorFinding } from '../lint/engine.js';
import { lintWorkerSettings, startLintPool, workerCount, type LintPool, type LintWorkerSettings } from './lint-workers.js';
import { readDockerfileText } from './read.js';
import { createShellcheckRunner } from './shellcheck-runner.js';

export interface LintFilesOptions {
  /** Repository root: config discovery stops here. */
  root: string;
  /** An explicit `.stagecraft.yml` (CLI `--config`, action input `config`). */
  configPath?: string | null;
  /** Overrides every file's `fail-on`. */
  failOn?: FailOn | null;
  /** The build target the user gave (`--target`): it wins over every build definition's targets. */
  target?: string | null;
  /** Build args the user gave (the action's `build-args`): set on top of each build definition's args. */
  buildArgs?: Readonly<Record<string, string>> | null;
  /** Named contexts the user gave (the action's `build-contexts`): they replace a build definition's of the same name. */
  buildContexts?: readonly NamedContext[] | null;
  /**
   * How the repository's Dockerfiles are built (`discoverRepositoryBuilds`), with paths relative to
   * `root`: their contexts, `.dockerignore` and targets. Absent: each Dockerfile's folder and last stage.
   */
  builds?: BuildDiscovery | null;
  rules?: readonly Rule[];
  /** How a path is shown in reports; defaults to the path as given, with forward slashes. */
  displayPath?: (path: string) => string;
  /** Runs ShellCheck on RUN scripts: null skips it; by default the `shellcheck` on PATH, when there is one. */
  shellcheck?: ShellcheckRunner | null;
  /** Worker threads for the rules; by default what the entry point set (`useLintWorkers`). Ignored with `rules`, which cannot be sent to a worker. */
  workers?: LintWorkerSettings;
}

function configErrorFinding(err: ConfigError) {
  return {
    rule: 'config-error',
    aliases: [],
    severity: 'error' as const,
    line: 1,
    endLine: 1,
    column: 1,
    message: err.message,
    stage: null,
  };
}

/** A file read and parsed, waiting for its lint; or its configuration error, already a report. */
type Prepared =
  | { kind: 'parsed'; path: string; df: Dockerfile; job: Omit<LintJob, 'build' | 'shellcheck'> }
  | { kind: 'failed'; file: FileReport };

/**
 * Lints each file on its own: one unreadable file or broken configuration is reported for that file
 * and the others are still linted. Every file is parsed first so that ShellCheck reads the RUN scripts
 * of all of them in a few batches on every core; its notice (not installed) comes back in `notices`.
 * Then the rules run, in worker threads when the run has enough files (`workerCount`): the reports
 * are the same, in the same order, either way.
 */
export async function lintFiles(paths: string[], options: LintFilesOptions): Promise<LintReport> {
  const loader = new ConfigLoader(options.root, options.configPath ?? null);
  const show = options.displayPath ?? ((p: string) => p.split('\\').join('/').replace(/^\.\//, ''));
  const report: LintReport = { files: [], errors: [] };
  const prepared: Prepared[] = [];
  const budget = new LintBudget();
  for (const path of paths) {
    const display = show(path);
    const read = readDockerfileText(path);
    if (!read.ok) {
      report.errors.push({ path: display, message: read.message });
      continue;
    }
    try {
      const config = loader.configFor(path);
      const file = { display, text: read.text, readProblems: read.problems, skipped: read.skipped ?? false };
      const parsed = modelOfJob(file);
      const notLinted = budget.refusal(parsed);
      // A file left out is not sent to a worker to be parsed again.
      const job = { ...file, text: notLinted === null ? file.text : '', notLinted, config, root: options.root };
      prepared.push({ kind: 'parsed', path, df: admittedModel(job, parsed), job });
    } catch (err) {
      // A broken configuration, or a bug of ours on this one file: reported on it, the others carry on.
      const finding = err instanceof ConfigError ? configErrorFinding(err) : internalErrorFinding(`Stagecraft could not read this file (${err instanceof Error ? err.message : String(err)}); please report it`);
      prepared.push({ kind: 'failed', file: { path: display, findings: [finding], failOn: options.failOn ?? 'error' } });
    }
  }

  const parsed = prepared.flatMap((p) => (p.kind === 'parsed' ? [p] : []));
  // Started before ShellCheck so they load while it runs; ShellCheck's own processes are done before they lint.
  const workers = options.rules ? null : lintWorkersFor(parsed.length, options.workers ?? lintWorkerSettings());
  try {
    const scripts = await checkRunScripts(
      parsed.map((p) => p.df),
      options,
    );
    const notices = [...scripts.notices];
    const jobs: LintJob[] = parsed.map(({ path, df, job }) => {
      const build = effectiveBuild(repositoryPath(options.root, path), options.builds ?? null, { target: options.target ?? null, args: options.buildArgs ?? null, contexts: options.buildContexts ?? null });
      notices.push(...unknownTargetNotices(df, build, job.display));
      return { ...job, build, shellcheck: scripts.findings.get(df.path) ?? [] };
    });
    const inProcess = (i: number) => runLintJob(jobs[i]!, parsed[i]!.df, options.rules);
    const findings = workers ? await workers.lint(jobs, inProcess) : jobs.map((_, i) => inProcess(i));
    let next = 0;
    for (const entry of prepared) {
      if (entry.kind === 'failed') {
        report.files.push(entry.file);
        continue;
      }
      const job = jobs[next]!;
      report.files.push({ path: job.display, findings: findings[next]!, failOn: options.failOn ?? job.config.failOn, dockerfile: entry.df, build: job.build });
      next++;
    }
    if (notices.length > 0) report.notices = notices;
    return report;
  } finally {
    await workers?.close();
  }
}

/** The worker pool for a run of `files` files, or null to lint in this thread. */
function lintWorkersFor(files: number, settings: LintWorkerSettings): LintPool | null {
  if (settings.file === null) return null;
  const size = workerCount(files, settings.jobs, availableParallelism());
  return size > 0 ? startLintPool(settings.file, size) : null;
}

/** A path below the root as the build definitions name it: relative and `/`-separated. */
function repositoryPath(root: string, path: string): string {
  return relative(resolve(root), resolve(path)).split('\\').join('/');
}

/** A definition whose target the Dockerfile does not have: its build would fail, so the notice says where it is. */
function unknownTargetNotices(df: Dockerfile, build: EffectiveBuild, display: string): string[] {
  const notices: string[] = [];
  for (const target of build.targets) {
    if (target === null || findTargets(df, [target]).length > 0 || df.stages.length === 0) continue;
    const definition = build.definitions.find((d) => d.targets.includes(target));
    const who = build.overridden || !definition ? 'the target given' : `${describeDefinition(definition)}: the target`;
    notices.push(`${display}: ${who} ${JSON.stringify(target)} matches no stage of this Dockerfile: the other targets are linted`);
  }
  return notices;
}

/** ShellCheck over every RUN script, once; nothing when the rule is not in play or no runner is given. */
async function checkRunScripts(dockerfiles: Dockerfile[], options: LintFilesOptions): Promise<ShellcheckResults> {
  const runner = options.shellcheck === undefined ? createShellcheckRunner() : options.shellcheck;
  const inPlay = (options.rules ?? RULES).some((r) => r.id === shellcheckRule.id);
  if (!runner || !inPlay) return { findings: new Map(), notices: [] };
  try {
    return await runShellcheckForFiles(dockerfiles, runner);
  } catch (err) {
    // A script the mapping cannot handle must not cost the other findings.
    return { findings: new Map(), notices: [`ShellCheck results could not be used (${err instanceof Error ? err.message : String(err)}): SC checks skipped`] };
  }
}

/** Paths relative to a root, for reports (`services/api/Dockerfile`). */
export function relativeTo(root: string): (path: string) => string {
  return (path) => relative(root, resolve(path)).split('\\').join('/') || path;
}
