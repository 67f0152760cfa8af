import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/index.js';
import { lintDockerfile } from '../../src/lint/engine.js';
import { findRule } from '../../src/lint/registry.js';

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
