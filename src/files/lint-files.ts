import { relative, resolve } from 'node:path';
import { describeDefinition, effectiveBuild, type EffectiveBuild } from '../builds/effective.js';
import type { BuildDiscovery } from '../builds/types.js';
import { findTargets, parseDockerfile, type Dockerfile } from '../dockerfile/index.js';
import { ConfigError, type EffectiveConfig, type FailOn } from '../lint/config.js';
import { lintDockerfile } from '../lint/engine.js';
import { RULES } from '../lint/registry.js';
import { shellcheck as shellcheckRule } from '../lint/rules/shellcheck.js';
import { runShellcheckForFiles, type ShellcheckResults, type ShellcheckRunner } from '../lint/shellcheck/index.js';
import type { Rule } from '../lint/types.js';
import type { FileReport, LintReport } from '../report/types.js';
import { ConfigLoader, readContextPackageJson, readDockerignoreOf } from './config-files.js';
import { LintBudget } from './budget.js';
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
}

function internalErrorFinding(err: unknown) {
  return {
    rule: 'internal-error',
    aliases: [],
    severity: 'error' as const,
    line: 1,
    endLine: 1,
    column: 1,
    message: `Stagecraft could not read this file (${err instanceof Error ? err.message : String(err)}); please report it`,
    stage: null,
  };
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
  | { kind: 'parsed'; path: string; display: string; df: Dockerfile; config: EffectiveConfig }
  | { kind: 'failed'; file: FileReport };

/**
 * Lints each file on its own: one unreadable file or broken configuration is reported for that file
 * and the others are still linted. Every file is parsed first so that ShellCheck reads the RUN scripts
 * of all of them in a few batches on every core; its notice (not installed) comes back in `notices`.
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
      const df = parseDockerfile(read.text, { path: display });
      // A binary or oversized file has nothing to parse: its one problem says so, without "no instructions" beside it.
      if (read.skipped) df.problems.length = 0;
      df.problems.unshift(...read.problems);
      prepared.push({ kind: 'parsed', path, display, df: budget.admit(df), config });
    } catch (err) {
      // A broken configuration, or a bug of ours on this one file: reported on it, the others carry on.
      const finding = err instanceof ConfigError ? configErrorFinding(err) : internalErrorFinding(err);
      prepared.push({ kind: 'failed', file: { path: display, findings: [finding], failOn: options.failOn ?? 'error' } });
    }
  }

  const dockerfiles = prepared.flatMap((p) => (p.kind === 'parsed' ? [p.df] : []));
  const scripts = await checkRunScripts(dockerfiles, options);
  const notices = [...scripts.notices];
  for (const entry of prepared) {
    if (entry.kind === 'failed') {
      report.files.push(entry.file);
      continue;
    }
    const { path, display, df, config } = entry;
    const build = effectiveBuild(repositoryPath(options.root, path), options.builds ?? null, { target: options.target ?? null, args: options.buildArgs ?? null });
    notices.push(...unknownTargetNotices(df, build, display));
    const externalFindings = new Map([[shellcheckRule.id, scripts.findings.get(df.path) ?? []]]);
    const dockerignore = readDockerignoreOf(options.root, build);
    const packageJson = readContextPackageJson(options.root, build);
    const findings = lintDockerfile(df, { config, target: build.targets, dockerignore, packageJson, rules: options.rules, externalFindings });
    report.files.push({ path: display, findings, failOn: options.failOn ?? config.failOn, dockerfile: df, build });
  }
  if (notices.length > 0) report.notices = notices;
  return report;
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
