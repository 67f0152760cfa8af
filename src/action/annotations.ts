import { findingDocsUrl } from '../lint/tool-findings.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../lint/types.js';
import type { AnnotationKind } from '../report/markdown.js';
import type { LintReport } from '../report/types.js';
import { withRelatedLines } from '../report/workflow-commands.js';
import { judgedFindings, reaches } from '../report/verdict.js';

/** GitHub shows at most this many annotations of each kind (error, warning, notice) per step. */
export const ANNOTATIONS_PER_KIND = 10;

export type AnnotationLimits = Record<AnnotationKind, number>;

const STEP_LIMITS: AnnotationLimits = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, notice: ANNOTATIONS_PER_KIND };

export interface Annotation {
  kind: AnnotationKind;
  message: string;
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  /** Only for a single-line finding: GitHub ignores columns on multi-line annotations. */
  startColumn?: number;
}

export interface AnnotationSelection {
  /** In the order to emit them: errors, then warnings, then notices. */
  annotations: Annotation[];
  /** How many were left out of each kind because GitHub would not show them. */
  omitted: Record<AnnotationKind, number>;
}

const KIND: Record<Severity, AnnotationKind> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };
const KIND_ORDER: readonly AnnotationKind[] = ['error', 'warning', 'notice'];

interface Candidate {
  path: string;
  finding: Finding;
  failing: boolean;
  /** Brought by the change under review (always true without a review). */
  fresh: boolean;
}

/** New findings first, then most severe; at equal severity what fails the check first, then by file and line. */
function compare(a: Candidate, b: Candidate): number {
  return (
    Number(b.fresh) - Number(a.fresh) ||
    SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
    Number(b.failing) - Number(a.failing) ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.finding.line - b.finding.line ||
    a.finding.column - b.finding.column
  );
}

function toAnnotation(c: Candidate, docsBase: string): Annotation {
  const f = c.finding;
  // Annotations are plain text: the docs link goes on its own line, where GitHub makes it clickable.
  const url = findingDocsUrl(f.rule, docsBase);
  const docs = url ? `\n${url}` : '';
  const annotation: Annotation = {
    kind: KIND[f.severity],
    message: `${withRelatedLines(f)}${docs}`,
    title: f.aliases.length > 0 ? `${f.rule} (${f.aliases.join(', ')})` : f.rule,
    file: c.path,
    startLine: f.line,
    endLine: Math.max(f.line, f.endLine),
  };
  if (f.endLine <= f.line) annotation.startColumn = f.column;
  return annotation;
}

/**
 * The annotations worth emitting: GitHub drops everything past the first 10 of each kind in a step, so
 * the ones emitted are those that matter most, and the summary says how many more there are. `limits`
 * is what is left of the step's allowance once the run's own messages (the failure reason is an error
 * annotation too) are counted.
 */
export function selectAnnotations(report: LintReport, docsBase: string, limits: AnnotationLimits = STEP_LIMITS): AnnotationSelection {
  // In a review, only the Dockerfiles the change touched are annotated: the diff shows no other file.
  const annotated = report.files.filter((file) => file.review?.change.status !== 'unchanged');
  const candidates: Candidate[] = annotated.flatMap((file) => {
    const judged = new Set(judgedFindings(report, file));
    const fresh = new Set(file.review?.newFindings ?? file.findings);
    return file.findings.map((finding) => ({
      path: file.path,
      finding,
      failing: judged.has(finding) && reaches(finding.severity, file.failOn),
      fresh: fresh.has(finding),
    }));
  });
  candidates.sort(compare);
  const annotations: Annotation[] = [];
  const omitted: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 };
  for (const kind of KIND_ORDER) {
    const ofKind = candidates.filter((c) => KIND[c.finding.severity] === kind);
    const room = Math.max(0, limits[kind]);
    annotations.push(...ofKind.slice(0, room).map((c) => toAnnotation(c, docsBase)));
    omitted[kind] = Math.max(0, ofKind.length - room);
  }
  return { annotations, omitted };
}
