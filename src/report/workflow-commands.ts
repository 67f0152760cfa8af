import { relatedLineText } from '../lint/related.js';
import type { Finding, Severity } from '../lint/types.js';
import type { LintReport } from './types.js';

/** GitHub's workflow-command escaping: the message part. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's workflow-command escaping: property values (also `:` and `,`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

export function annotationCommand(path: string, f: Finding): string {
  const props = [
    `file=${escapeProperty(path)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    `col=${f.column}`,
    `title=${escapeProperty(`${f.rule}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}`)}`,
  ];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(withRelatedLines(f))}`;
}

/** The message and, a line each, the lines related to it: annotations are plain text. */
export function withRelatedLines(f: Finding): string {
  return [f.message, ...(f.related ?? []).map(relatedLineText)].join('\n');
}

/** `--format github`: one workflow command per finding, for use in a `run:` step. */
export function renderWorkflowCommands(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) for (const f of file.findings) lines.push(annotationCommand(file.path, f));
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
