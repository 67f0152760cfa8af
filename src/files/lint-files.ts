import { relative, resolve } from 'node:path';
import { parseDockerfile } from '../dockerfile/index.js';
import { ConfigError, type FailOn } from '../lint/config.js';
import { lintDockerfile } from '../lint/engine.js';
import type { Rule } from '../lint/types.js';
import type { FileReport, LintReport } from '../report/types.js';
import { ConfigLoader, readDockerignore } from './config-files.js';
import { readDockerfileText } from './read.js';

export interface LintFilesOptions {
  /** Repository root: config discovery stops here. */
  root: string;
  /** An explicit `.stagecraft.yml` (CLI `--config`, action input `config`). */
  configPath?: string | null;
  /** Overrides every file's `fail-on`. */
  failOn?: FailOn | null;
  target?: string | null;
  rules?: readonly Rule[];
  /** How a path is shown in reports; defaults to the path as given, with forward slashes. */
  displayPath?: (path: string) => string;
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

/**
 * Lints each file on its own: one unreadable file or broken configuration is reported for that file
 * and the others are still linted.
 */
export function lintFiles(paths: string[], options: LintFilesOptions): LintReport {
  const loader = new ConfigLoader(options.root, options.configPath ?? null);
  const show = options.displayPath ?? ((p: string) => p.split('\\').join('/').replace(/^\.\//, ''));
  const report: LintReport = { files: [], errors: [] };
  for (const path of paths) {
    const display = show(path);
    const read = readDockerfileText(path);
    if (!read.ok) {
      report.errors.push({ path: display, message: read.message });
      continue;
    }
    let file: FileReport;
    try {
      const config = loader.configFor(path);
      const df = parseDockerfile(read.text, { path: display });
      // A binary file has nothing to parse: its one problem says so, without "no instructions" beside it.
      if (read.binary) df.problems.length = 0;
      df.problems.unshift(...read.problems);
      const findings = lintDockerfile(df, { config, target: options.target, dockerignore: readDockerignore(path), rules: options.rules });
      file = { path: display, findings, failOn: options.failOn ?? config.failOn };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      file = { path: display, findings: [configErrorFinding(err)], failOn: options.failOn ?? 'error' };
    }
    report.files.push(file);
  }
  return report;
}

/** Paths relative to a root, for reports (`services/api/Dockerfile`). */
export function relativeTo(root: string): (path: string) => string {
  return (path) => relative(root, resolve(path)).split('\\').join('/') || path;
}
