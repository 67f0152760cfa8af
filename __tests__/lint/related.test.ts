import { describe, expect, it } from 'vitest';
import { resolveConfig, type ConfigLayer } from '../../src/lint/config.js';
import { lintText } from '../../src/lint/engine.js';

/** The rules whose findings may carry one another here, and a rule suppressions are judged by. */
const WATCHED = new Set(['single-stage-build', 'final-stage-sdk-base', 'final-stage-copies-context', 'apt-lists-not-deleted', 'cleanup-in-later-layer', 'dev-dependencies-shipped', 'unused-suppression']);

interface Shown {
  rule: string;
  line: number;
  related?: { line: number; rule?: string }[];
}

function shown(dockerfile: string, config: Omit<ConfigLayer, 'source'> = {}, target?: readonly string[]): Shown[] {
  const { findings } = lintText(dockerfile, 'Dockerfile', {
    config: resolveConfig([{ source: 'test', ...config }], 'Dockerfile'),
    dockerignore: null,
    ...(target ? { target } : {}),
  });
  return findings
    .filter((f) => WATCHED.has(f.rule))
    .map((f) => ({ rule: f.rule, line: f.line, ...(f.related ? { related: f.related.map((r) => ({ line: r.line, ...(r.rule ? { rule: r.rule } : {}) })) } : {}) }));
}

// A Go app built in the image it ships: the SDK base and the whole context copied share the split's fix.
const GO_SINGLE_STAGE = ['FROM golang:1.22', 'WORKDIR /app', 'COPY . .', 'RUN go build -o /app/server .', 'CMD ["/app/server"]', ''].join('\n');
const withLineBefore = (text: string, line: number, inserted: string) => {
  const lines = text.split('\n');
  lines.splice(line - 1, 0, inserted);
  return lines.join('\n');
};

const NODE_SINGLE_STAGE = ['FROM node:20', 'WORKDIR /app', 'COPY . .', 'RUN npm install && npm run build', 'CMD ["node", "dist/index.js"]', ''].join('\n');

const APT_LATE = ['FROM debian:12', 'RUN apt-get update && apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*', 'CMD ["curl", "--version"]', ''].join('\n');

describe('one problem, one finding: the primary finding carries the others as related lines', () => {
  it.each<{ name: string; dockerfile: string; config?: Omit<ConfigLayer, 'source'>; target?: string[]; expect: Shown[] }>([
    {
      name: 'single-stage-build carries the SDK base and the copied context of the same image',
      dockerfile: GO_SINGLE_STAGE,
      expect: [
        {
          rule: 'single-stage-build',
          line: 4,
          related: [
            { line: 1, rule: 'final-stage-sdk-base' },
            { line: 3, rule: 'final-stage-copies-context' },
          ],
        },
      ],
    },
    {
      name: 'a Node app built where it runs: single-stage-build also carries the devDependencies its fix leaves behind',
      dockerfile: NODE_SINGLE_STAGE,
      expect: [
        {
          rule: 'single-stage-build',
          line: 4,
          related: [
            { line: 1, rule: 'final-stage-sdk-base' },
            { line: 3, rule: 'final-stage-copies-context' },
            { line: 4, rule: 'dev-dependencies-shipped' },
          ],
        },
      ],
    },
    {
      name: 'pruned in a later RUN of the image that builds: single-stage-build carries the layer that still holds them',
      dockerfile: NODE_SINGLE_STAGE.replace('CMD', 'RUN npm prune --omit=dev\nCMD'),
      expect: [
        {
          rule: 'single-stage-build',
          line: 4,
          related: [
            { line: 1, rule: 'final-stage-sdk-base' },
            { line: 3, rule: 'final-stage-copies-context' },
            { line: 5, rule: 'cleanup-in-later-layer' },
          ],
        },
      ],
    },
    {
      name: 'pruned in a later RUN without a build in the image: the layer is a finding of its own',
      dockerfile: ['FROM node:20-slim', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY server.js ./', 'RUN npm prune --omit=dev', 'CMD ["node", "server.js"]', ''].join('\n'),
      expect: [{ rule: 'cleanup-in-later-layer', line: 6, related: [{ line: 4 }] }],
    },
    {
      name: 'without a build in the image, the devDependencies are a finding of their own',
      dockerfile: ['FROM node:20-slim', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm install', 'COPY server.js ./', 'CMD ["node", "server.js"]', ''].join('\n'),
      expect: [{ rule: 'dev-dependencies-shipped', line: 4 }],
    },
    {
      name: 'the same with the app started through its build tool (go run)',
      dockerfile: ['FROM golang:1.22', 'WORKDIR /app', 'COPY go.mod main.go ./', 'CMD ["go", "run", "."]', ''].join('\n'),
      expect: [{ rule: 'single-stage-build', line: 4, related: [{ line: 1, rule: 'final-stage-sdk-base' }] }],
    },
    {
      name: 'a suppressed part is left out of the primary; the suppression counts as used',
      dockerfile: withLineBefore(GO_SINGLE_STAGE, 3, '# stagecraft ignore=final-stage-copies-context'),
      config: { severity: { 'unused-suppression': 'warning' } },
      expect: [{ rule: 'single-stage-build', line: 5, related: [{ line: 1, rule: 'final-stage-sdk-base' }] }],
    },
    {
      name: 'a suppressed primary silences what it carries: one problem, accepted once',
      dockerfile: withLineBefore(GO_SINGLE_STAGE, 4, '# stagecraft ignore=single-stage-build'),
      config: { severity: { 'unused-suppression': 'warning' } },
      expect: [],
    },
    {
      name: 'with the primary rule off, a part that stands on its own is reported, one that only makes sense as a part is not',
      dockerfile: GO_SINGLE_STAGE,
      config: { ignore: ['single-stage-build'] },
      expect: [{ rule: 'final-stage-copies-context', line: 3 }],
    },
    {
      name: 'a part is carried only by the primary about the same target image',
      dockerfile: [
        'FROM golang:1.22 AS api',
        'WORKDIR /app',
        'COPY . .',
        'RUN go build -o /app/server .',
        'CMD ["/app/server"]',
        'FROM golang:1.22 AS build',
        'WORKDIR /src',
        'COPY . .',
        'RUN go build -o /out/worker ./cmd/worker',
        'FROM alpine:3.20 AS worker',
        'WORKDIR /app',
        'COPY . .',
        'COPY --from=build /out/worker /usr/local/bin/worker',
        'CMD ["worker"]',
        '',
      ].join('\n'),
      target: ['api', 'worker'],
      expect: [
        {
          rule: 'single-stage-build',
          line: 4,
          related: [
            { line: 1, rule: 'final-stage-sdk-base' },
            { line: 3, rule: 'final-stage-copies-context' },
          ],
        },
        { rule: 'final-stage-copies-context', line: 12 },
      ],
    },
    {
      name: 'apt lists removed in a later RUN: DL3009 on the update carries the removal',
      dockerfile: APT_LATE,
      expect: [{ rule: 'apt-lists-not-deleted', line: 2, related: [{ line: 3, rule: 'cleanup-in-later-layer' }] }],
    },
    {
      name: 'the lists go to DL3009, the packages purged in the same RUN stay a finding of their own',
      dockerfile: APT_LATE.replace('RUN rm -rf', 'RUN apt-get purge -y curl && rm -rf'),
      expect: [
        { rule: 'apt-lists-not-deleted', line: 2, related: [{ line: 3, rule: 'cleanup-in-later-layer' }] },
        { rule: 'cleanup-in-later-layer', line: 3 },
      ],
    },
    {
      name: 'DL3009 suppressed on the update: the late removal is not reported either',
      dockerfile: withLineBefore(APT_LATE, 2, '# hadolint ignore=DL3009'),
      config: { severity: { 'unused-suppression': 'warning' } },
      expect: [],
    },
    {
      name: 'DL3009 ignored in config: the late removal is reported on its own, pointing at the update',
      dockerfile: APT_LATE,
      config: { ignore: ['DL3009'] },
      expect: [{ rule: 'cleanup-in-later-layer', line: 3, related: [{ line: 2 }] }],
    },
  ])('$name', ({ dockerfile, config, target, expect: want }) => {
    expect(shown(dockerfile, config, target)).toEqual(want);
  });

  it('a carried finding keeps its message and rule on the related line', () => {
    const { findings } = lintText(GO_SINGLE_STAGE, 'Dockerfile', { dockerignore: null });
    const primary = findings.find((f) => f.rule === 'single-stage-build')!;
    expect(primary.related).toEqual([
      { line: 1, rule: 'final-stage-sdk-base', message: expect.stringContaining('`golang:1.22`, which carries the Go toolchain') },
      { line: 3, rule: 'final-stage-copies-context', message: expect.stringContaining('`COPY . .` ships the whole source tree') },
    ]);
  });
});
