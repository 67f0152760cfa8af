import type { EffectiveBuild } from '../builds/effective.js';
import { parseDockerfile, type Dockerfile } from '../dockerfile/index.js';
import type { EffectiveConfig } from '../lint/config.js';
import { internalErrorFinding, lintDockerfile } from '../lint/engine.js';
import { shellcheck as shellcheckRule } from '../lint/rules/shellcheck.js';
import type { Finding, FindingInput, Rule } from '../lint/types.js';
import { notLinted } from './budget.js';
import { readContextPackageJson, readDockerignoreOf } from './config-files.js';

/**
 * Everything the lint of one file needs, as plain data, so that a worker thread can run it: the text
 * the model is rebuilt from (the main thread keeps its own model for the report), the configuration and
 * build the main thread resolved, and ShellCheck's findings, which the main thread gathers for the whole
 * run at once.
 */
export interface LintJob {
  /** The path as reports show it, which the model carries. */
  display: string;
  text: string;
  /** What reading the file found (invalid UTF-8, a binary file…), before the parser's problems. */
  readProblems: { line: number; message: string }[];
  /** A binary or oversized file: nothing was read to parse. */
  skipped: boolean;
  /** Why the run's budget left this file out (`LintBudget.refusal`), or null. */
  notLinted: string | null;
  config: EffectiveConfig;
  /** Repository root: where the build's `.dockerignore` and `package.json` are read from. */
  root: string;
  build: EffectiveBuild;
  shellcheck: FindingInput[];
}

/** The model a job's file stands for: the same whether it is built in the main thread or a worker. */
export function modelOfJob(job: Pick<LintJob, 'display' | 'text' | 'readProblems' | 'skipped'>): Dockerfile {
  const df = parseDockerfile(job.text, { path: job.display });
  // A binary or oversized file has nothing to parse: its one problem says so, without "no instructions" beside it.
  if (job.skipped) df.problems.length = 0;
  df.problems.unshift(...job.readProblems);
  return df;
}

/** The model after the budget's verdict: an empty one saying why when the file is left out. */
export function admittedModel(job: Pick<LintJob, 'display' | 'text' | 'readProblems' | 'skipped' | 'notLinted'>, parsed?: Dockerfile): Dockerfile {
  return job.notLinted === null ? (parsed ?? modelOfJob(job)) : notLinted(job.display, job.notLinted);
}

/**
 * Lints one file. `df` is the model when the caller has it already (in-process); a worker rebuilds it.
 * A bug of ours on this file becomes a finding on it, so the other files are still linted.
 */
export function runLintJob(job: LintJob, df: Dockerfile = admittedModel(job), rules?: readonly Rule[]): Finding[] {
  try {
    const dockerignore = readDockerignoreOf(job.root, job.build);
    const packageJson = readContextPackageJson(job.root, job.build);
    const externalFindings = new Map([[shellcheckRule.id, job.shellcheck]]);
    return lintDockerfile(df, { config: job.config, target: job.build.targets, dockerignore, packageJson, namedContexts: job.build.namedContexts, rules, externalFindings });
  } catch (err) {
    return [internalErrorFinding(`Stagecraft could not lint ${job.display} (${err instanceof Error ? err.message : String(err)}); please report it`)];
  }
}
