import type { ImageComparison, ImageLayer, ImageMeasurement, VariantResult } from './types.js';
import { exceedsBudget, type SizeBudget } from './units.js';

/** How many of the largest layers a comparison keeps. */
export const LARGEST_LAYERS = 5;

/**
 * Compares the base and head variants of one Dockerfile: the delta (when both were built in the same
 * kind of bytes), the layers added and dropped by diff id, the largest layers, and the budget.
 */
export function compareVariants(base: VariantResult, head: VariantResult, budget: SizeBudget | null, notes: string[] = []): ImageComparison {
  const baseImage = base.status === 'built' ? base.image : null;
  const headImage = head.status === 'built' ? head.image : null;
  const comparable = baseImage && headImage && baseImage.kind === headImage.kind ? { baseImage, headImage } : null;
  const all = [...notes];
  if (baseImage && headImage && !comparable) all.push(`The base was measured ${baseImage.kind} and the head ${headImage.kind}: the two are not compared.`);
  const delta = comparable ? deltaOf(comparable.baseImage.bytes, comparable.headImage.bytes) : null;
  return {
    base,
    head,
    delta,
    added: baseImage && headImage ? layersMissingFrom(headImage, baseImage) : [],
    dropped: baseImage && headImage ? layersMissingFrom(baseImage, headImage) : [],
    largest: largestLayers(headImage ?? baseImage),
    budget: budget && comparable ? { text: budget.text, exceeded: exceedsBudget(comparable.baseImage.bytes, comparable.headImage.bytes, budget) } : null,
    notes: all,
  };
}

export function deltaOf(base: number, head: number): { bytes: number; percent: number | null } {
  return { bytes: head - base, percent: base === 0 ? null : ((head - base) / base) * 100 };
}

/** Layers of `image` whose diff id `other` lacks (each occurrence counted, as an image may repeat a layer). */
function layersMissingFrom(image: ImageMeasurement, other: ImageMeasurement): ImageLayer[] {
  const remaining = new Map<string, number>();
  for (const layer of other.layers) remaining.set(layer.diffId, (remaining.get(layer.diffId) ?? 0) + 1);
  const missing: ImageLayer[] = [];
  for (const layer of image.layers) {
    const left = remaining.get(layer.diffId) ?? 0;
    if (left > 0) remaining.set(layer.diffId, left - 1);
    else missing.push(layer);
  }
  return missing;
}

function largestLayers(image: ImageMeasurement | null): ImageLayer[] {
  if (!image) return [];
  return [...image.layers].filter((l) => l.bytes > 0).sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST_LAYERS);
}

/** A Dockerfile's comparisons: each target's when it was built for several, else the one comparison (no target). */
export function targetComparisons(image: ImageComparison): { target?: string | null; image: ImageComparison }[] {
  return image.targets ?? [{ image }];
}

/** `svc/Dockerfile`, or `svc/Dockerfile (target worker)` for one target of several (null: the last stage). */
export function imageName(path: string, target: string | null | undefined): string {
  return target === undefined ? path : `${path} (target ${target ?? 'the last stage'})`;
}
