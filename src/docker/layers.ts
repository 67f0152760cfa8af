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

/** One row of `docker history --no-trunc --format '{{json .}}'` (oldest first here): one history entry, not one layer. */
export interface HistoryRow {
  createdBy: string;
  /** Bytes of the layer the entry made; 0 both for a 0-byte layer and for an entry that made none. */
  size: number;
  comment: string;
}

/** Instructions that change only the image config: their history entries never carry a layer. */
const CONFIG_ONLY = new Set(['ENV', 'LABEL', 'CMD', 'ENTRYPOINT', 'EXPOSE', 'USER', 'ARG', 'HEALTHCHECK', 'STOPSIGNAL', 'SHELL', 'ONBUILD', 'VOLUME', 'MAINTAINER']);

/**
 * The layers of an image from its `docker history` rows alone, when the rows say unambiguously which
 * entries made the image's `diffIds`; null when they do not (then the config's `empty_layer` flags decide).
 * A row with bytes made a layer. A 0-byte row made one or not: BuildKit drops a layer that changed
 * nothing (`RUN true` becomes an empty entry) yet keeps one that only made a folder (`WORKDIR /new`).
 * So the 0-byte rows are settled only when no layer is missing, or when exactly as many of them as
 * layers are missing could have made one (config-only instructions like `ENV` never do). The rows'
 * bytes must add up to the image's size, or something else is off.
 */
export function layersFromHistoryRows(rows: readonly HistoryRow[], diffIds: readonly string[], totalBytes: number): ImageLayer[] | null {
  if (rows.reduce((sum, row) => sum + row.size, 0) !== totalBytes) return null;
  const sized = rows.filter((row) => row.size > 0).length;
  const missing = diffIds.length - sized;
  if (missing < 0) return null;
  const couldBeLayer = (row: HistoryRow) => row.size === 0 && !CONFIG_ONLY.has(instructionOf(row.createdBy).split(/\s/, 1)[0]!.toUpperCase());
  const candidates = rows.filter(couldBeLayer).length;
  if (missing > 0 && candidates !== missing) return null;
  const makers = rows.filter((row) => row.size > 0 || (missing > 0 && couldBeLayer(row)));
  return makers.map((row, i) => ({ diffId: diffIds[i]!, instruction: instructionOf(row.createdBy) || row.comment.trim(), bytes: row.size }));
}
