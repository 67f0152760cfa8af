import type { FailOn } from '../../src/lint/config.js';
import type { Finding } from '../../src/lint/types.js';
import type { FileReport, LintReport } from '../../src/report/types.js';

/** A finding with sensible defaults; tests override what they are about. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  const line = overrides.line ?? 1;
  return {
    rule: 'from-as-casing',
    aliases: ['FromAsCasing'],
    severity: 'warning',
    line,
    endLine: overrides.endLine ?? line,
    column: 1,
    message: "'as' and 'FROM' keywords' casing do not match",
    stage: null,
    ...overrides,
  };
}

export function file(path: string, findings: Finding[], failOn: FailOn = 'error'): FileReport {
  return { path, findings, failOn };
}

export function report(...files: FileReport[]): LintReport {
  return { files, errors: [] };
}
