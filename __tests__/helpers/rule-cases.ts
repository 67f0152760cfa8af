import { describe, expect, it } from 'vitest';
import { resolveConfig, type ConfigLayer } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/engine.js';
import type { Finding, Rule } from '../../src/lint/types.js';

export interface ExpectedFinding {
  line: number;
  endLine?: number;
  column?: number;
  /** A substring of the message, or a pattern it must match. */
  message?: string | RegExp;
  severity?: Finding['severity'];
  stage?: Finding['stage'];
}

export interface RuleCase {
  name: string;
  dockerfile: string;
  /** Every finding of the rule, in line order; [] means the rule must stay silent. */
  expect: ExpectedFinding[];
  target?: string;
  dockerignore?: string | null;
  /** Configuration in `.stagecraft.yml` terms (already parsed). */
  config?: Omit<ConfigLayer, 'source'>;
  path?: string;
}

/** Findings of one rule only, with the whole engine (suppressions, config) in the loop. */
export function findingsOf(rule: Rule, dockerfile: string, options: Omit<RuleCase, 'name' | 'dockerfile' | 'expect'> = {}): Finding[] {
  const config = resolveConfig([{ source: 'test', ...(options.config ?? {}) }], options.path ?? 'Dockerfile');
  const { findings } = lintText(dockerfile, options.path ?? 'Dockerfile', {
    config,
    target: options.target,
    dockerignore: options.dockerignore,
    rules: [rule],
  });
  const internal = findings.filter((f) => f.rule === 'internal-error');
  if (internal.length > 0) throw new Error(internal.map((f) => f.message).join('\n'));
  return findings.filter((f) => f.rule === rule.id);
}

/** A table-driven suite: each case lists exactly the findings the rule must produce. */
export function describeRule(rule: Rule, cases: RuleCase[]): void {
  describe(`rule ${rule.id}`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const found = findingsOf(rule, c.dockerfile, c);
      const summary = found.map((f) => `${f.line}: ${f.message}`);
      expect(summary, 'number of findings').toHaveLength(c.expect.length);
      c.expect.forEach((want, i) => {
        const got = found[i]!;
        expect(got.line, `finding ${i} line`).toBe(want.line);
        if (want.endLine !== undefined) expect(got.endLine, `finding ${i} endLine`).toBe(want.endLine);
        if (want.column !== undefined) expect(got.column, `finding ${i} column`).toBe(want.column);
        if (want.severity !== undefined) expect(got.severity).toBe(want.severity);
        if (want.stage !== undefined) expect(got.stage).toBe(want.stage);
        if (typeof want.message === 'string') expect(got.message).toContain(want.message);
        else if (want.message) expect(got.message).toMatch(want.message);
      });
    });
  });
}
