import { describe, expect, it } from 'vitest';
import { createShellcheckRunner } from '../src/files/shellcheck-runner.js';
import { casesPath, evaluateCase, loadCases, shellcheckForCases, type CaseOutcome } from '../scripts/conformance-lib.js';

const path = casesPath();
const cases = loadCases(path);
// ShellCheck's cases count when it is installed, from one ShellCheck run for all of them.
const shellcheck = cases === null ? null : await shellcheckForCases(cases, createShellcheckRunner());

function describeOutcome(o: CaseOutcome): string {
  return `${o.alias} ${o.case.case_id ?? ''}: expected ${o.case.expect} [${o.expected}], got ${o.got}`;
}

describe('conformance with BuildKit', () => {
  if (cases === null) {
    it.skip(`needs the cases at ${path} (set STAGECRAFT_CONFORMANCE to run it)`, () => {});
    return;
  }
  const outcomes = cases
    .filter((c) => c.source === 'buildkit')
    .map((c) => evaluateCase(c))
    .filter((o): o is CaseOutcome => o !== null);

  it('agrees on every case of a BuildKit check we implement', () => {
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => !o.agreed).map(describeOutcome)).toEqual([]);
  });

  it('starts each finding with the message BuildKit prints', () => {
    const mismatched = outcomes
      .filter((o) => o.case.expect === 'violation' && o.case.detail !== undefined)
      .filter((o) => !o.findings.some((f) => f.message.startsWith(o.case.detail!)))
      .map((o) => `${o.alias}: "${o.case.detail}" vs ${JSON.stringify(o.findings.map((f) => f.message))}`);
    expect(mismatched).toEqual([]);
  });
});

describe('conformance with hadolint', () => {
  if (cases === null) {
    it.skip(`needs the cases at ${path} (set STAGECRAFT_CONFORMANCE to run it)`, () => {});
    return;
  }
  const outcomes = cases
    .map((c, i) => (c.source === 'hadolint' ? evaluateCase(c, undefined, i, shellcheck) : null))
    .filter((o): o is CaseOutcome => o !== null);

  it('agrees on at least 98 % of the cases, the deliberate differences aside', () => {
    const disagreements = outcomes.filter((o) => !o.agreed);
    // The documented differences (docs/compatibility.md): labels judged on the shipped image only (DL3049),
    // and pipes from commands that cannot fail (DL4006).
    const undocumented = disagreements.filter((o) => !['DL3049', 'DL4006'].includes(o.alias));
    expect(undocumented.map(describeOutcome)).toEqual([]);
    expect(outcomes.length - disagreements.length).toBeGreaterThanOrEqual(Math.ceil(outcomes.length * 0.98));
  });
});
