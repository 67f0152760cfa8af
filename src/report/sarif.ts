import type { LintReport } from './types.js';

export interface SarifOptions {
  /** Repository root: artifact URIs are relative to it. */
  root: string;
  /** Folder the report paths are relative to. */
  cwd: string;
}

/** SARIF 2.1.0 for GitHub code scanning. */
export function renderSarif(report: LintReport, options: SarifOptions): string {
  void options;
  return JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'stagecraft' } }, results: report.files.length }] });
}
