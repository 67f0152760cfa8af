import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { lintDockerfile } from '../../src/lint/engine.js';
import { findRule } from '../../src/lint/registry.js';
import type { Rule } from '../../src/lint/types.js';

// Two images from one file, as a compose file with two services builds them: `api` drops root, `worker` does not.
const TWO_IMAGES = [
  'FROM debian:12 AS base',
  'RUN echo base',
  'FROM node:20-alpine AS api',
  'WORKDIR /app',
  'COPY server.js ./',
  'USER node',
  'CMD ["node", "server.js"]',
  'FROM node:20-alpine AS worker',
  'WORKDIR /app',
  'COPY worker.js ./',
  'CMD ["node", "worker.js"]',
  'FROM base AS tools',
  '',
].join('\n');

function linesOf(rule: string, target: string | readonly (string | null)[] | null): number[] {
  const findings = lintDockerfile(parseDockerfile(TWO_IMAGES, { path: 'Dockerfile' }), { target, rules: [findRule(rule)!] });
  return findings.filter((f) => f.rule === rule).map((f) => f.line);
}

describe('every target of a file is judged as an image, not only the first', () => {
  it.each([
    { targets: ['api'], runsAsRoot: [] },
    { targets: ['worker'], runsAsRoot: [11] },
    { targets: ['api', 'worker'], runsAsRoot: [11] },
    { targets: ['worker', 'api'], runsAsRoot: [11] },
  ])('final-stage-runs-as-root with targets $targets', ({ targets, runsAsRoot }) => {
    expect(linesOf('final-stage-runs-as-root', targets)).toEqual(runsAsRoot);
  });

  it('a rule that does not depend on the target says a thing once, however many targets there are', () => {
    expect(linesOf('base-image-untagged', ['api', 'worker', null])).toEqual(linesOf('base-image-untagged', 'api'));
    expect(linesOf('base-image-untagged', 'api')).toEqual([]);
    expect(linesOf('legacy-key-value-format', ['api', 'worker'])).toEqual(linesOf('legacy-key-value-format', 'api'));
  });
});

describe('a rule that never asks for the target runs once, not once per target', () => {
  /** A rule that counts its runs; `readsTarget`: it names the judged target in its finding. */
  function countingRule(readsTarget: boolean): { rule: Rule; runs: () => number } {
    let runs = 0;
    const rule: Rule = {
      id: readsTarget ? 'names-the-target' : 'counts-stages',
      title: 'test rule',
      severity: 'warning',
      scope: 'all',
      aliases: [],
      checkFile(ctx) {
        runs++;
        const what = readsTarget ? `target ${ctx.target?.name ?? 'none'}` : `${ctx.dockerfile.stages.length} stages`;
        ctx.report({ message: what, line: 1 });
      },
    };
    return { rule, runs: () => runs };
  }
  const lint = (rule: Rule, target: readonly (string | null)[]) => lintDockerfile(parseDockerfile(TWO_IMAGES, { path: 'Dockerfile' }), { target, rules: [rule] });

  it.each([
    { readsTarget: false, runs: 1, messages: ['4 stages'] },
    { readsTarget: true, runs: 3, messages: ['target api', 'target tools', 'target worker'] },
  ])('reads the target: $readsTarget → $runs runs for three targets', ({ readsTarget, runs, messages }) => {
    const counting = countingRule(readsTarget);
    const findings = lint(counting.rule, ['api', 'worker', null]);
    expect(counting.runs()).toBe(runs);
    expect(findings.map((f) => f.message).sort()).toEqual(messages);
  });

  it('what a target-independent rule reports counts for every target: a finding about the second target still carries it', () => {
    // The primary speaks of the `worker` image only; the part, about no image in particular, belongs to any finding of the primary.
    const primary: Rule = {
      id: 'worker-only',
      title: 'test primary',
      severity: 'warning',
      scope: 'all',
      aliases: [],
      checkFile: (ctx) => (ctx.target?.name === 'worker' ? ctx.report({ message: 'about worker', line: 8 }) : undefined),
    };
    const part: Rule = {
      id: 'any-image',
      title: 'test part',
      severity: 'warning',
      scope: 'all',
      aliases: [],
      checkFile: (ctx) => ctx.report({ message: 'part of it', line: 1, partOf: { rule: 'worker-only' } }),
    };
    for (const order of [['api', 'worker'], ['worker', 'api']]) {
      const findings = lintDockerfile(parseDockerfile(TWO_IMAGES, { path: 'Dockerfile' }), { target: order, rules: [primary, part] });
      expect(findings.map((f) => [f.rule, f.related?.map((r) => r.message)]), order.join()).toEqual([['worker-only', ['part of it']]]);
    }
  });
});
