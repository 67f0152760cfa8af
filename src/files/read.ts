import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult =
  /** `skipped`: there is nothing to lint (a binary file, one over the size limit); `problems` says why. */
  | { ok: true; text: string; problems: { line: number; message: string }[]; skipped?: boolean }
  | { ok: false; message: string };

/**
 * Past this size a file is not linted: a PR can hold anything, and a file this large is not a
 * Dockerfile anyone writes (the largest of 927 public ones is 40 KB). Within it, the lint of any file
 * stays within seconds whatever the file holds (the robustness tests try the worst shapes).
 */
export const MAX_DOCKERFILE_BYTES = 256 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8', { fatal: false });

const KiB = 1024;
function showSize(bytes: number): string {
  return bytes >= KiB * KiB ? `${(bytes / (KiB * KiB)).toFixed(1)} MiB` : `${Math.ceil(bytes / KiB)} KiB`;
}

/**
 * Reads a Dockerfile as text. A binary file, or one over `maxBytes`, is reported, not parsed (and a
 * file over the limit is not read past it); invalid UTF-8 is decoded with replacement characters and
 * the first bad line is named, so the rest still gets linted. Only regular files are read: a symlink to
 * a device (`/dev/zero`) is refused, not read forever.
 */
export function readDockerfileText(path: string, maxBytes = MAX_DOCKERFILE_BYTES): ReadResult {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: `cannot read ${path}: is a directory` };
    if (!stat.isFile()) return { ok: false, message: `cannot read ${path}: not a regular file` };
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    // The size can change under us: read at most one byte past the limit to know.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size, 0) + 1));
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return tooLarge(length, maxBytes);
    return decodeDockerfile(buffer.subarray(0, length));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? err);
    return { ok: false, message: `cannot read ${path}: ${why}` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function tooLarge(bytes: number, maxBytes: number): ReadResult {
  const message = `not linted: this file is ${showSize(bytes)}, over the ${showSize(maxBytes)} a Dockerfile may be`;
  return { ok: true, text: '', problems: [{ line: 1, message }], skipped: true };
}

export function decodeDockerfile(bytes: Uint8Array): ReadResult {
  const sniff = bytes.subarray(0, 8000);
  if (sniff.includes(0)) {
    return { ok: true, text: '', problems: [{ line: 1, message: 'this is a binary file, not a Dockerfile' }], skipped: true };
  }
  try {
    return { ok: true, text: decoder.decode(bytes), problems: [] };
  } catch {
    const text = lossy.decode(bytes);
    const lines = text.split(/\r\n|\r|\n/);
    const bad = lines.findIndex((l) => l.includes('\uFFFD'));
    return { ok: true, text, problems: [{ line: bad + 1, message: `line ${bad + 1} is not valid UTF-8 (read with replacement characters)` }] };
  }
}
