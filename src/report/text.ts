import { relatedLineText } from '../lint/related.js';
import type { Finding, Severity } from '../lint/types.js';
import type { LintReport } from './types.js';
import { countBySeverity } from './verdict.js';

export interface TextOptions {
  color: boolean;
}

const CODES = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, dim: 2, cyan: 36, green: 32 } as const;
type Style = keyof typeof CODES;

export function painter(color: boolean) {
  return (style: Style, text: string) => (color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text);
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', style: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Control characters from the file would repaint the terminal: show them escaped. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatFindingLine(f: Finding, paint: ReturnType<typeof painter>): string {
  const where = `${f.line}:${f.column}`.padEnd(7);
  const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
  const codes = f.aliases.length > 0 ? `${f.rule} (${f.aliases.join(', ')})` : f.rule;
  const related = (f.related ?? []).map((r) => `\n  ${' '.repeat(7)} ${' '.repeat(7)} ${paint('dim', terminalSafe(relatedLineText(r)))}`).join('');
  return `  ${paint('dim', where)} ${severity} ${terminalSafe(f.message)}  ${paint('gray', codes)}${related}`;
}

/** Human-readable output: findings grouped by file, a total at the end. */
export function renderText(report: LintReport, options: TextOptions): string {
  const paint = painter(options.color);
  const out: string[] = [];
  const all: Finding[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    all.push(...file.findings);
    out.push(paint('bold', terminalSafe(file.path)));
    const existing = new Set(file.review?.existingFindings ?? []);
    for (const f of file.findings) out.push(formatFindingLine(f, paint) + (existing.has(f) ? paint('dim', '  (existing)') : ''));
    out.push('');
  }
  const counts = countBySeverity(all);
  const parts = (['error', 'warning', 'info', 'style'] as const).filter((s) => counts[s] > 0).map((s) => plural(counts[s], s));
  const checked = plural(report.files.length, 'file');
  if (all.length === 0) out.push(paint('green', `✔ no findings in ${checked}`));
  else out.push(paint('bold', `✖ ${plural(all.length, 'finding')} (${parts.join(', ')}) in ${checked}`));
  if (report.review) {
    const reviewed = report.files.flatMap((f) => (f.review ? [f.review] : []));
    const count = (pick: (r: (typeof reviewed)[number]) => unknown[]) => reviewed.reduce((n, r) => n + pick(r).length, 0);
    out.push(`  compared with ${terminalSafe(report.review.base.ref ?? report.review.base.sha.slice(0, 12))}: ${count((r) => r.newFindings)} new, ${count((r) => r.existingFindings)} existing, ${count((r) => r.fixedFindings)} fixed`);
  }
  return out.join('\n') + '\n';
}
