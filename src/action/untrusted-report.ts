/**
 * A JSON report made by someone else's run, read as untrusted input: `mode: publish-report` posts the
 * comment from the report a pull request's lint run uploaded, and the pull request's author controls that
 * run (its workflow file, its scripts, the artifact itself). So the report is size-capped before it is
 * parsed, validated against docs/schema/report.schema.json (strict: no property it does not list, every
 * string and list capped), and rebuilt as a LintReport for renderComment, which escapes every string it
 * shows. Pure, apart from compiling the schema once.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import reportSchema from '../../docs/schema/report.schema.json' with { type: 'json' };
import { FAIL_ON_VALUES, type FailOn } from '../lint/config.js';
import type { Finding } from '../lint/types.js';
import type { JsonFinding, JsonReport, JsonReview } from '../report/json.js';
import { imageComparisonFromJson } from '../report/image.js';
import type { FileReport, LintReport } from '../report/types.js';
import { failingFindings } from '../report/verdict.js';
import type { FileReview } from '../review/types.js';
import type { WorkflowRunPlan } from './event.js';

/**
 * The largest report publish-report reads, checked before anything is parsed. Real reports are a few
 * hundred KB at most (a thousand findings take about 400 KB); the schema's per-list caps alone would let a
 * document reach gigabytes.
 */
export const REPORT_MAX_BYTES = 8 * 1024 * 1024;

/** The report cannot be published: the message names the problem, and the step fails with it. */
export class InvalidReportError extends Error {
  override readonly name = 'InvalidReportError';
}

/** A report that validated, about a pull request: what publishing needs of it. */
export interface PullRequestReport extends JsonReport {
  review: JsonReview & { pullRequest: { number: number; url: string | null; headSha: string } };
}

// ajv is CommonJS (`module.exports = Ajv2020`, with `.default` set to the same class): `.default` is the
// class whether Node's ESM loader or the bundler resolved the import.
let validator: ValidateFunction | null = null;

/**
 * Reads the text of a report as the schema's document: JSON that validates. Throws InvalidReportError
 * saying where it first goes wrong (one error: with `allErrors` a hostile document could make the list
 * as long as itself).
 */
export function parseUntrustedReport(text: string): JsonReport {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    throw new InvalidReportError(`it is not JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  validator ??= new Ajv2020.default({ allErrors: false, strict: true }).compile(reportSchema);
  if (!validator(document)) {
    const first = validator.errors?.[0];
    // instancePath is made of the schema's property names and array indexes, never of the document's own keys.
    const where = first?.instancePath ? `at ${first.instancePath}` : 'at the top level';
    throw new InvalidReportError(`it does not match docs/schema/report.schema.json: ${where}, ${first?.message ?? 'invalid'}`);
  }
  return document as JsonReport;
}

/**
 * Checks that a valid report is one a `workflow_run` may publish from: a pull request's review whose
 * head is the commit the uploading run was for. Anything else — a plain lint, a merge group, a report
 * carried over from another commit — throws InvalidReportError.
 */
export function checkReportMatchesRun(report: JsonReport, run: WorkflowRunPlan): PullRequestReport {
  const pull = report.review?.pullRequest;
  if (!report.review || !pull) throw new InvalidReportError('it is not the review of a pull request (no review.pullRequest): only a lint on pull_request writes one that can be published');
  if (!pull.headSha) throw new InvalidReportError("it does not name the pull request's head commit (review.pullRequest.headSha; written by Stagecraft since fork publishing came)");
  if (pull.headSha !== run.headSha) {
    throw new InvalidReportError(`it is about commit ${pull.headSha.slice(0, 12)}, but the workflow run that uploaded it was for ${run.headSha.slice(0, 12)}`);
  }
  return report as PullRequestReport;
}

/**
 * The LintReport the JSON report describes, for renderComment. What the JSON does not carry stays out:
 * the parsed Dockerfiles (so no stage graphs), the run's notices, each file's own `fail-on` (all files get
 * `failOn`; see inferFailOn).
 */
export function lintReportFromJson(report: JsonReport, failOn: FailOn): LintReport {
  const files = report.files.map((file): FileReport => {
    const findings = file.findings.map(toFinding);
    const image = file.image ? { image: imageComparisonFromJson(file.image) } : {};
    if (!file.change) return { path: file.path, findings, failOn, ...image };
    const review: FileReview = {
      change: { path: file.path, status: file.change.status, basePath: file.change.basePath, because: [...file.change.because] },
      // The schema requires a status on every finding of a reviewed file.
      newFindings: findings.filter((_, i) => file.findings[i]!.status === 'new'),
      existingFindings: findings.filter((_, i) => file.findings[i]!.status === 'existing'),
      fixedFindings: (file.fixed ?? []).map(toFinding),
      baseDockerfile: null,
    };
    return { path: file.path, findings, failOn, review, ...image };
  });
  const json = report.review;
  return {
    files,
    errors: [],
    ...(json
      ? {
          review: {
            event: json.event,
            base: { ...json.base },
            head: { ...json.head },
            pullRequest: json.pullRequest && { ...json.pullRequest },
            changedOnly: json.changedOnly,
            failOnScope: json.failOnScope,
          },
        }
      : {}),
  };
}

/**
 * The `fail-on` the lint run judged by, which the JSON does not name: `given` (the publishing step's
 * `fail-on` input) when set, else the one threshold that, applied to every file, finds as many failing
 * findings as the report's `summary.failing` — exact whenever the files shared one threshold, as they do
 * unless configuration files set different ones. Null when no threshold fits: the comment's verdict then
 * follows `error`, the default, and says "each file's fail-on".
 */
export function inferFailOn(report: JsonReport, given: FailOn | null): FailOn | null {
  if (given) return given;
  return FAIL_ON_VALUES.find((candidate) => failingFindings(lintReportFromJson(report, candidate)).length === report.summary.failing) ?? null;
}

function toFinding(f: JsonFinding): Finding {
  return {
    rule: f.rule,
    aliases: [...f.aliases],
    severity: f.severity,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: f.message,
    stage: f.stage,
    ...(f.related ? { related: f.related.map((r) => ({ ...r })) } : {}),
  };
}
