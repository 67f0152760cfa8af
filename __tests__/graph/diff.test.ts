import { describe, expect, it } from 'vitest';
import { diffStageGraphs } from '../../src/graph/diff.js';
import { matchStages } from '../../src/graph/match.js';
import { renderMermaid } from '../../src/graph/mermaid.js';
import { DIFF_BASE, DIFF_HEAD } from './fixtures.js';
import { expectValidMermaid, model, summarize } from './helpers.js';

interface DiffCase {
  name: string;
  base: string | null;
  head: string | null;
  target?: string;
  nodes: string[];
  edges: string[];
}

const cases: DiffCase[] = [
  {
    name: 'nothing changed',
    base: 'FROM alpine AS a\nFROM a\n',
    head: 'FROM alpine AS a\nFROM a\n',
    nodes: ['stage:a', 'stage:stage 1 target', 'image:alpine'],
    edges: ['alpine -from-> a', 'a -from-> stage 1'],
  },
  {
    name: 'a tag bump: one changed image, the stage built from it changed, the edge changed',
    base: 'FROM node:18\nRUN npm ci\n',
    head: 'FROM node:20\nRUN npm ci\n',
    nodes: ['stage:stage 0 target changed base changed', 'image:node:20 changed was node:18'],
    edges: ['node:20 -from-> stage 0 changed'],
  },
  {
    name: 'a digest pin counts as a bump of the same image',
    base: 'FROM node:20\n',
    head: `FROM node:20@sha256:${'b'.repeat(64)}\n`,
    nodes: ['stage:stage 0 target changed base changed', `image:node:20@sha256:${'b'.repeat(12)}… changed was node:20`],
    edges: [`node:20@sha256:${'b'.repeat(12)}… -from-> stage 0 changed`],
  },
  {
    name: 'another image repository is a removal and an addition, not a bump',
    base: 'FROM alpine:3.19\n',
    head: 'FROM debian:12\n',
    nodes: ['stage:stage 0 target changed base changed', 'image:debian:12 added', 'image:alpine:3.19 removed'],
    edges: ['debian:12 -from-> stage 0 added', 'alpine:3.19 -from-> stage 0 removed'],
  },
  {
    name: 'two tags of one repository on each side cannot be paired reliably: left as removed and added',
    base: 'FROM node:18 AS a\nFROM node:18-alpine\nCOPY --from=a / /\n',
    head: 'FROM node:20 AS a\nFROM node:20-alpine\nCOPY --from=a / /\n',
    nodes: [
      'stage:a changed base changed',
      'stage:stage 1 target changed base changed',
      'image:node:20 added',
      'image:node:20-alpine added',
      'image:node:18 removed',
      'image:node:18-alpine removed',
    ],
    edges: [
      'node:20 -from-> a added',
      'node:20-alpine -from-> stage 1 added',
      'a -copy-> stage 1',
      'node:18 -from-> a removed',
      'node:18-alpine -from-> stage 1 removed',
    ],
  },
  {
    name: 'a stage added, with its edges',
    base: 'FROM golang:1.22 AS build\nFROM alpine\nCOPY --from=build /x /x\n',
    head: 'FROM golang:1.22 AS build\nFROM build AS test\nRUN go test\nFROM alpine\nCOPY --from=build /x /x\n',
    nodes: ['stage:build', 'stage:test dead added', 'stage:stage 2 target', 'image:golang:1.22', 'image:alpine'],
    edges: ['golang:1.22 -from-> build', 'build -from-> test added', 'alpine -from-> stage 2', 'build -copy-> stage 2'],
  },
  {
    name: 'a stage removed: shown where it was, with its edges removed',
    base: 'FROM golang:1.22 AS build\nFROM python:3.12 AS docs\nRUN mkdocs build\nFROM alpine\nCOPY --from=build /x /x\nCOPY --from=docs /site /site\n',
    head: 'FROM golang:1.22 AS build\nFROM alpine\nCOPY --from=build /x /x\n',
    nodes: ['stage:build', 'stage:docs removed', 'stage:stage 1 target', 'image:golang:1.22', 'image:alpine', 'image:python:3.12 removed'],
    edges: ['golang:1.22 -from-> build', 'alpine -from-> stage 1', 'build -copy-> stage 1', 'python:3.12 -from-> docs removed', 'docs -copy-> stage 1 removed'],
  },
  {
    name: 'a rename: same base, same body, references updated',
    base: 'FROM node:20 AS build\nRUN npm ci\nRUN npm run build\nFROM nginx\nCOPY --from=build /app/dist /usr/share/nginx/html\n',
    head: 'FROM node:20 AS builder\nRUN npm ci\nRUN npm run build\nFROM nginx\nCOPY --from=builder /app/dist /usr/share/nginx/html\n',
    nodes: ['stage:builder changed renamed from build', 'stage:stage 1 target', 'image:node:20', 'image:nginx'],
    edges: ['node:20 -from-> builder', 'nginx -from-> stage 1', 'builder -copy-> stage 1'],
  },
  {
    name: 'not a rename when the bodies differ: one stage removed, another added',
    base: 'FROM node:20 AS build\nFROM build AS test\nRUN npm test\nFROM build\n',
    head: 'FROM node:20 AS build\nFROM build AS lint\nRUN npm run lint\nFROM build\n',
    nodes: ['stage:build', 'stage:test removed', 'stage:lint dead added', 'stage:stage 2 target', 'image:node:20'],
    edges: ['node:20 -from-> build', 'build -from-> lint added', 'build -from-> stage 2', 'build -from-> test removed'],
  },
  {
    name: 'not a rename when two stages are equally close: ambiguity is not guessed',
    base: 'FROM alpine AS one\nRUN make\nFROM alpine AS two\nRUN make\nFROM scratch\n',
    head: 'FROM alpine AS uno\nRUN make\nFROM alpine AS dos\nRUN make\nFROM scratch\n',
    nodes: [
      'stage:one removed',
      'stage:two removed',
      'stage:uno dead added',
      'stage:dos dead added',
      'stage:stage 2 target',
      'image:alpine dead',
      'image:scratch',
    ],
    edges: ['alpine -from-> uno added', 'alpine -from-> dos added', 'scratch -from-> stage 2', 'alpine -from-> one removed', 'alpine -from-> two removed'],
  },
  {
    name: 'a rename carries over to the stages built FROM it',
    base: 'FROM alpine AS a\nRUN make a\nFROM a AS b\nRUN make b\nFROM b\n',
    head: 'FROM alpine AS base\nRUN make a\nFROM base AS build\nRUN make b\nFROM build\n',
    nodes: ['stage:base changed renamed from a', 'stage:build changed renamed from b', 'stage:stage 2 target', 'image:alpine'],
    edges: ['alpine -from-> base', 'base -from-> build', 'build -from-> stage 2'],
  },
  {
    name: 'an unnamed stage that gains a name is a rename',
    base: 'FROM golang:1.22\nRUN go build -o /app .\n',
    head: 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n',
    nodes: ['stage:build changed renamed from stage 0', 'stage:stage 1 target added', 'image:golang:1.22', 'image:scratch added'],
    edges: ['golang:1.22 -from-> build', 'scratch -from-> stage 1 added', 'build -copy-> stage 1 added'],
  },
  {
    name: 'unnamed stages pair by position when nothing better matches',
    base: 'FROM alpine\nRUN a\nFROM busybox\n',
    head: 'FROM debian\nRUN b\nFROM busybox\n',
    nodes: ['stage:stage 0 dead changed base changed', 'stage:stage 1 target', 'image:debian dead added', 'image:busybox', 'image:alpine removed'],
    edges: ['debian -from-> stage 0 added', 'busybox -from-> stage 1', 'alpine -from-> stage 0 removed'],
  },
  {
    name: 'a stage now built FROM another stage',
    base: 'FROM alpine AS a\nFROM alpine AS b\nFROM a AS c\n',
    head: 'FROM alpine AS a\nFROM alpine AS b\nFROM b AS c\n',
    nodes: ['stage:a dead', 'stage:b', 'stage:c target changed base changed', 'image:alpine'],
    edges: ['alpine -from-> a', 'alpine -from-> b', 'b -from-> c added', 'a -from-> c removed'],
  },
  {
    name: 'a mount added and a COPY --from removed',
    base: 'FROM alpine AS deps\nFROM alpine\nCOPY --from=deps /d /d\n',
    head: 'FROM alpine AS deps\nFROM alpine\nRUN --mount=type=bind,from=deps,target=/d make\n',
    nodes: ['stage:deps', 'stage:stage 1 target', 'image:alpine'],
    edges: ['alpine -from-> deps', 'alpine -from-> stage 1', 'deps -mount/bind-> stage 1 added', 'deps -copy-> stage 1 removed'],
  },
  {
    name: 'a new file: everything added',
    base: null,
    head: 'FROM alpine AS a\nFROM a\n',
    nodes: ['stage:a added', 'stage:stage 1 target added', 'image:alpine added'],
    edges: ['alpine -from-> a added', 'a -from-> stage 1 added'],
  },
  {
    name: 'a deleted file: everything removed, nothing marked target',
    base: 'FROM alpine AS a\nFROM a\n',
    head: null,
    nodes: ['stage:a removed', 'stage:stage 1 removed', 'image:alpine removed'],
    edges: ['alpine -from-> a removed', 'a -from-> stage 1 removed'],
  },
  {
    name: 'the target applies to the head version',
    base: 'FROM alpine AS a\nFROM alpine AS b\n',
    head: 'FROM alpine AS a\nFROM alpine AS b\nFROM alpine AS c\n',
    target: 'a',
    nodes: ['stage:a target', 'stage:b dead', 'stage:c dead added', 'image:alpine'],
    edges: ['alpine -from-> a', 'alpine -from-> b', 'alpine -from-> c added'],
  },
];

describe('diffStageGraphs', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const graph = diffStageGraphs(c.base === null ? null : model(c.base), c.head === null ? null : model(c.head), { target: c.target ?? null });
    expect(summarize(graph)).toEqual({ nodes: c.nodes, edges: c.edges });
    expect(new Set(graph.nodes.map((n) => n.id)).size, 'ids are unique').toBe(graph.nodes.length);
    await expectValidMermaid(renderMermaid(graph).text);
  });

  it('the fixture pull request: bump, rename, replaced stage, new mount, new final base', async () => {
    const graph = diffStageGraphs(model(DIFF_BASE), model(DIFF_HEAD));
    expect(summarize(graph)).toEqual({
      nodes: [
        'stage:deps changed base changed',
        'stage:builder changed renamed from build base changed',
        'stage:lint removed',
        'stage:test dead added',
        'stage:stage 3 target changed base changed',
        'image:node:20-alpine changed was node:18-alpine',
        'image:gcr.io/distroless/nodejs20-debian12 added',
      ],
      edges: [
        'node:20-alpine -from-> deps changed',
        'node:20-alpine -from-> builder changed',
        'deps -copy-> builder',
        'builder -from-> test added',
        'gcr.io/distroless/nodejs20-debian12 -from-> stage 3 added',
        'deps -copy-> stage 3',
        'builder -copy-> stage 3',
        'builder -from-> lint removed',
        'node:20-alpine -from-> stage 3 removed',
      ],
    });
    const rendering = renderMermaid(graph);
    expect(rendering.legend).toContain('🟩 added');
    expect(rendering.legend).toContain('🟥 removed');
    expect(rendering.legend).toContain('🟨 changed');
    await expectValidMermaid(rendering.text);
  });
});

describe('matchStages', () => {
  it('matches names case-insensitively and does not call a case change a rename', () => {
    const matching = matchStages(model('FROM alpine AS Build\nFROM alpine\n'), model('FROM alpine AS build\nFROM alpine\n'));
    expect([...matching.baseToHead]).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect([...matching.renamed]).toEqual([]);
  });

  it('keeps unnamed stages in order when one is inserted before the others', () => {
    const matching = matchStages(
      model('FROM alpine\nFROM debian\n'),
      model('FROM busybox\nFROM alpine\nFROM debian\n'),
    );
    expect([...matching.baseToHead]).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});
