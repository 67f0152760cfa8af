import type { Finding } from '../lint/types.js';
import type { FileReport } from '../report/types.js';
import { targetComparisons } from './delta.js';
import type { ImageComparison } from './types.js';

/** The finding a head that does not build becomes (docs/rules/build-failed.md). */
export const BUILD_FAILED = 'build-failed';

/**
 * The `build-failed` error of a Dockerfile whose head image does not build while its base does (or
 * has none): on the instruction BuildKit stopped at, else on line 1. Null when the head built, and
 * when neither side builds (an environment problem, e.g. a secret the workflow does not pass: a
 * notice, not a finding). `target` names the target in a Dockerfile built for several.
 */
export function buildFailedFinding(image: ImageComparison, target?: string | null): Finding | null {
  if (image.head.status !== 'failed' || image.base.status === 'failed') return null;
  const failure = image.head.failure;
  const which = target === undefined ? '' : target === null ? ' for the last stage (no target)' : ` for the target \`${target}\``;
  const where = failure.instruction ? '' : ' (the log names no line of this file)';
  return {
    rule: BUILD_FAILED,
    aliases: [],
    severity: 'error',
    line: failure.instruction?.line ?? 1,
    endLine: failure.instruction?.endLine ?? 1,
    column: 1,
    message: `The image does not build${which}: ${failure.error ?? failure.reason}${where}. The end of the build log is in the image section of the comment and the job summary.`,
    stage: null,
  };
}

/** Puts the `build-failed` findings of a file's image on the file: among its findings by line, and new in a review (the base built). */
export function addBuildFailedFindings(file: FileReport): void {
  const findings = file.image ? targetComparisons(file.image).flatMap(({ target, image }) => buildFailedFinding(image, target) ?? []) : [];
  for (const finding of findings) {
    insertByLine(file.findings, finding);
    if (file.review) insertByLine(file.review.newFindings, finding);
  }
}

function insertByLine(findings: Finding[], finding: Finding): void {
  const at = findings.findIndex((f) => f.line > finding.line);
  findings.splice(at === -1 ? findings.length : at, 0, finding);
}
