import { relative, resolve } from 'node:path';
import type { LintReport } from '../report/types.js';
import { countBySeverity } from '../report/verdict.js';

/** Every output `action.yml` declares (a test keeps the two lists equal). */
export const OUTPUT_NAMES = [
  'findings',
  'errors',
  'new-findings',
  'new-errors',
  'fixed-findings',
  'sarif',
  'report',
  'comment-id',
  'comment-url',
  'changed-dockerfiles',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];

/**
 * The outputs that come from the report. Without a review (push, schedule …) nothing is compared, so
 * every finding counts as new and none as fixed.
 */
export function reportOutputs(report: LintReport, paths: { root: string; workingDirectory: string }): Partial<Record<OutputName, string>> {
  const all = report.files.flatMap((f) => f.findings);
  const fresh = report.files.flatMap((f) => f.review?.newFindings ?? f.findings);
  const fixed = report.files.reduce((n, f) => n + (f.review?.fixedFindings.length ?? 0), 0);
  const reviewed = report.files
    .filter((f) => !f.review || (f.review.change.status !== 'removed' && f.review.change.status !== 'unchanged'))
    .map((f) => relative(paths.workingDirectory, resolve(paths.root, f.path)).split('\\').join('/'));
  return {
    findings: String(all.length),
    errors: String(countBySeverity(all).error),
    'new-findings': String(fresh.length),
    'new-errors': String(countBySeverity(fresh).error),
    'fixed-findings': String(fixed),
    'changed-dockerfiles': JSON.stringify(reviewed),
  };
}
