import { describe, expect, it } from 'vitest';
import { buildStageGraph } from '../../src/graph/build.js';
import { diffStageGraphs } from '../../src/graph/diff.js';
import { quoteDot, renderDot } from '../../src/graph/dot.js';
import { renderGraphJson } from '../../src/graph/json.js';
import { TWO_STAGE } from './fixtures.js';
import { model } from './helpers.js';

describe('renderGraphJson', () => {
  it('writes the documented layout', () => {
    const json = JSON.parse(renderGraphJson(buildStageGraph(model(TWO_STAGE), { annotations: { final: { sizeBytes: 5 } } })));
    expect(json).toEqual({
      version: 1,
      nodes: [
        { id: 's0', kind: 'stage', label: 'builder', target: false, dead: false, change: null, stage: { index: 0, name: 'builder' } },
        { id: 's1', kind: 'stage', label: 'final', target: true, dead: false, change: null, stage: { index: 1, name: 'final' }, annotations: { sizeBytes: 5 } },
        { id: 'i0', kind: 'image', label: 'node:20-alpine', target: false, dead: false, change: null, image: { name: 'node', tag: '20-alpine', digest: null } },
      ],
      edges: [
        { from: 'i0', to: 's0', kind: 'from', change: null },
        { from: 'i0', to: 's1', kind: 'from', change: null },
        { from: 's0', to: 's1', kind: 'copy', change: null },
      ],
      notes: [],
    });
  });

  it('carries diff marks, renames, previous images and mount types', () => {
    const json = JSON.parse(
      renderGraphJson(
        diffStageGraphs(
          model('FROM node:18 AS build\nRUN make\nFROM alpine\nCOPY --from=build / /\n'),
          model('FROM node:20 AS builder\nRUN make\nFROM alpine\nRUN --mount=type=cache,from=builder,target=/c true\n'),
        ),
      ),
    );
    expect(json.nodes[0]).toMatchObject({ label: 'builder', change: 'changed', renamedFrom: 'build', baseChanged: true });
    expect(json.nodes.find((n: { kind: string; change: string }) => n.kind === 'image' && n.change === 'changed')).toMatchObject({ label: 'node:20', previousLabel: 'node:18' });
    expect(json.edges).toContainEqual({ from: 's0', to: 's1', kind: 'mount', mountType: 'cache', change: 'added' });
    expect(json.edges).toContainEqual({ from: 's0', to: 's1', kind: 'copy', change: 'removed' });
  });

  it('leaves labels as the user wrote them (escaping is the consumer\'s job)', () => {
    const json = JSON.parse(renderGraphJson(buildStageGraph(model('FROM alpine AS <b>@x</b>\n'))));
    expect(json.nodes[0].label).toBe('<b>@x</b>');
  });
});

describe('renderDot', () => {
  it('draws the two-stage example', () => {
    expect(renderDot(buildStageGraph(model(TWO_STAGE)))).toBe(
      [
        'digraph stages {',
        '  rankdir=LR;',
        '  node [shape=box, fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
        '  s0 [label="builder"];',
        '  s1 [label="final (target)", penwidth="3"];',
        '  i0 [label="node:20-alpine", style="dashed"];',
        '  i0 -> s0;',
        '  i0 -> s1;',
        '  s0 -> s1 [label="COPY --from", style="dashed"];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['plain', 'a b', '"a b"'],
    ['quote', 'a"b', '"a\\"b"'],
    ['backslash escapes Graphviz would read', 'a\\nb\\l', '"a\\\\nb\\\\l"'],
    ['HTML-like text stays a string', '<b>x</b>', '"<b>x</b>"'],
  ])('quotes %s', (_name, input, expected) => expect(quoteDot(input)).toBe(expected));
});
