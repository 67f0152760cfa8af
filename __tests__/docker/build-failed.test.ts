/**
 * A head that does not build becomes a `build-failed` finding on the instruction BuildKit stopped at:
 * where the log says it stopped (the excerpts below are BuildKit 0.x `--progress=plain` output, as
 * docker buildx printed it here), and when a failure is a finding at all.
 */
import { describe, expect, it } from 'vitest';
import { addBuildFailedFindings, buildFailedFinding } from '../../src/docker/build-failed.js';
import { buildErrorLine, failedInstructionLines } from '../../src/docker/build-log.js';
import type { ImageComparison, VariantResult } from '../../src/docker/types.js';
import type { Finding } from '../../src/lint/types.js';
import type { FileReport } from '../../src/report/types.js';

const RUN_FAILED = `#6 [3/4] RUN echo "multi" &&   echo line &&   exit 3
#6 0.150 multi
#6 ERROR: process "/bin/sh -c echo \\"multi\\" &&   echo line &&   exit 3" did not complete successfully: exit code: 3
------
 > [3/4] RUN echo "multi" &&   echo line &&   exit 3:
0.150 multi
0.150 Dockerfile:1
------
app.Dockerfile:3
--------------------
   2 |     RUN echo hi
   3 | >>> RUN echo "multi" && \\
   4 | >>>   echo line && \\
   5 | >>>   exit 3
   6 |     RUN echo after
--------------------
ERROR: failed to solve: process "/bin/sh -c echo \\"multi\\" &&   echo line &&   exit 3" did not complete successfully: exit code: 3
`;

const COPY_FAILED = `------
 > [2/2] COPY missing.txt /x:
------
Dockerfile:2
--------------------
   1 |     FROM alpine:latest
   2 | >>> COPY missing.txt /x
   3 |     
--------------------
ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 6cf1::ckr1: "/missing.txt": not found
`;

const FROM_FAILED = `------
 > [internal] load metadata for docker.io/library/nosuchimage:1.0:
------
c.Dockerfile:3
--------------------
   1 |     FROM alpine:latest AS a
   2 |     RUN true
   3 | >>> FROM nosuchimage:1.0
   4 |     COPY --from=a /etc/hostname /h
--------------------
ERROR: failed to solve: nosuchimage:1.0: failed to resolve source metadata for docker.io/library/nosuchimage:1.0
`;

describe('where a failed build stopped, from its log', () => {
  it.each([
    ['a multi-line RUN', RUN_FAILED, 'app.Dockerfile', { line: 3, endLine: 5 }],
    ['a COPY of a missing file', COPY_FAILED, 'Dockerfile', { line: 2, endLine: 2 }],
    ['a FROM that cannot be resolved', FROM_FAILED, 'c.Dockerfile', { line: 3, endLine: 3 }],
    ['an excerpt of another file (the name must match)', COPY_FAILED, 'app.Dockerfile', null],
    ['a timeout: no excerpt', '#5 [2/2] RUN sleep 100\n#5 CANCELED\n', 'Dockerfile', null],
    ['a header without the marked rows', 'Dockerfile:7\nERROR: failed to solve: x\n', 'Dockerfile', { line: 7, endLine: 7 }],
    ['a RUN that prints a header-like line (prefixed, not taken)', '#6 0.1 Dockerfile:9\n0.1 Dockerfile:9\nERROR: boom\n', 'Dockerfile', null],
  ])('%s', (_, log, name, expected) => {
    expect(failedInstructionLines(log, name)).toEqual(expected);
  });

  it.each([
    [RUN_FAILED, 'failed to solve: process "/bin/sh -c echo \\"multi\\" &&   echo line &&   exit 3" did not complete successfully: exit code: 3'],
    [FROM_FAILED, 'failed to solve: nosuchimage:1.0: failed to resolve source metadata for docker.io/library/nosuchimage:1.0'],
    ['#5 CANCELED\n', null],
    [`ERROR: ${'x'.repeat(900)}\n`, `${'x'.repeat(499)}…`],
  ])('the error line of %#', (log, expected) => {
    expect(buildErrorLine(log)).toBe(expected);
  });
});

const built: VariantResult = { status: 'built', image: { bytes: 1, kind: 'uncompressed', source: 'image-store', compressedBytes: null, layers: [], configDigest: null, platform: null, buildSeconds: 1 } };
const failed: VariantResult = { status: 'failed', failure: { reason: 'docker buildx build exited with 1', logTail: '…', error: 'failed to solve: exit code: 3', instruction: { line: 4, endLine: 6 } } };
const timedOut: VariantResult = { status: 'failed', failure: { reason: 'the build took longer than build-timeout (5 s)', logTail: '' } };
const absent: VariantResult = { status: 'absent' };
const comparison = (base: VariantResult, head: VariantResult): ImageComparison => ({ base, head, delta: null, added: [], dropped: [], largest: [], budget: null, notes: [] });

describe('a head that does not build is a build-failed finding', () => {
  it.each([
    ['base built, head failed', built, failed, { line: 4, endLine: 6, message: /^The image does not build: failed to solve: exit code: 3\. / }],
    ['new file, head failed', absent, failed, { line: 4, endLine: 6, message: /^The image does not build: failed to solve/ }],
    ['no line in the log: line 1, and the reason', built, timedOut, { line: 1, endLine: 1, message: /^The image does not build: the build took longer than build-timeout \(5 s\) \(the log names no line of this file\)\./ }],
    ['both failed: a notice, not a finding', failed, failed, null],
    ['the head built', failed, built, null],
    ['a removed file', built, absent, null],
  ])('%s', (_, base, head, expected) => {
    const finding = buildFailedFinding(comparison(base, head));
    if (expected === null) return expect(finding).toBeNull();
    expect(finding).toMatchObject({ rule: 'build-failed', severity: 'error', column: 1, stage: null, line: expected.line, endLine: expected.endLine });
    expect(finding!.message).toMatch(expected.message);
  });

  it('names the target of a Dockerfile built for several', () => {
    expect(buildFailedFinding(comparison(built, failed), 'worker')!.message).toMatch(/^The image does not build for the target `worker`: /);
    expect(buildFailedFinding(comparison(built, failed), null)!.message).toMatch(/^The image does not build for the last stage \(no target\): /);
  });

  it('goes among the file\'s findings by line, and among the new ones in a review', () => {
    const lint = (line: number): Finding => ({ rule: 'x', aliases: [], severity: 'warning', line, endLine: line, column: 1, message: 'm', stage: null });
    const [early, late] = [lint(2), lint(9)];
    const file = { path: 'Dockerfile', failOn: 'error', findings: [early, late], image: comparison(built, failed), review: { change: { status: 'modified' }, newFindings: [late], existingFindings: [early], fixedFindings: [] } } as unknown as FileReport;
    addBuildFailedFindings(file);
    expect(file.findings.map((f) => f.rule)).toEqual(['x', 'build-failed', 'x']);
    expect(file.review!.newFindings.map((f) => f.rule)).toEqual(['build-failed', 'x']);
  });
});
