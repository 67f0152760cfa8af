import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/lint/config.js';
import { lintText } from '../../../src/lint/engine.js';
import { shellcheck } from '../../../src/lint/rules/shellcheck.js';
import type { FindingInput } from '../../../src/lint/types.js';

const TEXT = 'FROM alpine\nRUN echo $1\n# hadolint ignore=SC2034\nRUN x=1\n';
const RELAYED: FindingInput[] = [
  { line: 2, column: 10, message: 'Double quote to prevent globbing and word splitting.', aliases: ['SC2086'], severity: 'info' },
  { line: 4, column: 5, message: 'x appears unused.', aliases: ['SC2034'], severity: 'warning' },
];

function run(config = resolveConfig([], 'Dockerfile'), external: FindingInput[] = RELAYED) {
  return lintText(TEXT, 'Dockerfile', { rules: [shellcheck], config, externalFindings: new Map([['shellcheck', external]]) }).findings;
}

describe('rule shellcheck', () => {
  it("relays ShellCheck's findings with their own code, level and column, honouring suppressions", () => {
    expect(run().map((f) => [f.line, f.column, f.severity, f.aliases])).toEqual([[2, 10, 'info', ['SC2086']]]);
  });

  it('says nothing when ShellCheck did not run', () => {
    expect(run(undefined, [])).toEqual([]);
  });

  it('config can silence one code, or raise the rule as a whole', () => {
    expect(run(resolveConfig([{ source: 't', ignore: ['SC2086'] }], 'Dockerfile'))).toEqual([]);
    expect(run(resolveConfig([{ source: 't', severity: { shellcheck: 'error' } }], 'Dockerfile')).map((f) => f.severity)).toEqual(['error']);
  });
});
