import type { FailOn } from '../lint/config.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../lint/types.js';
import type { FileReport, LintReport } from './types.js';

/** Whether a finding reaches a `fail-on` threshold. */
export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

/**
 * The findings `fail-on` judges: in a review with `fail-on-scope: new`, a reviewed file's new findings;
 * otherwise every finding.
 */
export function judgedFindings(report: LintReport, file: FileReport): Finding[] {
  if (report.review?.failOnScope === 'new' && file.review) return file.review.newFindings;
  return file.findings;
}

/** The findings that fail the check, each judged by its own file's threshold. */
export function failingFindings(report: LintReport): Finding[] {
  return report.files.flatMap((file) => judgedFindings(report, file).filter((f) => reaches(f.severity, file.failOn)));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
