import type { FailOn } from '../lint/config.js';
import { SEVERITIES, SEVERITY_RANK } from '../lint/types.js';
import {
  codeSpan,
  countsPhrase,
  findingRow,
  graphCaption,
  htmlText,
  markdownText,
  mermaidFence,
  plural,
  severityCount,
  SEVERITY_ICON,
  worstSeverity,
  type StageGraphBlock,
} from './markdown-parts.js';
import type { FileReport, LintReport } from './types.js';
import { countBySeverity, failingFindings, reaches } from './verdict.js';

// The escaping helpers live in markdown-parts.ts (the PR comment uses them too); they are exported from here as before.
export { codeSpan, encodePath, htmlText, linkDestination, markdownText, messageMarkdown, SEVERITY_ICON, type StageGraphBlock } from './markdown-parts.js';

// ---------------------------------------------------------------------------------------------------
// The summary.
// ---------------------------------------------------------------------------------------------------

/** GitHub refuses a step summary larger than this ("supports content up to a size of 1024k"). */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export type AnnotationKind = 'error' | 'warning' | 'notice';

export interface SummaryOptions {
  /** Where rule docs live, from `docsBaseFor(GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF)`. */
  docsBase: string;
  /** A link to lines of a file at the linted revision; without it, line numbers are plain. */
  lineUrl?: (path: string, line: number, endLine: number) => string | null;
  /** `fail-on` as given to the run; null when each file's configuration decided. */
  failOn: FailOn | null;
  version: string;
  /** Annotations GitHub will not show because of its per-step limit, by kind. */
  omittedAnnotations?: Partial<Record<AnnotationKind, number>>;
  /** The byte budget; GitHub's step summary limit unless told otherwise (a PR comment's is smaller). */
  maxBytes?: number;
  /** Stage graphs to show, by file path: Mermaid text (already escaped by the graph renderer) and notes. */
  graphs?: ReadonlyMap<string, StageGraphBlock>;
}

/** A collapsed block with the graph, so a long summary stays readable and GitHub still renders it. */
function graphBlock(graph: StageGraphBlock | undefined): string {
  if (!graph) return '';
  const below = graphCaption(graph);
  return `<details><summary>Stage graph</summary>\n\n${mermaidFence(graph)}${below}${below ? '\n\n' : ''}</details>\n\n`;
}

/** Appends text while it fits, keeping room for the closing note. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  full = false;

  constructor(private readonly limit: number) {}

  add(text: string): boolean {
    if (this.full) return false;
    const size = Buffer.byteLength(text, 'utf8');
    if (this.used + size > this.limit) {
      this.full = true;
      return false;
    }
    this.parts.push(text);
    this.used += size;
    return true;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Room kept for the truncation note and the footer, which are always written. */
const RESERVED_BYTES = 2048;

/** Files with findings first, most severe first, then by path: if the summary must be cut, errors stay. */
function byUrgency(a: FileReport, b: FileReport): number {
  const rank = (f: FileReport) => {
    const worst = worstSeverity(f.findings);
    return worst === null ? SEVERITIES.length : SEVERITY_RANK[worst];
  };
  return rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

function headline(report: LintReport, options: SummaryOptions): string {
  const all = report.files.flatMap((f) => f.findings);
  const failing = failingFindings(report);
  if (report.files.length === 0) return '### Stagecraft · no Dockerfiles found\n\nNo file matched, so nothing was linted.\n\n';
  const lines = [`### Stagecraft · ${plural(report.files.length, 'Dockerfile')} linted\n\n`];
  if (all.length === 0) {
    lines.push('✅ **No findings.**\n\n');
    return lines.join('');
  }
  const counts = countBySeverity(all);
  const failingCounts = countBySeverity(failing);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => {
    const text = `${SEVERITY_ICON[s]} ${severityCount(s, counts[s])}`;
    // Bold what fails the check, so the reason for a red check is the first thing read.
    return failingCounts[s] > 0 ? `**${text}**` : text;
  });
  lines.push(`${parts.join(' · ')}\n\n`);
  const threshold = options.failOn === null ? "each file's `fail-on`" : `\`fail-on: ${options.failOn}\``;
  lines.push(
    failing.length > 0
      ? `**Failing:** ${plural(failing.length, 'finding')} at or above ${threshold}.\n\n`
      : `**Passing:** no finding reaches ${threshold}.\n\n`,
  );
  return lines.join('');
}

function overviewRows(files: readonly FileReport[]): string[] {
  return files
    .filter((f) => f.findings.length > 0)
    .map((f) => {
      const failing = f.findings.filter((x) => reaches(x.severity, f.failOn)).length;
      return `| ${SEVERITY_ICON[worstSeverity(f.findings)!]} | ${codeSpan(f.path)} | ${countsPhrase(f.findings)} | ${failing} |\n`;
    });
}

/** Clean files are listed by name only, and only so many: a monorepo may have hundreds. */
const CLEAN_FILES_LISTED = 100;

function cleanFilesBlock(files: readonly FileReport[]): string {
  const clean = files.filter((f) => f.findings.length === 0);
  if (clean.length === 0) return '';
  // A Markdown paragraph between the tags (blank lines around it), so names go in code spans, not <code>.
  const names = clean.slice(0, CLEAN_FILES_LISTED).map((f) => codeSpan(f.path));
  if (clean.length > CLEAN_FILES_LISTED) names.push(`and ${clean.length - CLEAN_FILES_LISTED} more`);
  const list = names.join(', ');
  return `<details><summary>✅ ${plural(clean.length, 'Dockerfile')} without findings</summary>\n\n${list}\n\n</details>\n\n`;
}

function omittedAnnotationsNote(omitted: SummaryOptions['omittedAnnotations']): string {
  if (!omitted) return '';
  const parts = (['error', 'warning', 'notice'] as const).filter((k) => (omitted[k] ?? 0) > 0).map((k) => plural(omitted[k]!, k));
  if (parts.length === 0) return '';
  return `> [!NOTE]\n> GitHub shows at most 10 annotations of each kind per step. Listed here but not annotated in the diff: ${parts.join(', ')}.\n\n`;
}

/** What the run says about itself, not about a file ("ShellCheck not found: SC checks skipped"). */
function runNotices(notices: readonly string[]): string {
  if (notices.length === 0) return '';
  return `> [!NOTE]\n${notices.map((n) => `> ${markdownText(n)}`).join('\n>\n')}\n\n`;
}

function footer(options: SummaryOptions): string {
  const threshold = options.failOn ?? 'from configuration';
  return `<sub>Stagecraft ${htmlText(options.version)} · fail-on: ${htmlText(threshold)} · suppress a finding with <code># stagecraft ignore=&lt;rule&gt;</code> on the line above it</sub>\n`;
}

/**
 * The job summary: a headline with counts and the verdict, an overview of the files, then one table
 * per file (severity, line link, rule link with aliases, message). Stays under `maxBytes` by ending
 * early with a note saying how much was left out; the order (most severe files first) keeps errors in.
 */
export function renderSummary(report: LintReport, options: SummaryOptions): string {
  const limit = (options.maxBytes ?? STEP_SUMMARY_LIMIT_BYTES) - RESERVED_BYTES;
  const out = new Budget(limit);
  const files = [...report.files].sort(byUrgency);
  const total = files.reduce((n, f) => n + f.findings.length, 0);
  let shown = 0;

  out.add(headline(report, options));
  out.add(runNotices(report.notices ?? []));
  out.add(omittedAnnotationsNote(options.omittedAnnotations));

  const withFindings = files.filter((f) => f.findings.length > 0);
  if (withFindings.length > 1 && out.add('| | Dockerfile | findings | failing |\n|---|---|---|---|\n')) {
    for (const row of overviewRows(withFindings)) if (!out.add(row)) break;
    out.add('\n');
  }

  for (const file of withFindings) {
    if (out.full) break;
    const header = `#### ${codeSpan(file.path)}\n\n| | line | rule | finding |\n|---|---|---|---|\n`;
    const first = file.findings[0]!;
    if (!out.add(header + findingRow(file, first, options))) break;
    shown++;
    for (const f of file.findings.slice(1)) {
      if (!out.add(findingRow(file, f, options))) break;
      shown++;
    }
    out.add('\n');
    out.add(graphBlock(options.graphs?.get(file.path)));
  }
  out.add(cleanFilesBlock(files));
  // Clean files that are multi-stage builds still get their graph: the reviewer reads the build's shape.
  for (const file of files) {
    const graph = options.graphs?.get(file.path);
    if (file.findings.length > 0 || !graph || out.full) continue;
    out.add(`#### ${codeSpan(file.path)}\n\n${graphBlock(graph)}`);
  }

  let note = '';
  if (shown < total) {
    const hiddenFiles = countFilesWithHiddenFindings(withFindings, shown);
    note = `\n> [!WARNING]\n> The summary is cut short to stay under GitHub's size limit: ${plural(total - shown, 'more finding')} in ${plural(hiddenFiles, 'file')} are not shown here. The SARIF and JSON reports and the step log have all of them.\n\n`;
  }
  return `${out.toString()}${note}${footer(options)}`;
}

/** Files sections are written in order, so the first `shown` findings cover a prefix of the files. */
function countFilesWithHiddenFindings(files: readonly FileReport[], shown: number): number {
  let remaining = shown;
  let hidden = 0;
  for (const file of files) {
    if (remaining >= file.findings.length) remaining -= file.findings.length;
    else {
      hidden++;
      remaining = 0;
    }
  }
  return hidden;
}
