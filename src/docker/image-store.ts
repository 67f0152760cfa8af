import { layersFromHistory, layersFromHistoryRows, type HistoryRow, type ImageConfigHistory } from './layers.js';
import type { CommandRunner } from './runner.js';
import { tarReader } from './tar-stream.js';
import type { ImageLayer, ImageMeasurement } from './types.js';

const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * Measures an image loaded into the classic store: `Size` and `RootFS.Layers` from `docker image inspect`,
 * and which history entry made each layer, with its size, from `docker history` (one row per entry,
 * newest first). When the rows cannot say which 0-byte entries made layers (layersFromHistoryRows), the
 * config's `history[].empty_layer` flags decide, read out of `docker image save` as it streams by (the
 * layers in that stream are skipped, never kept): a second or more for a large image, so only then.
 */
export async function measureStoredImage(runner: CommandRunner, image: string, options: { buildSeconds?: number; platform?: string | null; env?: Record<string, string> } = {}): Promise<ImageMeasurement> {
  const { info, layers } = await readStoredLayers(runner, image, { env: options.env });
  return {
    bytes: info.Size,
    kind: 'uncompressed',
    source: 'image-store',
    compressedBytes: null,
    layers,
    configDigest: info.Id,
    platform: options.platform ?? null,
    buildSeconds: options.buildSeconds ?? 0,
  };
}

interface InspectedImage {
  Id: string;
  Size: number;
  RootFS?: { Layers?: string[] };
}

/**
 * The image's inspect data and its layers bottom first, and which way they were read: `history` (the
 * rows alone) or `image-save` (the config's flags). `via: 'image-save'` forces the second way (tests
 * compare the two).
 */
export async function readStoredLayers(runner: CommandRunner, image: string, options: { env?: Record<string, string>; via?: 'image-save' } = {}): Promise<{ info: InspectedImage; layers: ImageLayer[]; via: 'history' | 'image-save' }> {
  const env = options.env;
  // Both read the same image (a tag of this run's own, or an id): asked at once.
  const [inspected, history] = await Promise.all([
    runner.run('docker', ['image', 'inspect', '--format', '{{json .}}', image], { env, timeoutMs: 60_000 }),
    runner.run('docker', ['history', '--no-trunc', '-H=false', '--format', '{{json .}}', image], { env, timeoutMs: 60_000 }),
  ]);
  if (inspected.code !== 0) throw new Error(`docker image inspect ${image} failed: ${inspected.stderr.trim()}`);
  if (history.code !== 0) throw new Error(`docker history ${image} failed: ${history.stderr.trim()}`);
  const info = JSON.parse(inspected.stdout) as InspectedImage;
  const rows = parseHistoryRows(history.stdout);
  const diffIds = info.RootFS?.Layers ?? [];
  const fromRows = options.via === 'image-save' ? null : layersFromHistoryRows(rows, diffIds, info.Size);
  if (fromRows) return { info, layers: fromRows, via: 'history' };
  const config = await readSavedConfig(runner, info.Id, env);
  const entries = config.history ?? [];
  const layerSizes = rows.length === entries.length ? rows.map((row) => row.size).filter((_, i) => entries[i]?.empty_layer !== true) : [];
  const withIds: ImageConfigHistory = { ...config, rootfs: { diff_ids: config.rootfs?.diff_ids ?? diffIds } };
  return { info, layers: layersFromHistory(withIds, layerSizes), via: 'image-save' };
}

/** `docker history --format '{{json .}}'` lines (newest first, `Size` a number with -H=false) as rows oldest first. */
export function parseHistoryRows(stdout: string): HistoryRow[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { CreatedBy?: string; Size?: string | number; Comment?: string };
      return { createdBy: row.CreatedBy ?? '', size: Number(row.Size ?? 0), comment: row.Comment ?? '' };
    })
    .reverse();
}

/** The image config, out of `docker image save` (Docker 25+ writes it as an OCI blob, older ones as `<id>.json`). */
async function readSavedConfig(runner: CommandRunner, id: string, env?: Record<string, string>): Promise<ImageConfigHistory> {
  const hex = id.replace(/^sha256:/, '');
  const wanted = new Set([`blobs/sha256/${hex}`, `${hex}.json`]);
  let config: ImageConfigHistory | null = null;
  const sink = tarReader((name, size) => {
    if (!wanted.has(name) || size > MAX_CONFIG_BYTES) return null;
    const parts: Buffer[] = [];
    return {
      data: (chunk) => void parts.push(Buffer.from(chunk)),
      end: () => {
        config = JSON.parse(Buffer.concat(parts).toString('utf8')) as ImageConfigHistory;
      },
    };
  });
  const done = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
  });
  const saved = await runner.run('docker', ['image', 'save', id], { env, stdout: sink, timeoutMs: 600_000 });
  await done;
  if (saved.code !== 0) throw new Error(`docker image save failed: ${saved.stderr.trim()}`);
  if (!config) throw new Error(`docker image save of ${id} holds no image config`);
  return config;
}
