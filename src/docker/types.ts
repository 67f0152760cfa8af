/**
 * What building a Dockerfile's base and head variants found: plain values, shared by the measuring code
 * (this folder), the report (src/report) and the JSON schema (docs/schema/report.schema.json).
 */

/**
 * Which bytes a figure counts. `uncompressed`: the layers as stored unpacked (the classic store's
 * `docker image inspect` `Size`, or the layer tarballs unpacked from an OCI export); `compressed`: the
 * layer blobs as pushed (an OCI manifest's sizes). One is never compared with the other.
 */
export type SizeKind = 'uncompressed' | 'compressed';

/** One filesystem layer of an image, with the instruction that made it. */
export interface ImageLayer {
  /** The layer's diff id (`sha256:…` of its uncompressed tarball): the same layer has the same id in both variants. */
  diffId: string;
  /** The Dockerfile instruction as the image history records it (`RUN npm ci`, `COPY . .`); '' when unknown. */
  instruction: string;
  /** In the measurement's `kind`. */
  bytes: number;
}

/** One built image, measured. */
export interface ImageMeasurement {
  /** Total size in `kind`. */
  bytes: number;
  kind: SizeKind;
  /** Where it was measured: the classic image store, or an OCI layout export. */
  source: 'image-store' | 'oci-layout';
  /** With an OCI layout, the compressed total as well (the manifest's layer sizes). */
  compressedBytes: number | null;
  /** Layers bottom first. */
  layers: ImageLayer[];
  /** The image config digest (the image id). */
  configDigest: string | null;
  /** The platform measured, when several were built (the classic store keeps one). */
  platform: string | null;
  /** Wall time of the build, in seconds. */
  buildSeconds: number;
}

/** A build that did not produce an image: why, and the end of its log. */
export interface BuildFailure {
  reason: string;
  /** The last lines of the build output (raw: escaped where rendered). */
  logTail: string;
  /** BuildKit's error line (`failed to solve: …`), when the log has one. */
  error?: string;
  /** The lines of the instruction the build stopped at, when BuildKit's log names them. */
  instruction?: { line: number; endLine: number };
}

export type VariantResult = { status: 'built'; image: ImageMeasurement } | { status: 'failed'; failure: BuildFailure } | { status: 'absent' };

/** The base and head images of one Dockerfile and what changed between them. */
export interface ImageComparison {
  base: VariantResult;
  head: VariantResult;
  /** Head minus base, when both were built; `percent` is null when the base has no bytes. */
  delta: { bytes: number; percent: number | null } | null;
  /** Layers of the head whose diff id the base lacks, and layers of the base the head no longer has. */
  added: ImageLayer[];
  dropped: ImageLayer[];
  /** The head's largest layers (else the base's), largest first. */
  largest: ImageLayer[];
  /** `max-size-increase` as written and whether the head went over it; null without a budget or without both sizes. */
  budget: { text: string; exceeded: boolean } | null;
  /** Things to know about these figures (a platform left out, a store that could not be read fully). */
  notes: string[];
  /** With `stage-sizes: true`: each stage the head's target reaches, built on its own. */
  stages?: StageSize[];
  /** With `stage-sizes: true`: the same for the base (matched with the head's stages by id). */
  baseStages?: StageSize[];
  /**
   * When the Dockerfile's build definitions name several targets: each target's comparison, in their
   * order; the fields above are then the first target's. Absent for a single target.
   */
  targets?: TargetComparison[];
}

/** One target of a Dockerfile built for several. */
export interface TargetComparison {
  /** The stage `--target` named; null: the last stage (a definition without a target). */
  target: string | null;
  image: ImageComparison;
}

/** One stage of the head built on its own (`--target`). */
export interface StageSize {
  index: number;
  /** Lower-cased name, or the index: how the stage graph keys it. */
  id: string;
  name: string | null;
  /** Null when the stage did not build. */
  bytes: number | null;
  layers: number;
  buildSeconds: number;
  /** Whether the final image copies from it (`COPY --from`): the heaviest such stage is what one stage would have shipped. */
  copiedFromByFinal: boolean;
  /** The target stage itself: the head image. */
  final: boolean;
}
