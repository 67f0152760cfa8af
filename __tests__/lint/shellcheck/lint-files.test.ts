import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../../src/files/lint-files.js';
import { SHELLCHECK_MISSING } from '../../../src/files/shellcheck-runner.js';
import { fromAsCasing } from '../../../src/lint/rules/from-as-casing.js';
import { shellcheck } from '../../../src/lint/rules/shellcheck.js';
import type { ShellcheckFile, ShellcheckRunner } from '../../../src/lint/shellcheck/index.js';
import { workspace } from '../../helpers/cli.js';

/** Flags every `$` of every script as SC2086, and counts its runs. */
function dollarRunner(): ShellcheckRunner & { runs: number; files: number } {
  const runner = {
    runs: 0,
    files: 0,
    run(files: readonly ShellcheckFile[]) {
      runner.runs++;
      runner.files += files.length;
      const comments = files.flatMap((f) =>
        f.content.split('\n').flatMap((line, i) =>
          line.startsWith('export ') || !line.includes('$')
            ? []
            : [{ file: f.name, line: i + 1, endLine: i + 1, column: line.indexOf('$') + 1, endColumn: line.indexOf('$') + 3, level: 'info', code: 2086, message: 'Double quote' }],
        ),
      );
      return { ok: true as const, comments };
    },
  };
  return runner;
}

describe('lintFiles with ShellCheck', () => {
  const root = workspace({
    'a/Dockerfile': 'FROM alpine\nRUN echo $a\n',
    'b/Dockerfile': 'FROM alpine\nRUN true\n# hadolint ignore=SC2086\nRUN echo $b\n',
    'c/Dockerfile': 'FROM alpine\nRUN echo $c\n',
    'c/.hadolint.yaml': 'ignored: [SC2086]\n',
    'broken/Dockerfile': 'FROM alpine\nRUN echo $x\n',
    'broken/.stagecraft.yml': 'severity: [not, a, map]\n',
  });
  const paths = ['a/Dockerfile', 'b/Dockerfile', 'c/Dockerfile', 'broken/Dockerfile', 'missing/Dockerfile'].map((p) => join(root, p));
  const display = (p: string) => p.slice(root.length + 1);

  it('runs ShellCheck once for every file and gives each file its findings, config and suppressions applied', async () => {
    const runner = dollarRunner();
    const report = await lintFiles(paths, { root, shellcheck: runner, displayPath: display });
    expect(runner.runs).toBe(1);
    expect(runner.files).toBe(4);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f.findings.filter((x) => x.rule === 'shellcheck')]));
    expect(byPath['a/Dockerfile']).toMatchObject([{ line: 2, column: 10, aliases: ['SC2086'], severity: 'info' }]);
    expect(byPath['b/Dockerfile']).toEqual([]);
    expect(byPath['c/Dockerfile']).toEqual([]);
    expect(report.files.find((f) => f.path === 'broken/Dockerfile')!.findings.map((f) => f.rule)).toEqual(['config-error']);
    expect(report.errors.map((e) => e.path)).toEqual(['missing/Dockerfile']);
    expect(report.notices).toBeUndefined();
  });

  it('reports a missing ShellCheck once, in the notices', async () => {
    const report = await lintFiles(paths.slice(0, 3), { root, shellcheck: { run: () => ({ ok: false, notice: SHELLCHECK_MISSING }) }, displayPath: display });
    expect(report.notices).toEqual([SHELLCHECK_MISSING]);
    expect(report.files.flatMap((f) => f.findings).filter((f) => f.rule === 'shellcheck')).toEqual([]);
  });

  it('does not run ShellCheck when asked not to, or when the rule is not in play', async () => {
    const runner = dollarRunner();
    expect((await lintFiles(paths.slice(0, 1), { root, shellcheck: null })).notices).toBeUndefined();
    await lintFiles(paths.slice(0, 1), { root, shellcheck: runner, rules: [fromAsCasing] });
    expect(runner.runs).toBe(0);
    await lintFiles(paths.slice(0, 1), { root, shellcheck: runner, rules: [shellcheck] });
    expect(runner.runs).toBe(1);
  });

  it('a runner that throws costs the SC findings, not the others', async () => {
    const report = await lintFiles([join(root, 'a/Dockerfile')], {
      root,
      rules: [shellcheck, fromAsCasing],
      shellcheck: {
        run: () => {
          throw new Error('boom');
        },
      },
    });
    expect(report.files).toHaveLength(1);
    expect(report.notices).toEqual(['ShellCheck results could not be used (boom): SC checks skipped']);
  });
});
