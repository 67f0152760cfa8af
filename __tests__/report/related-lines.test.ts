/**
 * A finding's related lines (the findings of other rules it carries) reach every output: SARIF
 * `relatedLocations`, the JSON report (and back through the publishing step), annotations, the PR
 * comment and the terminal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../src/action/annotations.js';
import { lintReportFromJson, parseUntrustedReport } from '../../src/action/untrusted-report.js';
import { renderComment } from '../../src/report/comment.js';
import { renderJson } from '../../src/report/json.js';
import { encodePath } from '../../src/report/markdown.js';
import { toSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { renderWorkflowCommands } from '../../src/report/workflow-commands.js';
import { file, finding, report } from './make-report.js';
import { validateSarif } from './sarif-validator.js';

const DOCS = 'https://github.com/acme/stagecraft/blob/v1';
const carrying = finding({
  rule: 'single-stage-build',
  aliases: [],
  line: 4,
  message: '`go build` runs in the image you ship',
  related: [
    { line: 1, rule: 'final-stage-sdk-base', message: 'The image is based on `golang:1.22` [toolchain]' },
    { line: 3, rule: 'final-stage-copies-context', message: '`COPY . .` ships the whole source tree' },
  ],
});
const lint = () => report(file('api/Dockerfile', [carrying]));

describe('related lines in every output', () => {
  it('SARIF: related locations with their messages, linked from the result message by id, and still valid', () => {
    const sarif = toSarif(lint(), { root: '/repo', cwd: '/repo', docsBase: DOCS });
    const result = sarif.runs[0]!.results[0]!;
    expect(result.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'api/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, endLine: 1 } }, message: { text: carrying.related![0]!.message } },
      { id: 2, physicalLocation: { artifactLocation: { uri: 'api/Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, endLine: 3 } }, message: { text: carrying.related![1]!.message } },
    ]);
    expect(result.message.text).toBe(
      '`go build` runs in the image you ship' +
        '\nalso: [line 1](1) (final-stage-sdk-base) — The image is based on `golang:1.22` \\[toolchain\\]' +
        '\nalso: [line 3](2) (final-stage-copies-context) — `COPY . .` ships the whole source tree',
    );
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(validateSarif(sarif)).toBe(true);
  });

  it('JSON: the field validates against the schema and survives the publishing step', () => {
    const text = renderJson(lint());
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/schema/report.schema.json'), 'utf8')) as Record<string, unknown>;
    const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);
    const document = JSON.parse(text) as unknown;
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect((document as { files: { findings: { related: unknown }[] }[] }).files[0]!.findings[0]!.related).toEqual(carrying.related);
    expect(lintReportFromJson(parseUntrustedReport(text), 'error').files[0]!.findings[0]!.related).toEqual(carrying.related);
    // A finding without related lines has no field (version 2 documents stay as they were).
    expect(JSON.parse(renderJson(report(file('Dockerfile', [finding()])))).files[0].findings[0]).not.toHaveProperty('related');
  });

  it('the schema refuses a related line without a message', () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../docs/schema/report.schema.json'), 'utf8')) as Record<string, unknown>;
    const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);
    const document = JSON.parse(renderJson(lint())) as { files: { findings: { related: Record<string, unknown>[] }[] }[] };
    delete document.files[0]!.findings[0]!.related[0]!.message;
    expect(validate(document)).toBe(false);
  });

  it('annotations and workflow commands: one `also:` line each after the message', () => {
    const also = '\nalso: line 1 (final-stage-sdk-base) — The image is based on `golang:1.22` [toolchain]\nalso: line 3 (final-stage-copies-context) — `COPY . .` ships the whole source tree';
    expect(selectAnnotations(lint(), DOCS).annotations[0]!.message).toBe(`\`go build\` runs in the image you ship${also}\n${DOCS}/docs/rules/single-stage-build.md`);
    expect(renderWorkflowCommands(lint())).toContain(`::\`go build\` runs in the image you ship${also.replace(/\n/g, '%0A')}\n`);
  });

  it('PR comment: `also: line N` with a link to the line, in the finding\'s row', () => {
    const md = renderComment(lint(), {
      key: 'default',
      docsBase: DOCS,
      lineUrl: (path, line) => `https://github.com/acme/shop/blob/abc/${encodePath(path)}#L${line}`,
      failOn: 'error',
      version: '1.2.0',
      runUrl: 'https://github.com/acme/shop/actions/runs/42',
    });
    const row = md.split('\n').find((l) => l.includes('single-stage-build'))!;
    expect(row).toContain(
      '<br>also: line [1](https://github.com/acme/shop/blob/abc/api/Dockerfile#L1) (`final-stage-sdk-base`) — The image is based on `golang:1.22` \\[toolchain\\]',
    );
    expect(row).toContain('<br>also: line [3](https://github.com/acme/shop/blob/abc/api/Dockerfile#L3) (`final-stage-copies-context`)');
  });

  it('terminal: the related lines under the finding', () => {
    const out = renderText(lint(), { color: false });
    expect(out).toContain('also: line 1 (final-stage-sdk-base) — The image is based on');
    expect(out.indexOf('also: line 1')).toBeGreaterThan(out.indexOf('`go build` runs in the image you ship'));
  });
});
