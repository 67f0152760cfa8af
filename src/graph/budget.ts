import { groupedImagesLabel } from './labels.js';
import type { Change, GraphEdge, GraphNode, StageGraph } from './types.js';

/**
 * What a renderer's output may hold. GitHub draws Mermaid with the library's defaults: more than 500 edges
 * is an error ("Edge limit exceeded"), and more than 50,000 characters is silently replaced by a
 * "Maximum text size in diagram exceeded" picture.
 */
export interface GraphBudget {
  maxEdges: number;
  maxTextLength: number;
}

export const GITHUB_MERMAID_BUDGET: GraphBudget = { maxEdges: 500, maxTextLength: 50_000 };

interface CollapseStep {
  /** Returns the smaller graph and the note that says what was left out, or null when it changes nothing. */
  apply(graph: StageGraph): { graph: StageGraph; note: string } | null;
}

/**
 * Makes a graph small enough to draw, giving up detail in the order a reviewer misses it least: cache and
 * bind mounts, then the individual external images, then stages the target does not need, then COPY
 * edges. Each step that was needed adds a note; a graph that still does not fit becomes one node saying so.
 */
export function fitToBudget(graph: StageGraph, fits: (graph: StageGraph) => boolean): StageGraph {
  if (fits(graph)) return graph;
  let current = graph;
  for (const step of COLLAPSE_STEPS) {
    const result = step.apply(current);
    if (!result) continue;
    current = { ...result.graph, notes: [...current.notes, result.note] };
    if (fits(current)) return current;
  }
  const stages = graph.nodes.filter((n) => n.kind === 'stage').length;
  return {
    nodes: [{ id: 'n0', key: 'too-large', kind: 'stage', label: `${stages} stages, ${graph.edges.length} dependencies`, target: false, dead: false, change: null }],
    edges: [],
    notes: [
      ...graph.notes,
      `The graph (${stages} stages, ${graph.edges.length} dependencies) is too large for GitHub to draw even without mounts, images and unused stages; run \`stagecraft graph --format dot\` to see it.`,
    ],
  };
}

const COLLAPSE_STEPS: CollapseStep[] = [
  {
    apply(graph) {
      const kept = graph.edges.filter((e) => e.kind !== 'mount');
      const dropped = graph.edges.length - kept.length;
      if (dropped === 0) return null;
      return { graph: withoutOrphans({ ...graph, edges: kept }, graph), note: `${plural(dropped, 'RUN --mount edge is', 'RUN --mount edges are')} left out to fit GitHub's diagram limits.` };
    },
  },
  {
    apply(graph) {
      const images = graph.nodes.filter((n) => n.kind === 'image');
      if (images.length < 2) return null;
      return { graph: groupImages(graph, images), note: `${images.length} external images are drawn as one node to fit GitHub's diagram limits.` };
    },
  },
  {
    apply(graph) {
      const unused = new Set(graph.nodes.filter((n) => n.kind === 'stage' && n.dead).map((n) => n.id));
      if (unused.size === 0) return null;
      const edges = graph.edges.filter((e) => !unused.has(e.to) && !unused.has(e.from));
      const nodes = graph.nodes.filter((n) => !unused.has(n.id));
      return { graph: withoutOrphans({ ...graph, nodes, edges }, graph), note: `${plural(unused.size, 'stage', 'stages')} the target does not need left out to fit GitHub's diagram limits.` };
    },
  },
  {
    apply(graph) {
      const kept = graph.edges.filter((e) => e.kind !== 'copy');
      const dropped = graph.edges.length - kept.length;
      if (dropped === 0) return null;
      return { graph: withoutOrphans({ ...graph, edges: kept }, graph), note: `${plural(dropped, 'COPY --from edge is', 'COPY --from edges are')} left out to fit GitHub's diagram limits.` };
    },
  },
];

/** Drops image and context nodes that lost their last edge; stages always stay. */
function withoutOrphans(graph: StageGraph, before: StageGraph): StageGraph {
  const used = new Set(graph.edges.map((e) => e.from));
  const hadEdges = new Set(before.edges.map((e) => e.from));
  return { ...graph, nodes: graph.nodes.filter((n) => n.kind === 'stage' || used.has(n.id) || !hadEdges.has(n.id)) };
}

function groupImages(graph: StageGraph, images: GraphNode[]): StageGraph {
  const imageIds = new Set(images.map((n) => n.id));
  const group: GraphNode = {
    id: 'ig',
    key: 'image-group',
    kind: 'image',
    label: groupedImagesLabel(images.length),
    target: false,
    dead: images.every((n) => n.dead),
    change: combineChanges(images.map((n) => n.change)),
    grouped: images.length,
  };
  const edges = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const from = imageIds.has(edge.from) ? group.id : edge.from;
    const key = JSON.stringify([from, edge.to, edge.kind, edge.mountType ?? null]);
    (edges.get(key) ?? edges.set(key, []).get(key)!).push({ ...edge, from });
  }
  const nodes = graph.nodes.filter((n) => !imageIds.has(n.id));
  const firstNonStage = nodes.findIndex((n) => n.kind !== 'stage');
  nodes.splice(firstNonStage < 0 ? nodes.length : firstNonStage, 0, group);
  return {
    ...graph,
    nodes,
    edges: [...edges.values()].map((same) => ({ ...same[0]!, change: combineChanges(same.map((e) => e.change)) })),
  };
}

/** One mark for several things: theirs when they agree, else `changed`. */
function combineChanges(changes: (Change | null)[]): Change | null {
  const first = changes[0] ?? null;
  return changes.every((c) => c === first) ? first : 'changed';
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
