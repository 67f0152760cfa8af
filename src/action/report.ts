import type { FailOn } from '../lint/config.js';
import type { Finding } from '../lint/types.js';
import type { LintReport } from '../report/types.js';
import { countBySeverity, failingFindings } from '../report/verdict.js';

/**
 * A file that matched but could not be read becomes an error finding on that file, so the annotations,
 * the summary, SARIF, JSON and the verdict all show it like any other problem.
 */
export function withUnreadableFiles(report: LintReport, failOn: FailOn | null): LintReport {
  const unreadable = report.errors.map((e) => ({
    path: e.path,
    failOn: failOn ?? 'error',
    findings: [
      {
        rule: 'unreadable-file',
        aliases: [],
        severity: 'error',
        line: 1,
        endLine: 1,
        column: 1,
        message: e.message,
        stage: null,
      } satisfies Finding,
    ],
  }));
  const files = [...report.files, ...unreadable].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...report, files, errors: [] };
}

export interface Verdict {
  failed: boolean;
  /** One line for `core.setFailed` or the log. */
  message: string;
}

function plural(n: number, word: string): string {
  // `info` and `style` read as labels: "2 info", "3 style".
  return `${n} ${word}${n === 1 || word === 'info' || word === 'style' ? '' : 's'}`;
}

/** Whether the run fails: some finding reaches its file's `fail-on` (the input overrides every file's). */
export function decideVerdict(report: LintReport, failOn: FailOn | null): Verdict {
  const failing = failingFindings(report);
  const files = report.files.filter((f) => f.findings.some((x) => failing.includes(x))).length;
  const threshold = failOn === null ? "their file's fail-on" : `fail-on: ${failOn}`;
  // In a review with fail-on-scope: new, only what the change brings is judged, and the message says so.
  const judgingNew = report.review?.failOnScope === 'new';
  const finding = judgingNew ? 'new finding' : 'finding';
  if (failing.length === 0) {
    const total = report.files.reduce((n, f) => n + (judgingNew && f.review ? f.review.newFindings.length : f.findings.length), 0);
    return { failed: false, message: `Stagecraft: ${plural(total, finding)} in ${plural(report.files.length, 'Dockerfile')}, none at or above ${threshold}.` };
  }
  const counts = countBySeverity(failing);
  const breakdown = (['error', 'warning', 'info', 'style'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => plural(counts[s], s))
    .join(', ');
  return {
    failed: true,
    message: `Stagecraft: ${plural(failing.length, finding)} at or above ${threshold} (${breakdown}) in ${plural(files, 'Dockerfile')}; see the annotations and the job summary.`,
  };
}
