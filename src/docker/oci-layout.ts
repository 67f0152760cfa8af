import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, type Gunzip } from 'node:zlib';
import { layersFromHistory, type ImageConfigHistory } from './layers.js';
import { tarReader } from './tar-stream.js';
import type { ImageMeasurement } from './types.js';

/** JSON documents of a layout (index, manifests, configs) are small; a larger blob is a layer and is only counted. */
const MAX_JSON_BYTES = 4 * 1024 * 1024;

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
}

interface BlobFacts {
  /** The blob's own bytes (compressed for a gzip layer). */
  size: number;
  /** Bytes once gunzipped; null when the blob is not gzip (uncompressed tar, zstd). */
  gunzipped: number | null;
  json: unknown;
}

/**
 * Measures the image in an OCI layout tarball (`docker buildx build --output type=oci,dest=…`), reading
 * it once as a stream: every gzip blob is gunzipped on the fly and only its byte count kept, so no layer
 * is ever held in memory. Compressed sizes come from the manifest, uncompressed ones from those counts
 * (a zstd layer, which Node cannot unpack, makes the uncompressed total unknown: the compressed one is
 * then the figure, labelled so). With several platforms, the first in the index (or `platform`) is
 * measured and `platform` says which.
 */
export async function measureOciLayout(path: string, options: { platform?: string | null; buildSeconds?: number } = {}): Promise<ImageMeasurement> {
  const blobs = new Map<string, BlobFacts>();
  let index: unknown = null;
  await pipeline(
    createReadStream(path),
    tarReader((name, size) => {
      if (name === 'index.json') return jsonCollector(size, (json) => (index = json));
      const blob = /^blobs\/([a-z0-9]+)\/([a-f0-9]+)$/.exec(name);
      if (!blob) return null;
      const digest = `${blob[1]}:${blob[2]}`;
      const facts: BlobFacts = { size, gunzipped: null, json: null };
      blobs.set(digest, facts);
      return blobHandler(size, facts);
    }),
  );
  if (!index) throw new Error('the OCI layout has no index.json');
  const { manifest, platform } = pickManifest(index as { manifests?: Descriptor[] }, blobs, options.platform ?? null);
  const config = blobs.get(manifest.config.digest)?.json as ImageConfigHistory | null;
  if (!config) throw new Error(`the OCI layout lacks the image config ${manifest.config.digest}`);
  const compressed = manifest.layers.map((l) => l.size);
  const unpacked = manifest.layers.map((l) => {
    const facts = blobs.get(l.digest);
    if (!facts) return null;
    if (/\+zstd$/.test(l.mediaType ?? '')) return null;
    return facts.gunzipped ?? (/\+gzip$/.test(l.mediaType ?? '') ? null : facts.size);
  });
  const known = unpacked.every((n): n is number => n !== null);
  const sizes = known ? unpacked : compressed;
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  return {
    bytes: sum(sizes),
    kind: known ? 'uncompressed' : 'compressed',
    source: 'oci-layout',
    compressedBytes: sum(compressed),
    layers: layersFromHistory(config, sizes),
    configDigest: manifest.config.digest,
    platform,
    buildSeconds: options.buildSeconds ?? 0,
  };
}

interface Manifest {
  config: Descriptor;
  layers: Descriptor[];
  manifests?: Descriptor[];
}

function platformText(p: Descriptor['platform']): string | null {
  return p?.os && p.architecture ? `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}` : null;
}

/** The image manifest to measure: the index may point at a manifest, or at a nested index of several platforms. */
function pickManifest(index: { manifests?: Descriptor[] }, blobs: Map<string, BlobFacts>, wanted: string | null): { manifest: Manifest; platform: string | null } {
  let candidates = index.manifests ?? [];
  for (let depth = 0; depth < 4; depth++) {
    const images = candidates.filter((d) => !/attestation/.test(JSON.stringify(d)));
    const chosen = (wanted && images.find((d) => platformText(d.platform) === wanted)) || images[0];
    if (!chosen) break;
    const doc = blobs.get(chosen.digest)?.json as Manifest | null;
    if (!doc) throw new Error(`the OCI layout lacks the manifest ${chosen.digest}`);
    if (doc.manifests) {
      candidates = doc.manifests;
      continue;
    }
    return { manifest: doc, platform: images.length > 1 ? platformText(chosen.platform) : null };
  }
  throw new Error('the OCI layout names no image manifest');
}

function jsonCollector(size: number, done: (json: unknown) => void) {
  const parts: Buffer[] = [];
  return {
    data: (chunk: Buffer) => {
      if (size <= MAX_JSON_BYTES) parts.push(Buffer.from(chunk));
    },
    end: () => {
      if (size <= MAX_JSON_BYTES) done(parseJson(Buffer.concat(parts)));
    },
  };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
}

/** Small blobs are kept (they may be JSON); a gzip blob is streamed through gunzip and counted. */
function blobHandler(size: number, facts: BlobFacts) {
  let head: Buffer[] | null = [];
  let gunzip: Gunzip | null = null;
  let counted = 0;
  let finished: Promise<void> | null = null;
  const startGunzip = (first: Buffer) => {
    gunzip = createGunzip();
    gunzip.on('data', (out: Buffer) => (counted += out.length));
    finished = new Promise((resolve, reject) => {
      gunzip!.on('end', resolve);
      gunzip!.on('error', reject);
    });
    gunzip.write(first);
  };
  return {
    data: async (chunk: Buffer) => {
      if (head && !gunzip) {
        if (chunk[0] === 0x1f && chunk[1] === 0x8b && sumLength(head) === 0) {
          head = null;
          startGunzip(Buffer.from(chunk));
          return;
        }
        if (size <= MAX_JSON_BYTES) head.push(Buffer.from(chunk));
        else head = null;
        return;
      }
      if (gunzip) {
        const g = gunzip as Gunzip;
        if (!g.write(chunk)) await new Promise((resolve) => g.once('drain', resolve));
      }
    },
    end: async () => {
      if (gunzip) {
        (gunzip as Gunzip).end();
        await finished;
        facts.gunzipped = counted;
      } else if (head) {
        facts.json = parseJson(Buffer.concat(head));
      }
    },
  };
}

function sumLength(parts: readonly Buffer[]): number {
  return parts.reduce((n, p) => n + p.length, 0);
}
