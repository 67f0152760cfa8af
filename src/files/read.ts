import { readFileSync } from 'node:fs';

export type ReadResult =
  | { ok: true; text: string; problems: { line: number; message: string }[]; binary?: boolean }
  | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8', { fatal: false });

/**
 * Reads a Dockerfile as text. A binary file is reported, not parsed; invalid UTF-8 is decoded with
 * replacement characters and the first bad line is named, so the rest still gets linted.
 */
export function readDockerfileText(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? err);
    return { ok: false, message: `cannot read ${path}: ${why}` };
  }
  return decodeDockerfile(bytes);
}

export function decodeDockerfile(bytes: Uint8Array): ReadResult {
  const sniff = bytes.subarray(0, 8000);
  if (sniff.includes(0)) {
    return { ok: true, text: '', problems: [{ line: 1, message: 'this is a binary file, not a Dockerfile' }], binary: true };
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
