/**
 * The stage graph of one Dockerfile, or of a pull request's change to it: what each stage is built from.
 * Built by `buildStageGraph` / `diffStageGraphs`, drawn by the renderers in this folder. Labels hold the
 * user's text as written: every renderer escapes it for its own format.
 */

export type NodeKind = 'stage' | 'image' | 'context';

/** `from`: FROM; `copy`: COPY/ADD --from; `mount`: RUN --mount=…,from= (cache and bind mounts). */
export type EdgeKind = 'from' | 'copy' | 'mount';

/** Set on every node and edge of a diff graph; `null` everywhere in the graph of a single version. */
export type Change = 'added' | 'removed' | 'changed' | 'unchanged';

/**
 * Figures an image build measures for a stage. Every field is optional so a build can report what it
 * has; labels show the ones present.
 */
export interface StageAnnotations {
  /** Uncompressed size of the stage's image, in bytes. */
  sizeBytes?: number;
  /** The same stage's size on the base branch: the label then shows the difference too. */
  baseSizeBytes?: number;
  /** Number of layers in the stage's image. */
  layers?: number;
  /** How long the stage took to build, in seconds. */
  buildSeconds?: number;
}

export interface StageInfo {
  /** Index in the Dockerfile (in the base version for a removed stage). */
  index: number;
  /** Name as written after AS, or null. */
  name: string | null;
  /** What `--target` and `--from` match: the lower-cased name, or the index. */
  id: string;
}

export interface ImageInfo {
  /** The familiar repository name: `node`, `ghcr.io/org/app`; `scratch` for the empty image. */
  name: string;
  tag: string | null;
  digest: string | null;
}

export interface GraphNode {
  /** Generated (`s0`, `i0`, `c0`): never derived from user text, so renderers can use it as is. */
  id: string;
  /**
   * What the node stands for, stable across the base and head versions of a file (`stage:2`,
   * `image:node:20`, `context:$BASE`): diffs match nodes by it.
   */
  key: string;
  kind: NodeKind;
  /** The user's text: a stage name (or `stage N`), an image reference, a context name. Unescaped. */
  label: string;
  /** The stage `docker build --target` builds (the last stage by default). */
  target: boolean;
  /**
   * A target that is not the file's last stage (a build definition's or the user's `--target`): drawn
   * `target: <name>`, so a stage only another definition builds is not mistaken for the default image.
   */
  alternativeTarget?: boolean;
  /** Not needed to build the target: a stage it never reaches, or an image or context only such stages use. */
  dead: boolean;
  change: Change | null;
  stage?: StageInfo;
  image?: ImageInfo;
  /** For an external image whose tag or digest a diff changed: the reference on the base branch. */
  previousLabel?: string;
  /** For a stage a diff found renamed: its name on the base branch (or `stage N`). */
  renamedFrom?: string;
  /** For a stage of a diff: it builds FROM something else than on the base branch (another tag, image or stage). */
  baseChanged?: boolean;
  /** How many external images a collapsed node stands for (see `budget.ts`). */
  grouped?: number;
  annotations?: StageAnnotations;
}

export interface GraphEdge {
  /** Node id the dependency comes from. */
  from: string;
  /** Node id of the stage that depends on it. */
  to: string;
  kind: EdgeKind;
  /** For `mount` edges: `cache`, `bind`, … as written (lower-cased). */
  mountType?: string;
  change: Change | null;
}

export interface StageGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /**
   * What the caller should tell the reader under the graph (a missing target, what was collapsed).
   * Plain sentences without any user text, so they are safe to put into Markdown as they are.
   */
  notes: string[];
}
