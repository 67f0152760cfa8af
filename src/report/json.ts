import type { ImageComparison, ImageLayer, StageSize, VariantResult } from '../docker/types.js';
import type { EffectiveBuild } from '../builds/effective.js';
import type { BuildSourceKind } from '../builds/types.js';
import type { Dockerfile } from '../dockerfile/index.js';
import { buildStageGraph, diffStageGraphs, graphJson, type GraphTargets, type Change, type EdgeKind, type GraphNode, type NodeKind, type StageAnnotations, type StageGraph } from '../graph/index.js';
import type { Finding } from '../lint/types.js';
import type { DockerfileChange, FileReview, FindingStatus, ReviewContext } from '../review/types.js';
import { VERSION } from '../version.js';
import type { FileReport, LintReport } from './types.js';
import { countBySeverity, failingFindings } from './verdict.js';

/** Version of the document's layout (docs/json-output.md): 1 was `{files}` alone; fields are only ever added within a version. */
export const REPORT_JSON_VERSION = 2;

/**
 * The caps docs/schema/report.schema.json puts on the document, so that a consumer can validate a report
 * it did not make before using it. `toJson` keeps every document it writes within them: longer strings
 * are cut (ending in `…`), longer lists are cut (the summary still counts everything), and a stage graph
 * over its caps is replaced by an empty one with a note. A test checks these equal the schema's.
 */
export const REPORT_LIMITS = {
  files: 10_000,
  findingsPerFile: 10_000,
  path: 4_096,
  message: 10_000,
  rule: 100,
  aliases: 20,
  related: 100,
  alias: 100,
  stageName: 1_024,
  because: 100,
  ref: 1_024,
  url: 2_048,
  graphNodes: 10_000,
  graphEdges: 50_000,
  graphNotes: 50,
  note: 1_000,
  label: 4_096,
  imageTag: 256,
  imageDigest: 256,
  mountType: 100,
  layers: 100,
  instruction: 1_000,
  buildLog: 10_000,
  imageNotes: 20,
  targets: 100,
} as const;

export interface JsonFinding {
  rule: string;
  aliases: string[];
  severity: Finding['severity'];
  line: number;
  endLine: number;
  column: number;
  message: string;
  stage: string | number | null;
  /** Other lines of the same problem (findings of other rules it carries); absent when none. */
  related?: { line: number; message: string; rule?: string }[];
  /** Only in a reviewed file: whether the change brought the finding or the base version had it already. */
  status?: FindingStatus;
}

export interface JsonChange {
  status: DockerfileChange['status'];
  basePath: string | null;
  because: string[];
}

/** The stage graph as `graphJson` (src/graph/json.ts) writes it; documented in docs/graph.md. */
export interface JsonStageGraph {
  version: number;
  nodes: {
    id: string;
    kind: NodeKind;
    label: string;
    target: boolean;
    dead: boolean;
    change: Change | null;
    stage?: { index: number; name: string | null };
    image?: { name: string; tag: string | null; digest: string | null };
    previousLabel?: string;
    renamedFrom?: string;
    baseChanged?: true;
    annotations?: StageAnnotations;
  }[];
  edges: { from: string; to: string; kind: EdgeKind; change: Change | null; mountType?: string }[];
  notes: string[];
}

export interface JsonFileReport {
  path: string;
  findings: JsonFinding[];
  /** Only in a reviewed file: how the change touched it. */
  change?: JsonChange;
  /** Only in a reviewed file: base findings the change removed (lines are the base version's, at `change.basePath`). */
  fixed?: JsonFinding[];
  /** The stage graph (base → head in a reviewed file with a base version); null when the file was not parsed (or the graph could not be drawn). */
  graph: JsonStageGraph | null;
  /** With `build: true`, the base and head images of a changed Dockerfile and how they differ; else null. */
  image: JsonImage | null;
  /** How the file was linted: its build context and targets, and the definition they come from (docs/builds.md). */
  build?: JsonBuild;
}

export interface JsonLayer {
  diffId: string;
  instruction: string;
  bytes: number;
}

/** One variant: built (with its size in `kind` bytes), failed (with why and the end of its log), or absent (no such file on that side). */
export type JsonVariant =
  | {
      status: 'built';
      bytes: number;
      kind: 'uncompressed' | 'compressed';
      compressedBytes: number | null;
      source: 'image-store' | 'oci-layout';
      layerCount: number;
      configDigest: string | null;
      platform: string | null;
      buildSeconds: number;
    }
  | { status: 'failed'; reason: string; log: string }
  | { status: 'absent' };

export interface JsonImage {
  base: JsonVariant;
  head: JsonVariant;
  delta: { bytes: number; percent: number | null } | null;
  added: JsonLayer[];
  dropped: JsonLayer[];
  largest: JsonLayer[];
  budget: { text: string; exceeded: boolean } | null;
  notes: string[];
  /** With `stage-sizes: true`: each stage the head's target reaches, built on its own. */
  stages?: JsonStageSize[];
  /** With `stage-sizes: true`: the same for the base. */
  baseStages?: JsonStageSize[];
  /** A Dockerfile built for several targets: each target's comparison (the fields above are the first's). */
  targets?: (JsonImage & { target: string | null })[];
}

/** A stage's size as measured (src/docker/types.ts), without the graph's internal key. */
export type JsonStageSize = Omit<StageSize, 'id'>;

export interface JsonBuild {
  /** Repository-relative; `.` is the root. */
  context: string;
  /** null: the last stage. */
  targets: (string | null)[];
  definition: { kind: BuildSourceKind; file: string; line: number | null; name?: string } | null;
  definitions: number;
  overridden: boolean;
}

export interface JsonReview {
  event: string;
  base: { sha: string; ref: string | null };
  head: { sha: string; ref: string | null };
  /** `headSha`: the tip of the pull request's branch, when known (a `workflow_run` publisher checks it is still the PR's head). */
  pullRequest: { number: number; url: string | null; headSha?: string } | null;
  changedOnly: boolean;
  failOnScope: ReviewContext['failOnScope'];
}

export interface JsonSummary {
  /** Dockerfiles linted (as `files[]`, before any cut). */
  files: number;
  /** Findings in all files. */
  findings: number;
  /** Findings of severity `error` (the action's `errors` output). */
  errors: number;
  /** In reviewed files: findings the change brought, findings the base version had, base findings it removed. */
  new: number;
  existing: number;
  fixed: number;
  /** Findings that fail the check (`fail-on`, and `fail-on-scope` in a review). */
  failing: number;
}

export interface JsonReport {
  version: typeof REPORT_JSON_VERSION;
  tool: { name: 'stagecraft'; version: string };
  /** Present when the run reviewed a change (a pull request, a merge group, `lint --base-ref`). */
  review?: JsonReview;
  summary: JsonSummary;
  files: JsonFileReport[];
}

/** The `--format json` document: field names are a public contract (see docs/json-output.md). */
export function toJson(report: LintReport): JsonReport {
  const counts = countBySeverity(report.files.flatMap((f) => f.findings));
  const reviews = report.files.flatMap((f) => (f.review ? [f.review] : []));
  const sum = (pick: (r: FileReview) => readonly unknown[]) => reviews.reduce((n, r) => n + pick(r).length, 0);
  return {
    version: REPORT_JSON_VERSION,
    tool: { name: 'stagecraft', version: VERSION },
    ...(report.review ? { review: reviewJson(report.review) } : {}),
    summary: {
      files: report.files.length,
      findings: counts.error + counts.warning + counts.info + counts.style,
      errors: counts.error,
      new: sum((r) => r.newFindings),
      existing: sum((r) => r.existingFindings),
      fixed: sum((r) => r.fixedFindings),
      failing: failingFindings(report).length,
    },
    files: report.files.slice(0, REPORT_LIMITS.files).map(fileJson),
  };
}

export function renderJson(report: LintReport): string {
  return JSON.stringify(toJson(report), null, 2) + '\n';
}

function fileJson(file: FileReport): JsonFileReport {
  const review = file.review;
  const statusOf = review ? findingStatus(review) : null;
  return {
    path: cap(file.path, REPORT_LIMITS.path),
    findings: file.findings.slice(0, REPORT_LIMITS.findingsPerFile).map((f) => findingJson(f, statusOf?.(f))),
    ...(review
      ? {
          change: {
            status: review.change.status,
            basePath: review.change.basePath === null ? null : cap(review.change.basePath, REPORT_LIMITS.path),
            because: review.change.because.slice(0, REPORT_LIMITS.because).map((p) => cap(p, REPORT_LIMITS.path)),
          },
          fixed: review.fixedFindings.slice(0, REPORT_LIMITS.findingsPerFile).map((f) => findingJson(f)),
        }
      : {}),
    graph: file.dockerfile ? stageGraphJson(file.dockerfile, review, file.build?.targets ?? null) : null,
    image: file.image ? imageJson(file.image) : null,
    ...(file.build ? { build: buildJson(file.build) } : {}),
  };
}

/** A comparison as the JSON report writes it (`files[].image`; `stagecraft compare --format json`). */
export function imageJson(image: ImageComparison): JsonImage {
  const layers = (list: readonly ImageLayer[]) =>
    list.slice(0, REPORT_LIMITS.layers).map((l) => ({ diffId: cap(l.diffId, REPORT_LIMITS.imageDigest), instruction: cap(l.instruction, REPORT_LIMITS.instruction), bytes: l.bytes }));
  return {
    base: variantJson(image.base),
    head: variantJson(image.head),
    delta: image.delta && { bytes: image.delta.bytes, percent: image.delta.percent },
    added: layers(image.added),
    dropped: layers(image.dropped),
    largest: layers(image.largest),
    budget: image.budget && { text: cap(image.budget.text, REPORT_LIMITS.rule), exceeded: image.budget.exceeded },
    notes: image.notes.slice(0, REPORT_LIMITS.imageNotes).map((n) => cap(n, REPORT_LIMITS.note)),
    ...(image.stages ? { stages: stagesJson(image.stages) } : {}),
    ...(image.baseStages ? { baseStages: stagesJson(image.baseStages) } : {}),
    ...(image.targets ? { targets: image.targets.slice(0, REPORT_LIMITS.targets).map((t) => ({ target: t.target === null ? null : cap(t.target, REPORT_LIMITS.stageName), ...imageJson(t.image) })) } : {}),
  };
}

function stagesJson(stages: readonly StageSize[]): JsonStageSize[] {
  return stages.slice(0, REPORT_LIMITS.layers).map((s) => ({
    index: s.index,
    name: s.name === null ? null : cap(s.name, REPORT_LIMITS.stageName),
    bytes: s.bytes,
    layers: s.layers,
    buildSeconds: s.buildSeconds,
    copiedFromByFinal: s.copiedFromByFinal,
    final: s.final,
  }));
}

function variantJson(variant: VariantResult): JsonVariant {
  if (variant.status === 'absent') return { status: 'absent' };
  if (variant.status === 'failed') {
    const log = variant.failure.logTail;
    // The end of a log is what explains the failure: cut from the front.
    return { status: 'failed', reason: cap(variant.failure.reason, REPORT_LIMITS.message), log: log.length > REPORT_LIMITS.buildLog ? `…${log.slice(log.length - REPORT_LIMITS.buildLog + 1)}` : log };
  }
  const i = variant.image;
  return {
    status: 'built',
    bytes: i.bytes,
    kind: i.kind,
    compressedBytes: i.compressedBytes,
    source: i.source,
    layerCount: i.layers.length,
    configDigest: i.configDigest === null ? null : cap(i.configDigest, REPORT_LIMITS.imageDigest),
    platform: i.platform === null ? null : cap(i.platform, REPORT_LIMITS.imageTag),
    buildSeconds: i.buildSeconds,
  };
}

function buildJson(build: EffectiveBuild): JsonBuild {
  const definition = build.definition;
  return {
    context: cap(build.context || '.', REPORT_LIMITS.path),
    targets: build.targets.slice(0, REPORT_LIMITS.targets).map((t) => (t === null ? null : cap(t, REPORT_LIMITS.stageName))),
    definition: definition && {
      kind: definition.source.kind,
      file: cap(definition.source.file, REPORT_LIMITS.path),
      line: definition.source.line,
      ...(definition.name === undefined ? {} : { name: cap(definition.name, REPORT_LIMITS.stageName) }),
    },
    definitions: build.definitions.length,
    overridden: build.overridden,
  };
}

/** `new` or `existing` by the review's partition (same objects); a finding in neither counts as new, so it is never played down. */
function findingStatus(review: FileReview): (f: Finding) => FindingStatus {
  const existing = new Set(review.existingFindings);
  const fresh = new Set(review.newFindings);
  return (f) => (fresh.has(f) || !existing.has(f) ? 'new' : 'existing');
}

function findingJson(f: Finding, status?: FindingStatus): JsonFinding {
  return {
    rule: cap(f.rule, REPORT_LIMITS.rule),
    aliases: f.aliases.slice(0, REPORT_LIMITS.aliases).map((a) => cap(a, REPORT_LIMITS.alias)),
    severity: f.severity,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: cap(f.message, REPORT_LIMITS.message),
    stage: typeof f.stage === 'string' ? cap(f.stage, REPORT_LIMITS.stageName) : f.stage,
    ...(f.related
      ? {
          related: f.related
            .slice(0, REPORT_LIMITS.related)
            .map((r) => ({ line: r.line, message: cap(r.message, REPORT_LIMITS.message), ...(r.rule ? { rule: cap(r.rule, REPORT_LIMITS.rule) } : {}) })),
        }
      : {}),
    ...(status ? { status } : {}),
  };
}

function reviewJson(review: ReviewContext): JsonReview {
  const commit = (c: { sha: string; ref: string | null }) => ({ sha: c.sha, ref: c.ref === null ? null : cap(c.ref, REPORT_LIMITS.ref) });
  return {
    event: review.event,
    base: commit(review.base),
    head: commit(review.head),
    pullRequest: review.pullRequest && {
      number: review.pullRequest.number,
      url: review.pullRequest.url === null ? null : cap(review.pullRequest.url, REPORT_LIMITS.url),
      ...(review.pullRequest.headSha ? { headSha: review.pullRequest.headSha } : {}),
    },
    changedOnly: review.changedOnly,
    failOnScope: review.failOnScope,
  };
}

/**
 * The base → head graph of a reviewed file with a base version; else the file's own graph. A graph that
 * cannot be drawn is left out (null) rather than costing the report.
 */
function stageGraphJson(dockerfile: Dockerfile, review: FileReview | undefined, target: GraphTargets): JsonStageGraph | null {
  try {
    const graph = review?.baseDockerfile ? diffStageGraphs(review.baseDockerfile, dockerfile, { target }) : buildStageGraph(dockerfile, { target });
    return graphJson(withinLimits(graph)) as JsonStageGraph;
  } catch {
    return null;
  }
}

/** The graph with its user text cut to the caps; an empty graph with a note when it has too many nodes or edges. */
function withinLimits(graph: StageGraph): StageGraph {
  if (graph.nodes.length > REPORT_LIMITS.graphNodes || graph.edges.length > REPORT_LIMITS.graphEdges) {
    return {
      nodes: [],
      edges: [],
      notes: [
        `The stage graph (${graph.nodes.length} nodes, ${graph.edges.length} dependencies) is too large for the JSON report; run \`stagecraft graph --format json\` to see it.`,
      ],
    };
  }
  return {
    nodes: graph.nodes.map(nodeWithinLimits),
    edges: graph.edges.map((e) => (e.mountType === undefined ? e : { ...e, mountType: cap(e.mountType, REPORT_LIMITS.mountType) })),
    notes: graph.notes.slice(0, REPORT_LIMITS.graphNotes).map((n) => cap(n, REPORT_LIMITS.note)),
  };
}

function nodeWithinLimits(node: GraphNode): GraphNode {
  const label = (text: string) => cap(text, REPORT_LIMITS.label);
  const copy: GraphNode = { ...node, label: label(node.label) };
  if (node.stage) copy.stage = { ...node.stage, name: node.stage.name === null ? null : cap(node.stage.name, REPORT_LIMITS.stageName) };
  if (node.image) {
    copy.image = {
      name: label(node.image.name),
      tag: node.image.tag === null ? null : cap(node.image.tag, REPORT_LIMITS.imageTag),
      digest: node.image.digest === null ? null : cap(node.image.digest, REPORT_LIMITS.imageDigest),
    };
  }
  if (node.previousLabel !== undefined) copy.previousLabel = label(node.previousLabel);
  if (node.renamedFrom !== undefined) copy.renamedFrom = label(node.renamedFrom);
  return copy;
}

/** At most `max` UTF-16 units (so at most `max` characters as JSON Schema counts them), ending in `…` when cut. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // do not split a surrogate pair
  return `${text.slice(0, end)}…`;
}
