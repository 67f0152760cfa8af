import type { ImageLayer } from './types.js';

/** The parts of an image config (OCI / Docker image spec) that say which layer came from which instruction. */
export interface ImageConfigHistory {
  rootfs?: { diff_ids?: string[] };
  history?: { created_by?: string; empty_layer?: boolean; comment?: string }[];
}

/**
 * The layers of an image, bottom first, each with the instruction that made it. History entries and
 * layers are not one to one: `ENV`, `LABEL`, `CMD` make no layer (`empty_layer: true`), while `RUN true`
 * and `WORKDIR` make a 0-byte one. `docker history` rows are history entries, not layers; this pairs
 * the non-empty entries with `rootfs.diff_ids` in order. `sizes` gives each layer's bytes by diff id
 * position (missing ones are 0). When the two lists disagree (a hand-made image), the layers are still
 * returned, the surplus without an instruction.
 */
export function layersFromHistory(config: ImageConfigHistory, sizes: readonly number[] = []): ImageLayer[] {
  const diffIds = config.rootfs?.diff_ids ?? [];
  const makers = (config.history ?? []).filter((entry) => entry.empty_layer !== true);
  // `docker import` records no instruction, only a comment ("Imported from -").
  return diffIds.map((diffId, i) => ({ diffId, instruction: instructionOf(makers[i]?.created_by ?? '') || (makers[i]?.comment ?? '').trim(), bytes: sizes[i] ?? 0 }));
}

/**
 * The instruction as a person wrote it: BuildKit records `RUN /bin/sh -c npm ci # buildkit` and the
 * classic builder `/bin/sh -c #(nop)  ENV X=1` or `/bin/sh -c npm ci`.
 */
export function instructionOf(createdBy: string): string {
  let text = createdBy.trim();
  text = text.replace(/\s*# buildkit$/, '');
  const nop = /^\/bin\/sh -c #\(nop\)\s+(.*)$/s.exec(text);
  if (nop) return nop[1]!.trim();
  text = text.replace(/^(RUN\s+)?(?:\|\d+ (?:\S+=\S* )*)?\/bin\/sh -c /, 'RUN ');
  return text;
}
