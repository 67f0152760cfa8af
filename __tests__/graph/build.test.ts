import { describe, expect, it } from 'vitest';
import { annotateStages, buildStageGraph, UNKNOWN_TARGET_NOTE } from '../../src/graph/build.js';
import { renderMermaid } from '../../src/graph/mermaid.js';
import { EIGHT_STAGE, TWO_STAGE } from './fixtures.js';
import { expectValidMermaid, model, summarize } from './helpers.js';

interface GraphCase {
  name: string;
  dockerfile: string;
  target?: string;
  nodes: string[];
  edges: string[];
  notes?: string[];
}

const cases: GraphCase[] = [
  {
    name: 'one stage from an image: the target',
    dockerfile: 'FROM alpine:3.20\nRUN true\n',
    nodes: ['stage:stage 0 target', 'image:alpine:3.20'],
    edges: ['alpine:3.20 -from-> stage 0'],
  },
  {
    name: 'two stages sharing an image, the final one copying from the builder',
    dockerfile: TWO_STAGE,
    nodes: ['stage:builder', 'stage:final target', 'image:node:20-alpine'],
    edges: ['node:20-alpine -from-> builder', 'node:20-alpine -from-> final', 'builder -copy-> final'],
  },
  {
    name: 'FROM scratch and COPY --from=scratch share one scratch node',
    dockerfile: 'FROM scratch AS a\nFROM alpine AS b\nCOPY --from=scratch / /\nFROM SCRATCH\nCOPY --from=a / /\n',
    nodes: ['stage:a', 'stage:b dead', 'stage:stage 2 target', 'image:scratch', 'image:alpine dead'],
    edges: ['scratch -from-> a', 'alpine -from-> b', 'scratch -copy-> b', 'scratch -from-> stage 2', 'a -copy-> stage 2'],
  },
  {
    name: 'spellings of one image reference are one node',
    dockerfile: 'FROM node:20 AS a\nFROM docker.io/library/node:20 AS b\nFROM index.docker.io/library/node:20\nCOPY --from=a / /\nCOPY --from=b / /\n',
    nodes: ['stage:a', 'stage:b', 'stage:stage 2 target', 'image:node:20'],
    edges: ['node:20 -from-> a', 'node:20 -from-> b', 'node:20 -from-> stage 2', 'a -copy-> stage 2', 'b -copy-> stage 2'],
  },
  {
    name: 'a stage the target never reaches is dead, and so is an image only it uses',
    dockerfile: 'FROM golang:1.22 AS build\nFROM python:3.12 AS docs\nFROM alpine\nCOPY --from=build /x /x\n',
    nodes: ['stage:build', 'stage:docs dead', 'stage:stage 2 target', 'image:golang:1.22', 'image:python:3.12 dead', 'image:alpine'],
    edges: ['golang:1.22 -from-> build', 'python:3.12 -from-> docs', 'alpine -from-> stage 2', 'build -copy-> stage 2'],
  },
  {
    name: '--target picks a middle stage: later stages and their images are dead',
    dockerfile: 'FROM golang:1.22 AS build\nFROM build AS test\nRUN go test\nFROM alpine AS release\nCOPY --from=build /x /x\n',
    target: 'TEST',
    nodes: ['stage:build', 'stage:test target', 'stage:release dead', 'image:golang:1.22', 'image:alpine dead'],
    edges: ['golang:1.22 -from-> build', 'build -from-> test', 'alpine -from-> release', 'build -copy-> release'],
  },
  {
    name: '--target by index',
    dockerfile: 'FROM alpine\nFROM busybox\n',
    target: '0',
    nodes: ['stage:stage 0 target', 'stage:stage 1 dead', 'image:alpine', 'image:busybox dead'],
    edges: ['alpine -from-> stage 0', 'busybox -from-> stage 1'],
  },
  {
    name: 'mounts with from= are edges (cache and bind, from a stage or an image); mounts without from= are not',
    dockerfile: [
      'FROM alpine AS tools',
      'FROM debian:12',
      'RUN --mount=type=cache,target=/c,from=tools --mount=from=busybox:1.36,target=/b --mount=type=cache,target=/root/.cache --mount=type=secret,id=npm true',
      '',
    ].join('\n'),
    nodes: ['stage:tools', 'stage:stage 1 target', 'image:alpine', 'image:debian:12', 'image:busybox:1.36'],
    edges: ['alpine -from-> tools', 'debian:12 -from-> stage 1', 'tools -mount/cache-> stage 1', 'busybox:1.36 -mount/bind-> stage 1'],
  },
  {
    name: 'repeated COPY --from the same stage is one edge; ADD --from counts as a copy',
    dockerfile: 'FROM alpine AS a\nFROM alpine\nCOPY --from=a /x /x\nCOPY --from=A /y /y\nADD --from=a /z /z\n',
    nodes: ['stage:a', 'stage:stage 1 target', 'image:alpine'],
    edges: ['alpine -from-> a', 'alpine -from-> stage 1', 'a -copy-> stage 1'],
  },
  {
    name: 'COPY --from an index',
    dockerfile: 'FROM alpine\nFROM busybox\nCOPY --from=0 /x /x\n',
    nodes: ['stage:stage 0', 'stage:stage 1 target', 'image:alpine', 'image:busybox'],
    edges: ['alpine -from-> stage 0', 'busybox -from-> stage 1', 'stage 0 -copy-> stage 1'],
  },
  {
    name: 'ARG defaults resolve; ARGs without one become a context node as written',
    dockerfile: 'ARG VERSION=3.20\nARG BASE\nFROM alpine:${VERSION} AS a\nFROM ${BASE}\nARG SRC\nCOPY --from=$SRC /x /x\nCOPY --from=a /y /y\n',
    nodes: ['stage:a', 'stage:stage 1 target', 'image:alpine:3.20', 'context:${BASE}', 'context:$SRC'],
    edges: ['alpine:3.20 -from-> a', '${BASE} -from-> stage 1', '$SRC -copy-> stage 1', 'a -copy-> stage 1'],
  },
  {
    name: 'a --from that is not a valid image reference is shown as a context',
    dockerfile: 'FROM alpine\nCOPY --from=My_Context /x /x\n',
    nodes: ['stage:stage 0 target', 'image:alpine', 'context:My_Context'],
    edges: ['alpine -from-> stage 0', 'My_Context -copy-> stage 0'],
  },
  {
    name: 'digests are shortened in labels',
    dockerfile: `FROM alpine@sha256:${'a'.repeat(64)}\n`,
    nodes: [`stage:stage 0 target`, `image:alpine@sha256:${'a'.repeat(12)}…`],
    edges: [`alpine@sha256:${'a'.repeat(12)}… -from-> stage 0`],
  },
  {
    name: 'a file with syntax errors still gives what could be read',
    dockerfile: 'FROM alpine AS a\nRUN\nCOPY --from=a\nFROM a AS b extra words\nBOGUS instruction\nFROM b\nCOPY --from=a /x /x\n',
    nodes: ['stage:a', 'stage:b', 'stage:stage 2 target', 'image:alpine'],
    edges: ['alpine -from-> a', 'a -copy-> a', 'a -from-> b', 'b -from-> stage 2', 'a -copy-> stage 2'],
  },
  {
    name: 'no stages: an empty graph',
    dockerfile: 'ARG X=1\n',
    nodes: [],
    edges: [],
  },
  {
    name: 'a target that matches no stage marks nothing and says so',
    dockerfile: 'FROM alpine AS a\nFROM alpine AS b\n',
    target: 'nope',
    nodes: ['stage:a', 'stage:b', 'image:alpine'],
    edges: ['alpine -from-> a', 'alpine -from-> b'],
    notes: [UNKNOWN_TARGET_NOTE],
  },
];

describe('buildStageGraph', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const graph = buildStageGraph(model(c.dockerfile), { target: c.target ?? null });
    expect(summarize(graph)).toEqual({ nodes: c.nodes, edges: c.edges });
    expect(graph.notes).toEqual(c.notes ?? []);
    await expectValidMermaid(renderMermaid(graph).text);
  });

  it('draws a target other than the last stage as `target: <name>`, never as unused', () => {
    const df = 'FROM alpine AS base\nFROM base AS light\nFROM base AS full\nFROM base AS dev\n';
    const text = renderMermaid(buildStageGraph(model(df), { target: ['light', null] })).text;
    expect(text).toContain('s1["target: light"]');
    expect(text).toContain('s3["dev (target)"]');
    expect(text).toContain('s2["full (unused)"]');
    expect(text).not.toContain('light (');
  });

  it('generates ids from position, never from names that look like ids', () => {
    const graph = buildStageGraph(model('FROM alpine AS s1\nFROM s1 AS i0\nFROM i0 AS end\nCOPY --from=c0 / /\n'));
    expect(graph.nodes.map((n) => `${n.id}=${n.label}`)).toEqual(['s0=s1', 's1=i0', 's2=end', 'i0=alpine', 'i1=c0']);
  });

  it('the eight-stage fixture: target, an unused stage, cache and bind mounts, six images', () => {
    const graph = buildStageGraph(model(EIGHT_STAGE));
    const { nodes, edges } = summarize(graph);
    expect(nodes).toEqual([
      'stage:go-base',
      'stage:api',
      'stage:migrate',
      'stage:web-deps',
      'stage:web',
      'stage:storybook dead',
      'stage:certs',
      'stage:runtime target',
      'image:golang:1.22-alpine',
      'image:schema',
      'image:node:20-alpine',
      'image:alpine:3.20',
      'image:gcr.io/distroless/static-debian12:nonroot',
      'image:busybox:1.36-musl',
    ]);
    expect(edges).toContain('web-deps -mount/cache-> web');
    expect(edges).toContain('schema -mount/bind-> migrate');
    expect(edges.filter((e) => e.endsWith('-> runtime'))).toHaveLength(6);
  });
});

describe('annotations', () => {
  const graph = buildStageGraph(model(TWO_STAGE));

  it('land on the stage they are keyed by (id, or index), and nowhere else', () => {
    const annotated = annotateStages(graph, new Map([['builder', { layers: 7 }], ['1', { sizeBytes: 1_900_000 }]]));
    expect(annotated.nodes.map((n) => n.annotations ?? null)).toEqual([{ layers: 7 }, { sizeBytes: 1_900_000 }, null]);
    expect(graph.nodes.every((n) => n.annotations === undefined), 'the input graph is left alone').toBe(true);
  });

  it('match own keys only: stages named like Object.prototype members get nothing', () => {
    const graph = buildStageGraph(model('FROM alpine AS constructor\nFROM alpine AS __proto__\nFROM alpine AS toString\n'), {
      annotations: { tostring: { layers: 2 } },
    });
    expect(graph.nodes.map((n) => n.annotations ?? null)).toEqual([null, null, { layers: 2 }, null]);
  });

  it('show in Mermaid labels', async () => {
    const annotated = buildStageGraph(model(TWO_STAGE), {
      annotations: { final: { sizeBytes: 1_900_000, baseSizeBytes: 40_100_000, layers: 3, buildSeconds: 92 } },
    });
    const text = renderMermaid(annotated).text;
    expect(text).toContain('s1["final (target) · 1.9 MB (−38.2 MB) · 3 layers · 1 min 32 s"]');
    await expectValidMermaid(text);
  });
});
