import { findTargets, reachableFrom } from '../dockerfile/reach.js';
import type { DependencySource, Dockerfile, Stage } from '../dockerfile/types.js';
import type { EdgeKind, GraphEdge, GraphNode, StageAnnotations, StageGraph } from './types.js';

export interface BuildGraphOptions {
  /**
   * The build target as `--target` takes it (name or index), or every target the file's builds have
   * (null in the list: the last stage); the last stage when absent. Each is drawn as a target, and only
   * what none of them needs as unused.
   */
  target?: GraphTargets;
  /** Build figures per stage, keyed by stage id (lower-cased name, or index for an unnamed stage). */
  annotations?: StageAnnotationsByStage;
}

export type GraphTargets = string | readonly (string | null)[] | null;

export type StageAnnotationsByStage = ReadonlyMap<string, StageAnnotations> | Readonly<Record<string, StageAnnotations>>;

/** Note when `target` names no stage: the graph then marks no target and no unused stage. */
export const UNKNOWN_TARGET_NOTE = 'The requested build target matches no stage, so no stage is marked as the target or as unused.';

/**
 * The graph of one Dockerfile: a node per stage, per distinct external image (all spellings of one
 * reference share a node, and `scratch` is one node) and per build context or reference that cannot be
 * resolved; an edge per distinct dependency (several `COPY --from=builder` into one stage are one edge).
 */
export function buildStageGraph(df: Dockerfile, options: BuildGraphOptions = {}): StageGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let imageCount = 0;
  let contextCount = 0;

  for (const stage of df.stages) {
    nodes.set(stageKey(stage.index), {
      id: `s${stage.index}`,
      key: stageKey(stage.index),
      kind: 'stage',
      label: stageLabel(stage),
      target: false,
      dead: false,
      change: null,
      stage: { index: stage.index, name: stage.name, id: stage.id },
    });
  }

  const sourceNode = (source: SourceNode): GraphNode => {
    const existing = nodes.get(source.key);
    if (existing) return existing;
    const id = source.kind === 'image' ? `i${imageCount++}` : `c${contextCount++}`;
    const node: GraphNode = { id, key: source.key, kind: source.kind, label: source.label, target: false, dead: false, change: null };
    if (source.image) node.image = source.image;
    nodes.set(source.key, node);
    return node;
  };
  const addEdge = (from: GraphNode, to: GraphNode, kind: EdgeKind, mountType?: string): void => {
    const key = edgeKey(from.key, to.key, kind, mountType);
    if (edges.has(key)) return;
    const edge: GraphEdge = { from: from.id, to: to.id, kind, change: null };
    if (mountType !== undefined) edge.mountType = mountType;
    edges.set(key, edge);
  };

  for (const stage of df.stages) {
    const stageNode = nodes.get(stageKey(stage.index))!;
    // The model records no dependency for `FROM scratch` (nothing is pulled), but the graph shows it.
    if (stage.base.kind === 'scratch') addEdge(sourceNode(SCRATCH), stageNode, 'from');
    for (const dep of stage.dependencies) {
      const from = dep.source.kind === 'stage' ? nodes.get(stageKey(dep.source.stage)) : sourceNode(describeSource(dep.source));
      if (!from) continue;
      addEdge(from, stageNode, dep.kind, dep.kind === 'mount' ? (dep.mountType ?? 'bind').toLowerCase() : undefined);
    }
  }

  const graph: StageGraph = { nodes: orderNodes([...nodes.values()]), edges: [...edges.values()], notes: [] };
  markTargetAndDead(df, graph, options.target ?? null);
  return options.annotations ? annotateStages(graph, options.annotations) : graph;
}

/** A copy of the graph with build figures on the stages they belong to; other nodes are left alone. */
export function annotateStages(graph: StageGraph, annotations: StageAnnotationsByStage): StageGraph {
  // Own keys only: a stage named `constructor` must not pick up Object.prototype's.
  const lookup = (key: string): StageAnnotations | undefined => {
    if (annotations instanceof Map) return annotations.get(key);
    const record = annotations as Readonly<Record<string, StageAnnotations>>;
    return Object.hasOwn(record, key) ? record[key] : undefined;
  };
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      if (!node.stage || node.change === 'removed') return node;
      const found = lookup(node.stage.id) ?? lookup(String(node.stage.index));
      return found ? { ...node, annotations: { ...found } } : node;
    }),
  };
}

export function stageKey(index: number): string {
  return `stage:${index}`;
}

export function edgeKey(fromKey: string, toKey: string, kind: EdgeKind, mountType?: string): string {
  return JSON.stringify([fromKey, toKey, kind, mountType ?? null]);
}

/** `builder`, or `stage 2` for an unnamed stage (`--from=2` and `--target 2` use the same number). */
export function stageLabel(stage: Pick<Stage, 'index' | 'name'>): string {
  return stage.name ?? `stage ${stage.index}`;
}

interface SourceNode {
  key: string;
  kind: 'image' | 'context';
  label: string;
  image?: { name: string; tag: string | null; digest: string | null };
}

const SCRATCH: SourceNode = { key: 'image:scratch', kind: 'image', label: 'scratch', image: { name: 'scratch', tag: null, digest: null } };

/** Digests are 71 characters of noise in a picture; the algorithm and 12 hex digits identify one well enough. */
const SHOWN_DIGEST_CHARS = 'sha256:'.length + 12;

function describeSource(source: Exclude<DependencySource, { kind: 'stage' }>): SourceNode {
  switch (source.kind) {
    case 'image': {
      if (source.raw.toLowerCase() === 'scratch') return SCRATCH;
      const image = source.image;
      // A reference Docker would refuse is not an image we can name; show it as written.
      if (!image) return { key: `context:${source.raw}`, kind: 'context', label: source.raw };
      const reference = image.familiar + (image.tag ? `:${image.tag}` : '');
      const shownDigest = image.digest
        ? `@${image.digest.length > SHOWN_DIGEST_CHARS ? `${image.digest.slice(0, SHOWN_DIGEST_CHARS)}…` : image.digest}`
        : '';
      return {
        key: `image:${reference}${image.digest ? `@${image.digest}` : ''}`,
        kind: 'image',
        label: reference + shownDigest,
        image: { name: image.familiar, tag: image.tag, digest: image.digest },
      };
    }
    case 'context':
      return { key: `context:${source.name}`, kind: 'context', label: source.name };
    case 'unknown':
      return { key: `context:${source.raw}`, kind: 'context', label: source.raw };
  }
}

/** Stages in file order first, then images, then contexts, each in order of first use: stable ids and layout. */
function orderNodes(nodes: GraphNode[]): GraphNode[] {
  const rank = { stage: 0, image: 1, context: 2 } as const;
  return nodes
    .map((node, position) => ({ node, position }))
    .sort((a, b) => rank[a.node.kind] - rank[b.node.kind] || a.position - b.position)
    .map(({ node }) => node);
}

function markTargetAndDead(df: Dockerfile, graph: StageGraph, requested: GraphTargets): void {
  if (df.stages.length === 0) return;
  const targets = findTargets(df, requested);
  if (targets.length === 0) {
    graph.notes.push(UNKNOWN_TARGET_NOTE);
    return;
  }
  const needed = new Set(targets.flatMap((target) => [...reachableFrom(df, target)]));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const node of graph.nodes) {
    if (!node.stage) continue;
    node.target = targets.some((target) => node.stage!.index === target.index);
    if (node.target && node.stage.index !== df.stages.length - 1) node.alternativeTarget = true;
    node.dead = !needed.has(node.stage.index);
  }
  // An image or context only unused stages take from is not pulled for the target either.
  const neededSources = new Set<string>();
  for (const edge of graph.edges) if (!byId.get(edge.to)!.dead) neededSources.add(edge.from);
  for (const node of graph.nodes) if (node.kind !== 'stage') node.dead = !neededSources.has(node.id);
}
