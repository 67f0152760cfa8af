import type { Finding } from '../lint/types.js';
import type { LintReport } from './types.js';

export interface JsonFinding {
  rule: string;
  aliases: string[];
  severity: Finding['severity'];
  line: number;
  endLine: number;
  column: number;
  message: string;
  stage: string | number | null;
}

export interface JsonReport {
  files: { path: string; findings: JsonFinding[] }[];
}

/** The `--format json` document: field names are a public contract (see docs/json-output.md). */
export function toJson(report: LintReport): JsonReport {
  return {
    files: report.files.map((file) => ({
      path: file.path,
      findings: file.findings.map((f) => ({
        rule: f.rule,
        aliases: f.aliases,
        severity: f.severity,
        line: f.line,
        endLine: f.endLine,
        column: f.column,
        message: f.message,
        stage: f.stage,
      })),
    })),
  };
}

export function renderJson(report: LintReport): string {
  return JSON.stringify(toJson(report), null, 2) + '\n';
}
