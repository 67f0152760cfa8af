import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../src/action/annotations.js';
import type { Severity } from '../../src/lint/types.js';
import { file, finding, report } from '../report/make-report.js';

const DOCS = 'https://github.com/acme/stagecraft/blob/v1';

function many(path: string, severity: Severity, count: number, failOn: 'error' | 'warning' | 'none' = 'error') {
  return file(
    path,
    Array.from({ length: count }, (_, i) => finding({ severity, line: i + 1, message: `${severity} ${i + 1}` })),
    failOn,
  );
}

describe('selectAnnotations', () => {
  it('emits at most 10 of each kind, errors first, and counts the rest', () => {
    const { annotations, omitted } = selectAnnotations(report(many('b/Dockerfile', 'warning', 12), many('a/Dockerfile', 'error', 14), many('c/Dockerfile', 'info', 3), many('d/Dockerfile', 'style', 9)), DOCS);
    expect(annotations.map((a) => a.kind)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
    expect(omitted).toEqual({ error: 4, warning: 2, notice: 2 });
    // Info outranks style among notices: all 3 infos are shown, 7 of the 9 style findings.
    expect(annotations.filter((a) => a.kind === 'notice').map((a) => a.message.split('\n')[0])).toEqual(['info 1', 'info 2', 'info 3', ...Array.from({ length: 7 }, (_, i) => `style ${i + 1}`)]);
  });

  it('leaves room for the run\'s own messages when told how much is left', () => {
    const { annotations, omitted } = selectAnnotations(report(many('a/Dockerfile', 'error', 12), many('b/Dockerfile', 'warning', 3)), DOCS, { error: 9, warning: 1, notice: 10 });
    expect(annotations.map((a) => a.kind)).toEqual([...Array(9).fill('error'), 'warning']);
    expect(omitted).toEqual({ error: 3, warning: 2, notice: 0 });
  });

  it('puts what fails the check before what does not, at the same severity', () => {
    const { annotations } = selectAnnotations(report(many('a/Dockerfile', 'warning', 10, 'error'), many('b/Dockerfile', 'warning', 2, 'warning')), DOCS);
    expect(annotations.slice(0, 2).map((a) => a.file)).toEqual(['b/Dockerfile', 'b/Dockerfile']);
  });

  it('orders by file then line within a group', () => {
    const lint = report(file('b/Dockerfile', [finding({ line: 2 })]), file('a/Dockerfile', [finding({ line: 9 }), finding({ line: 3 })]));
    expect(selectAnnotations(lint, DOCS).annotations.map((a) => `${a.file}:${a.startLine}`)).toEqual(['a/Dockerfile:3', 'a/Dockerfile:9', 'b/Dockerfile:2']);
  });

  it('carries file, lines, title with aliases, and the docs link; columns only on one line', () => {
    const lint = report(file('services/Dockerfile', [finding({ line: 4, column: 7 }), finding({ rule: 'config-error', aliases: [], severity: 'error', line: 1, endLine: 3, column: 2, message: 'bad' })]));
    expect(selectAnnotations(lint, DOCS).annotations).toEqual([
      { kind: 'error', message: 'bad', title: 'config-error', file: 'services/Dockerfile', startLine: 1, endLine: 3 },
      {
        kind: 'warning',
        message: `${finding().message}\n${DOCS}/docs/rules/from-as-casing.md`,
        title: 'from-as-casing (FromAsCasing)',
        file: 'services/Dockerfile',
        startLine: 4,
        endLine: 4,
        startColumn: 7,
      },
    ]);
  });

  it('emits nothing for a clean report', () => {
    expect(selectAnnotations(report(file('Dockerfile', [])), DOCS)).toEqual({ annotations: [], omitted: { error: 0, warning: 0, notice: 0 } });
  });
});
