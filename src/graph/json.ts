import type { GraphEdge, GraphNode, StageGraph } from './types.js';

/** Version of the JSON layout below; bumped on any change a consumer would notice. */
export const GRAPH_JSON_VERSION = 1;

/**
 * The graph as JSON (documented in docs/graph.md). Labels are the user's text unescaped: a consumer that
 * puts them into HTML or Markdown must escape them itself. Optional fields are left out when empty.
 */
export function renderGraphJson(graph: StageGraph): string {
  return `${JSON.stringify(graphJson(graph), null, 2)}\n`;
}

export function graphJson(graph: StageGraph): object {
  return {
    version: GRAPH_JSON_VERSION,
    nodes: graph.nodes.map(nodeJson),
    edges: graph.edges.map(edgeJson),
    notes: graph.notes,
  };
}

function nodeJson(node: GraphNode): object {
  return {
    id: node.id,
    kind: node.kind,
    label: node.label,
    target: node.target,
    dead: node.dead,
    change: node.change,
    ...(node.stage ? { stage: { index: node.stage.index, name: node.stage.name } } : {}),
    ...(node.image ? { image: node.image } : {}),
    ...(node.previousLabel !== undefined ? { previousLabel: node.previousLabel } : {}),
    ...(node.renamedFrom !== undefined ? { renamedFrom: node.renamedFrom } : {}),
    ...(node.baseChanged ? { baseChanged: true } : {}),
    ...(node.annotations ? { annotations: node.annotations } : {}),
  };
}

function edgeJson(edge: GraphEdge): object {
  return {
    from: edge.from,
    to: edge.to,
    kind: edge.kind,
    change: edge.change,
    ...(edge.mountType !== undefined ? { mountType: edge.mountType } : {}),
  };
}
