import { describe, expect, it } from 'vitest';
import { casesPath, evaluateCase, loadCases, type CaseOutcome } from '../scripts/conformance-lib.js';

const path = casesPath();
const cases = loadCases(path);

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
