/**
 * A Dockerfile built for several targets, and stage sizes measured on both sides: the overview cell and
 * the folded sections per target, the stage table with base, head and delta, the graph's node labels,
 * the JSON report (valid, and the comment rebuilt from it is the same), the outputs' sums over targets,
 * the verdict and the build-failed findings naming their target.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reportOutputs } from '../../src/action/outputs.js';
import { addBuildFailedFindings } from '../../src/docker/build-failed.js';
import { compareVariants } from '../../src/docker/delta.js';
import { imageVerdict } from '../../src/docker/review-builds.js';
import type { ImageComparison, StageSize, VariantResult } from '../../src/docker/types.js';
import { parseSizeBudget } from '../../src/docker/units.js';
import { renderComment } from '../../src/report/comment.js';
import { imageCell, imageSection, stageAnnotations } from '../../src/report/image.js';
import { toJson } from '../../src/report/json.js';
import { file, report } from './make-report.js';
import { renderHtml } from './render-html.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/schema/report.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);

const built = (bytes: number): VariantResult => ({
  status: 'built',
  image: { bytes, kind: 'uncompressed', source: 'image-store', compressedBytes: null, layers: [{ diffId: `sha256:${bytes}`, instruction: 'RUN x', bytes }], configDigest: null, platform: null, buildSeconds: 1 },
});
const failed: VariantResult = { status: 'failed', failure: { reason: 'docker buildx build exited with 1', logTail: 'exit code: 3', error: 'failed to solve: exit code: 3', instruction: { line: 5, endLine: 5 } } };
const absent: VariantResult = { status: 'absent' };

/** api: 40.1 MB → 1.9 MB; worker: new (the base has no such stage), 3 MB; the last stage: 10 MB → 12 MB. */
function severalTargets(): ImageComparison {
  const api = compareVariants(built(40_100_000), built(1_900_000), parseSizeBudget('10%'));
  const worker = compareVariants(absent, built(3_000_000), parseSizeBudget('10%'));
  const last = compareVariants(built(10_000_000), built(12_000_000), parseSizeBudget('10%'));
  return { ...api, targets: [{ target: 'api', image: api }, { target: 'worker', image: worker }, { target: null, image: last }] };
}

const stage = (id: string, index: number, bytes: number | null, extra: Partial<StageSize> = {}): StageSize => ({ index, id, name: id, bytes, layers: 2, buildSeconds: 1, copiedFromByFinal: false, final: false, ...extra });

describe('several targets', () => {
  it('the overview cell has a line per target', () => {
    expect(imageCell(severalTargets())).toBe('`api`: 40.1 MB → 1.9 MB **(−95.3 %)**<br>`worker`: new · 3.0 MB<br>*last stage*: 10.0 MB → 12.0 MB **(+20.0 %)** · ❌ over `10%`');
  });

  it('a folded section per target, each with its own figures', () => {
    const text = imageSection(severalTargets());
    expect(text.match(/<details><summary>Image of /g)).toHaveLength(3);
    expect(text).toContain('<summary>Image of <code>api</code>: −38.2 MB (−95.3 %)</summary>');
    expect(text).toContain('<summary>Image of <code>worker</code></summary>');
    expect(text).toContain('<summary>Image of the last stage: +2.0 MB (+20.0 %)</summary>');
  });

  it('a target name from the repository stays inert', () => {
    const image = severalTargets();
    image.targets![0]!.target = '<img src=x onerror=alert(1)> @octocat';
    expect(imageSection(image)).toContain('<code>&lt;img src=x onerror=alert(1)&gt; @\u200doctocat</code>');
    const html = renderHtml(`| a |\n|---|\n| ${imageCell(image)} |\n\n${imageSection(image)}`);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('a single target is shown as it always was', () => {
    const one = compareVariants(built(40_100_000), built(1_900_000), null);
    expect(imageCell(one)).toBe('40.1 MB → 1.9 MB **(−95.3 %)**');
    expect(imageSection(one)).toContain('<summary>Image: −38.2 MB (−95.3 %)</summary>');
  });

  it('outputs sum every target compared on both sides (a new target has no base: left out)', () => {
    const f = file('Dockerfile', []);
    f.image = severalTargets();
    const outputs = reportOutputs(report(f), { root: '/r', workingDirectory: '/r' });
    expect(outputs).toMatchObject({ 'base-size': String(40_100_000 + 10_000_000), 'head-size': String(1_900_000 + 12_000_000), 'size-delta-bytes': String(13_900_000 - 50_100_000) });
  });

  it('the verdict names the target over the budget and the one that does not build; each failing target is a finding', () => {
    const f = file('svc/Dockerfile', []);
    const image = severalTargets();
    image.targets![1]!.image = compareVariants(absent, failed, null);
    f.image = image;
    expect(imageVerdict(report(f))).toBe('Stagecraft: the head image of svc/Dockerfile (target worker) does not build; the image of svc/Dockerfile (target the last stage) (more than 10%) grew past max-size-increase.');
    addBuildFailedFindings(f);
    expect(f.findings.map((x) => [x.rule, x.line, x.message.slice(0, 55)])).toEqual([['build-failed', 5, 'The image does not build for the target `worker`: faile']]);
  });

  it('the JSON report validates, and the comment rebuilt from it (publish-report) is the same', async () => {
    const { lintReportFromJson } = await import('../../src/action/untrusted-report.js');
    const f = file('Dockerfile', []);
    f.image = severalTargets();
    f.image.targets![0]!.image.stages = [stage('build', 0, 40_000_000, { copiedFromByFinal: true }), stage('api', 1, 1_900_000, { final: true })];
    f.image.targets![0]!.image.baseStages = [stage('build', 0, 38_000_000)];
    const original = report(f);
    const document = toJson(original);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const image = document.files[0]!.image!;
    expect(image.targets!.map((t) => [t.target, t.head.status])).toEqual([['api', 'built'], ['worker', 'built'], [null, 'built']]);
    expect(image.targets![0]!.baseStages).toHaveLength(1);
    const fromJson = lintReportFromJson(JSON.parse(JSON.stringify(document)), 'error');
    const options = { key: 'default', docsBase: 'https://d', failOn: 'error' as const, version: 't', runUrl: null };
    expect(renderComment(fromJson, options)).toBe(renderComment(original, options));
  });
});

describe('stage sizes on both sides', () => {
  const image = (): ImageComparison => {
    const i = compareVariants(built(3_000_000), built(2_000_000), null);
    i.stages = [stage('runtime', 2, 2_000_000, { final: true }), stage('build', 0, 50_000_000, { copiedFromByFinal: true }), stage('assets', 1, 5_000_000, { copiedFromByFinal: true })];
    i.baseStages = [stage('runtime', 1, 3_000_000, { final: true }), stage('build', 0, 45_000_000, { copiedFromByFinal: true })];
    return i;
  };

  it.each([
    ['a stage on both sides: base, head and delta', '| `build` | 45.0 MB | 50.0 MB | +5.0 MB | 2 |'],
    ['the final stage', '| `runtime` (final) | 3.0 MB | 2.0 MB | −1.0 MB | 2 |'],
    ['a stage the base does not have', '| `assets` | — | 5.0 MB | — | 2 |'],
    ['the head saving', 'The final image (2.0 MB) ships instead of `build` (50.0 MB), the heaviest stage it copies from: 48.0 MB the single-stage image would have carried.'],
    ['the base saving', 'On the base, the final image (3.0 MB) ships instead of `build` (45.0 MB), the heaviest stage it copies from: 42.0 MB the single-stage image would have carried.'],
  ])('%s', (_, expected) => {
    expect(imageSection(image())).toContain(expected);
  });

  it.each([
    ['without base stages', undefined],
    ['a single-stage base (no stage of its own to measure)', []],
  ])('%s, the table is the head alone, as before', (_, baseStages) => {
    const i = image();
    i.baseStages = baseStages;
    if (baseStages === undefined) delete i.baseStages;
    expect(imageSection(i)).toContain('| stage | size | layers |\n|---|---:|---:|\n| `runtime` (final) | 2.0 MB | 2 |\n');
  });

  it("the graph's nodes get the base size where both sides have the stage (their label shows the delta)", () => {
    const annotations = stageAnnotations(image())!;
    expect(annotations.get('build')).toEqual({ sizeBytes: 50_000_000, baseSizeBytes: 45_000_000, layers: 2, buildSeconds: 1 });
    expect(annotations.get('assets')).toEqual({ sizeBytes: 5_000_000, layers: 2, buildSeconds: 1 });
  });

  it('with several targets, the graph takes each stage once, from the first target that reaches it', () => {
    const a = image();
    const b = image();
    b.stages = [stage('worker', 3, 7_000_000, { final: true }), stage('build', 0, 99, { copiedFromByFinal: true })];
    const annotations = stageAnnotations({ ...a, targets: [{ target: 'runtime', image: a }, { target: 'worker', image: b }] })!;
    expect([...annotations.keys()].sort()).toEqual(['assets', 'build', 'runtime', 'worker']);
    expect(annotations.get('build')!.sizeBytes).toBe(50_000_000);
  });
});
