import { relative, resolve } from 'node:path';
import { targetComparisons } from '../docker/delta.js';
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
  'base-size',
  'head-size',
  'size-delta-bytes',
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
    ...sizeOutputs(report),
  };
}

/**
 * Sums over the images whose base and head were both built and compared — each target of a Dockerfile
 * built for several counts once —; empty when none was.
 */
function sizeOutputs(report: LintReport): Partial<Record<OutputName, string>> {
  let base = 0;
  let head = 0;
  let compared = 0;
  for (const { image } of report.files.flatMap((file) => (file.image ? targetComparisons(file.image) : []))) {
    if (!image.delta || image.base.status !== 'built' || image.head.status !== 'built') continue;
    base += image.base.image.bytes;
    head += image.head.image.bytes;
    compared++;
  }
  if (compared === 0) return {};
  return { 'base-size': String(base), 'head-size': String(head), 'size-delta-bytes': String(head - base) };
}
