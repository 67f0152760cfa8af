import { findTargets } from '../dockerfile/reach.js';
import type { Dockerfile } from '../dockerfile/types.js';
import { annotateStages, buildStageGraph, edgeKey, stageKey, type GraphTargets, type StageAnnotationsByStage } from './build.js';
import { matchStages } from './match.js';
import type { Change, GraphEdge, GraphNode, StageGraph } from './types.js';

export interface DiffGraphOptions {
  /** The head version's build targets (see `BuildGraphOptions`); the base version uses those it has a stage for. */
  target?: GraphTargets;
  /** Build figures for the head version's stages, keyed by stage id. */
  annotations?: StageAnnotationsByStage;
}

/**
 * One graph of what a pull request did to a Dockerfile. Every node and edge says whether it was added,
 * removed, changed or left alone:
 * - stages are matched as `matchStages` explains; a matched stage is `changed` when it builds FROM
 *   something else now (another tag of the image, another image, another stage) or was renamed;
 * - an external image that appears in one version only is paired with the other version's image of the
 *   same repository when there is exactly one on each side: one `changed` node (`node:18 → node:20`)
 *   instead of a removed and an added one, and the edges it keeps are `changed`;
 * - target and unused marks describe the head version.
 * `base` null is a new file (everything added); `head` null a deleted one (everything removed).
 */
/** The requested targets the base version has a stage for (null: its last stage, when it has none of them). */
function targetsIn(base: Dockerfile, requested: GraphTargets): GraphTargets {
  const list = typeof requested === 'string' || requested === null ? [requested] : requested;
  const known = list.filter((target) => target === null || findTargets(base, [target]).length > 0);
  return known.length > 0 ? known : null;
}

export function diffStageGraphs(base: Dockerfile | null, head: Dockerfile | null, options: DiffGraphOptions = {}): StageGraph {
  const requested = options.target ?? null;
  const baseGraph = base ? buildStageGraph(base, { target: targetsIn(base, requested) }) : EMPTY;
  const headGraph = head ? buildStageGraph(head, { target: requested }) : EMPTY;
  const matching = base && head ? matchStages(base, head) : { baseToHead: new Map<number, number>(), renamed: new Set<number>() };

  // Base stage keys in head terms; a stage the head version lost keeps a key of its own.
  const baseStageKey = (key: string): string => {
    const index = stageIndexOf(key);
    if (index === null) return key;
    const headIndex = matching.baseToHead.get(index);
    return headIndex === undefined ? `removed-stage:${index}` : stageKey(headIndex);
  };
  const bumpedImages = pairBumpedImages(baseGraph, headGraph);
  const translateBase = (key: string): string => bumpedImages.get(key) ?? baseStageKey(key);

  const merged = new Map<string, { base?: GraphNode; head?: GraphNode }>();
  for (const node of headGraph.nodes) merged.set(node.key, { head: node });
  for (const node of baseGraph.nodes) {
    const key = translateBase(node.key);
    const entry = merged.get(key);
    if (entry) entry.base = node;
    else merged.set(key, { base: node });
  }

  const baseKeyById = new Map(baseGraph.nodes.map((n) => [n.id, n.key]));
  const headKeyById = new Map(headGraph.nodes.map((n) => [n.id, n.key]));
  const fromSourceOf = (graph: StageGraph, keyById: Map<string, string>, stageNodeKey: string, translate: (k: string) => string): string | null => {
    const stageNode = graph.nodes.find((n) => n.key === stageNodeKey);
    const edge = stageNode && graph.edges.find((e) => e.to === stageNode.id && e.kind === 'from');
    return edge ? translate(keyById.get(edge.from)!) : null;
  };

  const nodes: GraphNode[] = [];
  const changedImageKeys = new Set<string>();
  for (const [key, { base: before, head: after }] of merged) {
    const shown = after ?? before!;
    const node: GraphNode = { ...shown, key, change: after && before ? 'unchanged' : after ? 'added' : 'removed' };
    delete node.annotations;
    if (!after) {
      node.target = false;
      delete node.alternativeTarget;
      node.dead = false;
    }
    if (after && before) {
      if (after.kind === 'image' && before.key !== after.key) {
        node.change = 'changed';
        node.previousLabel = before.label;
        changedImageKeys.add(key);
      }
      if (after.kind === 'stage') {
        const renamed = matching.renamed.has(after.stage!.index);
        // Compared before image pairing: node:18 → node:20 must count as a change of base.
        const baseFrom = fromSourceOf(baseGraph, baseKeyById, before.key, baseStageKey);
        const headFrom = fromSourceOf(headGraph, headKeyById, after.key, (k) => k);
        if (renamed) node.renamedFrom = before.label;
        if (baseFrom !== headFrom) node.baseChanged = true;
        if (renamed || node.baseChanged) node.change = 'changed';
      }
    }
    nodes.push(node);
  }

  const edges = new Map<string, { edge: GraphEdge; fromKey: string; toKey: string; change: Change }>();
  for (const edge of headGraph.edges) {
    const fromKey = headKeyById.get(edge.from)!;
    const toKey = headKeyById.get(edge.to)!;
    edges.set(edgeKey(fromKey, toKey, edge.kind, edge.mountType), { edge, fromKey, toKey, change: 'added' });
  }
  for (const edge of baseGraph.edges) {
    const fromKey = translateBase(baseKeyById.get(edge.from)!);
    const toKey = translateBase(baseKeyById.get(edge.to)!);
    const existing = edges.get(edgeKey(fromKey, toKey, edge.kind, edge.mountType));
    if (existing) existing.change = changedImageKeys.has(fromKey) ? 'changed' : 'unchanged';
    else edges.set(edgeKey(fromKey, toKey, edge.kind, edge.mountType), { edge, fromKey, toKey, change: 'removed' });
  }

  const ordered = orderDiffNodes(nodes, matching.baseToHead, base?.stages.length ?? 0);
  const idByKey = assignIds(ordered);
  const graph: StageGraph = {
    nodes: ordered,
    edges: [...edges.values()].map(({ edge, fromKey, toKey, change }) => ({ ...edge, from: idByKey.get(fromKey)!, to: idByKey.get(toKey)!, change })),
    notes: [...headGraph.notes],
  };
  return options.annotations ? annotateStages(graph, options.annotations) : graph;
}

const EMPTY: StageGraph = { nodes: [], edges: [], notes: [] };

function stageIndexOf(key: string): number | null {
  const m = /^stage:(\d+)$/.exec(key);
  return m ? Number(m[1]) : null;
}

/**
 * Base image key → head image key for images whose tag or digest changed: the only image of a
 * repository that the base version has and the head version lacks, and vice versa.
 */
function pairBumpedImages(baseGraph: StageGraph, headGraph: StageGraph): Map<string, string> {
  const headKeys = new Set(headGraph.nodes.map((n) => n.key));
  const baseKeys = new Set(baseGraph.nodes.map((n) => n.key));
  const onlyIn = (graph: StageGraph, other: Set<string>): Map<string, GraphNode[]> => {
    const byRepository = new Map<string, GraphNode[]>();
    for (const node of graph.nodes) {
      if (node.kind !== 'image' || !node.image || other.has(node.key)) continue;
      (byRepository.get(node.image.name) ?? byRepository.set(node.image.name, []).get(node.image.name)!).push(node);
    }
    return byRepository;
  };
  const baseOnly = onlyIn(baseGraph, headKeys);
  const headOnly = onlyIn(headGraph, baseKeys);
  const pairs = new Map<string, string>();
  for (const [repository, removed] of baseOnly) {
    const added = headOnly.get(repository);
    if (removed.length === 1 && added?.length === 1) pairs.set(removed[0]!.key, added[0]!.key);
  }
  return pairs;
}

/**
 * Head stages in file order with each removed stage right after the stage that preceded it in the base
 * version, so the picture keeps the file's reading order; then images and contexts, head ones first.
 */
function orderDiffNodes(nodes: GraphNode[], baseToHead: Map<number, number>, baseStageCount: number): GraphNode[] {
  const stages = nodes.filter((n) => n.kind === 'stage' && n.change !== 'removed').sort((a, b) => a.stage!.index - b.stage!.index);
  const removed = nodes.filter((n) => n.kind === 'stage' && n.change === 'removed').sort((a, b) => a.stage!.index - b.stage!.index);
  const ordered: GraphNode[] = [];
  const removedAfter = new Map<number, GraphNode[]>();
  for (const node of removed) {
    let anchor = -1;
    for (let b = node.stage!.index - 1; b >= 0 && b < baseStageCount; b--) {
      const headIndex = baseToHead.get(b);
      if (headIndex !== undefined) {
        anchor = headIndex;
        break;
      }
    }
    (removedAfter.get(anchor) ?? removedAfter.set(anchor, []).get(anchor)!).push(node);
  }
  ordered.push(...(removedAfter.get(-1) ?? []));
  for (const node of stages) ordered.push(node, ...(removedAfter.get(node.stage!.index) ?? []));
  const rest = nodes.filter((n) => n.kind !== 'stage');
  const kindRank = { stage: 0, image: 1, context: 2 } as const;
  const changeRank = (n: GraphNode): number => (n.change === 'removed' ? 1 : 0);
  rest.sort((a, b) => kindRank[a.kind] - kindRank[b.kind] || changeRank(a) - changeRank(b));
  return [...ordered, ...rest];
}

/** Fresh ids in display order: the two versions' ids overlap and must not leak into the merged graph. */
function assignIds(nodes: GraphNode[]): Map<string, string> {
  const counters = { stage: 0, image: 0, context: 0 };
  const prefix = { stage: 's', image: 'i', context: 'c' } as const;
  const idByKey = new Map<string, string>();
  for (const node of nodes) {
    node.id = `${prefix[node.kind]}${counters[node.kind]++}`;
    idByKey.set(node.key, node.id);
  }
  return idByKey;
}
