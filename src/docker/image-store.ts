import { layersFromHistory, type ImageConfigHistory } from './layers.js';
import type { CommandRunner } from './runner.js';
import { tarReader } from './tar-stream.js';
import type { ImageMeasurement } from './types.js';

const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * Measures an image loaded into the classic store: `Size` and `RootFS.Layers` from `docker image inspect`,
 * each layer's size from `docker history -H=false` (one row per history entry, newest first), and which
 * entries made layers from the config's `history[].empty_layer`, read out of `docker image save` as it
 * streams by (the layers in that stream are skipped, never kept).
 */
export async function measureStoredImage(runner: CommandRunner, image: string, options: { buildSeconds?: number; platform?: string | null; env?: Record<string, string> } = {}): Promise<ImageMeasurement> {
  const env = options.env;
  const inspected = await runner.run('docker', ['image', 'inspect', '--format', '{{json .}}', image], { env, timeoutMs: 60_000 });
  if (inspected.code !== 0) throw new Error(`docker image inspect ${image} failed: ${inspected.stderr.trim()}`);
  const info = JSON.parse(inspected.stdout) as { Id: string; Size: number; RootFS?: { Layers?: string[] } };
  const history = await runner.run('docker', ['history', '--no-trunc', '-H=false', '--format', '{{.Size}}', info.Id], { env, timeoutMs: 60_000 });
  if (history.code !== 0) throw new Error(`docker history ${image} failed: ${history.stderr.trim()}`);
  const rowSizes = history.stdout.trim().split('\n').filter(Boolean).map(Number).reverse();
  const config = await readSavedConfig(runner, info.Id, env);
  const entries = config.history ?? [];
  const layerSizes = rowSizes.length === entries.length ? rowSizes.filter((_, i) => entries[i]?.empty_layer !== true) : [];
  const withIds: ImageConfigHistory = { ...config, rootfs: { diff_ids: config.rootfs?.diff_ids ?? info.RootFS?.Layers ?? [] } };
  return {
    bytes: info.Size,
    kind: 'uncompressed',
    source: 'image-store',
    compressedBytes: null,
    layers: layersFromHistory(withIds, layerSizes),
    configDigest: info.Id,
    platform: options.platform ?? null,
    buildSeconds: options.buildSeconds ?? 0,
  };
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
