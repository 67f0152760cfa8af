/**
 * The image figures of `build: true` in the comment and the JSON report: the overview cell for every
 * state a pair of builds can end in, the folded section (sizes with their kind, layers, the end of a
 * failed build's log) with everything from the build escaped, and JSON documents that validate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compareVariants } from '../../src/docker/delta.js';
import type { ImageMeasurement, VariantResult } from '../../src/docker/types.js';
import { parseSizeBudget } from '../../src/docker/units.js';
import { renderComment } from '../../src/report/comment.js';
import { imageCell, imageSection } from '../../src/report/image.js';
import { REPORT_LIMITS, toJson } from '../../src/report/json.js';
import { file, report } from './make-report.js';
import { renderHtml } from './render-html.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/schema/report.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);

function built(bytes: number, layers: [string, string, number][], extra: Partial<ImageMeasurement> = {}): VariantResult {
  return {
    status: 'built',
    image: {
      bytes,
      kind: 'uncompressed',
      source: 'image-store',
      compressedBytes: null,
      layers: layers.map(([diffId, instruction, b]) => ({ diffId, instruction, bytes: b })),
      configDigest: 'sha256:' + 'c'.repeat(64),
      platform: null,
      buildSeconds: 12.34,
      ...extra,
    },
  };
}
const failed = (reason: string, logTail = ''): VariantResult => ({ status: 'failed', failure: { reason, logTail } });
const BASE = built(40_100_000, [['sha256:os', '', 5_000_000], ['sha256:tools', 'RUN node tools/install.js', 35_100_000]]);
const HEAD = built(1_900_000, [['sha256:small', 'COPY --from=site /site/public /www', 1_900_000]]);

describe('the overview cell', () => {
  it.each([
    ['both built', compareVariants(BASE, HEAD, null), '40.1 MB → 1.9 MB **(−95.3 %)**'],
    ['a new Dockerfile', compareVariants({ status: 'absent' }, HEAD, null), 'new · 1.9 MB'],
    ['a removed one', compareVariants(BASE, { status: 'absent' }, null), 'removed · was 40.1 MB'],
    ['the base no longer builds', compareVariants(failed('exit 1'), HEAD, null), '1.9 MB (base did not build)'],
    ['the head does not build', compareVariants(BASE, failed('exit 1'), null), '❌ head does not build'],
    ['neither builds', compareVariants(failed('x'), failed('y'), null), 'neither side builds'],
    ['over the budget', compareVariants(HEAD, BASE, parseSizeBudget('10%')), '1.9 MB → 40.1 MB **(+2010.5 %)** · ❌ over `10%`'],
  ])('%s: %s', (_what, image, cell) => {
    expect(imageCell(image)).toBe(cell);
  });
  it('no build: a dash', () => {
    expect(imageCell(undefined)).toBe('—');
  });
});

describe('the image section', () => {
  it('sizes with their kind, delta, layers dropped and added, build times', () => {
    const text = imageSection(compareVariants(BASE, HEAD, parseSizeBudget('50MB')));
    expect(text).toContain('<summary>Image: −38.2 MB (−95.3 %)</summary>');
    expect(text).toContain('- base: **40.1 MB** uncompressed · 2 layers · built in 12.3 s');
    expect(text).toContain('- max-size-increase `50MB`: within');
    expect(text).toContain('**Layers dropped**');
    expect(text).toContain('| 35.1 MB | `RUN node tools/install.js` |');
    expect(text).toContain('| 5.0 MB | *(base image or unknown)* |');
    expect(text).toContain('**Layers added**');
  });
  it('an OCI measurement says compressed as well', () => {
    const oci = built(10_000_000, [], { source: 'oci-layout', compressedBytes: 4_000_000 });
    expect(imageSection(compareVariants(oci, oci, null))).toContain('**10.0 MB** uncompressed, 4.0 MB compressed');
  });
  it('hostile instructions and build logs stay inert: no HTML, no mention, no comment marker, no broken fence', () => {
    const evil = built(100, [['sha256:e', 'RUN echo "<img src=x onerror=alert(1)> @octocat | `` ```', 100]]);
    const log = '#5 ERROR: <img src=x onerror=alert(1)>\n```\n@octocat <!-- stagecraft:report key=default -->\n```````\nexit code: 1';
    const image = compareVariants(evil, failed('docker buildx build exited with 1 <b>@octocat</b>', log), null);
    const text = imageSection(image);
    const html = renderHtml(text);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<b>/);
    expect(text).not.toContain('<!-- stagecraft');
    // The log is shown whole, in one code block (the fence is longer than any run inside).
    expect(html).toContain('exit code: 1');
    expect((html.match(/<pre/g) ?? []).length).toBe(1);
    expect(text).toContain('<summary>The end of the head build log</summary>');
  });
});

describe('in the comment and the JSON report', () => {
  const lint = () => {
    const a = file('web/Dockerfile', []);
    a.image = compareVariants(BASE, HEAD, parseSizeBudget('10%'));
    const b = file('api/Dockerfile', []);
    b.image = compareVariants(BASE, failed('docker buildx build exited with 1', 'npm ERR! 404'), null);
    return report(a, b);
  };
  it('the overview row and a section per built file', () => {
    const body = renderComment(lint(), { key: 'default', docsBase: 'https://d', failOn: null, version: 't', runUrl: null });
    expect(body).toContain('| `web/Dockerfile` | none | 40.1 MB → 1.9 MB **(−95.3 %)** |');
    expect(body).toContain('| `api/Dockerfile` | none | ❌ head does not build |');
    expect(body).toContain('npm ERR! 404');
  });
  it('validates against the schema, with caps', () => {
    const lintReport = lint();
    const long = 'x'.repeat(REPORT_LIMITS.buildLog * 2);
    lintReport.files[1]!.image = compareVariants(BASE, failed('r', long), null);
    const document = toJson(lintReport);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const web = document.files.find((f) => f.path === 'web/Dockerfile')!.image!;
    expect(web.delta).toEqual({ bytes: -38_200_000, percent: expect.closeTo(-95.26, 1) });
    expect(web.base).toMatchObject({ status: 'built', bytes: 40_100_000, kind: 'uncompressed', layerCount: 2 });
    expect(web.dropped.map((l) => l.instruction)).toEqual(['', 'RUN node tools/install.js']);
    const api = document.files.find((f) => f.path === 'api/Dockerfile')!.image!;
    expect(api.head.status === 'failed' && api.head.log.length).toBe(REPORT_LIMITS.buildLog);
  });
});

describe('publish-report: the comment from the JSON report', () => {
  it('shows the same image cell and section as the run that built the images', async () => {
    const { lintReportFromJson } = await import('../../src/action/untrusted-report.js');
    const a = file('web/Dockerfile', []);
    a.image = compareVariants(BASE, HEAD, parseSizeBudget('10%'));
    const b = file('api/Dockerfile', []);
    b.image = compareVariants(BASE, failed('docker buildx build exited with 1', 'npm ERR! 404'), null);
    const original = report(a, b);
    const fromJson = lintReportFromJson(JSON.parse(JSON.stringify(toJson(original))), 'error');
    const options = { key: 'default', docsBase: 'https://d', failOn: 'error' as const, version: 't', runUrl: null };
    expect(renderComment(fromJson, options)).toBe(renderComment(original, options));
  });
});
