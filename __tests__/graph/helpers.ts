import { expect } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import type { Dockerfile } from '../../src/dockerfile/types.js';
import type { GraphNode, StageGraph } from '../../src/graph/types.js';
import { mermaidParseError } from './mermaid-parser.js';

export function model(text: string): Dockerfile {
  return parseDockerfile(text, { path: 'Dockerfile' });
}

/**
 * A graph as lines a person can compare at a glance: `stage:builder target`, `image:node:20 dead`,
 * and `node:20 -from-> builder`, with the diff mark at the end when there is one.
 */
export function summarize(graph: StageGraph): { nodes: string[]; edges: string[] } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodeText = (n: GraphNode): string =>
    [
      `${n.kind}:${n.label}`,
      n.target ? 'target' : '',
      n.dead ? 'dead' : '',
      n.change && n.change !== 'unchanged' ? n.change : '',
      n.previousLabel !== undefined ? `was ${n.previousLabel}` : '',
      n.renamedFrom !== undefined ? `renamed from ${n.renamedFrom}` : '',
      n.baseChanged ? 'base changed' : '',
    ]
      .filter(Boolean)
      .join(' ');
  return {
    nodes: graph.nodes.map(nodeText),
    edges: graph.edges.map((e) => {
      const kind = e.mountType ? `${e.kind}/${e.mountType}` : e.kind;
      const mark = e.change && e.change !== 'unchanged' ? ` ${e.change}` : '';
      return `${byId.get(e.from)!.label} -${kind}-> ${byId.get(e.to)!.label}${mark}`;
    }),
  };
}

/** Every Mermaid text a test produces goes through the real parser. */
export async function expectValidMermaid(text: string): Promise<void> {
  expect(await mermaidParseError(text), text).toBeNull();
}

/** Mermaid entity codes back to characters, as Mermaid does after parsing. */
export function decodeMermaidEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
  return text.replace(/#(\w+);/g, (whole, name: string) => {
    if (/^\d+$/.test(name)) return String.fromCodePoint(Number(name));
    return named[name] ?? whole;
  });
}
