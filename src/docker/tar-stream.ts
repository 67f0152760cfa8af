import { Writable } from 'node:stream';

/** One regular file of a tar stream, as its bytes arrive. */
export interface TarEntryHandler {
  /** Called for each chunk of the entry's content, in order. */
  data(chunk: Buffer): void | Promise<void>;
  /** Called once the entry's content has all arrived. */
  end(): void | Promise<void>;
}

/**
 * A tar reader that never holds more than one 512-byte header and the current chunk: `onEntry` is asked,
 * for each regular file, for a handler of its content (or null to skip it). Reads ustar and GNU headers,
 * PAX `path` and `size` records and GNU long names, which is what BuildKit and `docker save` write.
 */
export function tarReader(onEntry: (name: string, size: number) => TarEntryHandler | null): Writable {
  let pending = Buffer.alloc(0);
  let remaining = 0; // content bytes left in the current entry
  let padding = 0; // zero bytes after it, up to the 512 boundary
  let handler: TarEntryHandler | null = null;
  let collecting: Buffer[] | null = null; // a PAX or GNU long-name record being read
  let collectingKind: 'pax' | 'longname' | null = null;
  let paxPath: string | null = null;
  let paxSize: number | null = null;
  let longName: string | null = null;
  let ended = false;

  const startEntry = async (header: Buffer): Promise<void> => {
    const field = (start: number, length: number) => {
      const raw = header.subarray(start, start + length);
      const nul = raw.indexOf(0);
      return raw.subarray(0, nul < 0 ? length : nul).toString('utf8');
    };
    const type = String.fromCharCode(header[156]!) || '0';
    const prefix = field(345, 155);
    const baseName = field(0, 100);
    let name = longName ?? paxPath ?? (prefix ? `${prefix}/${baseName}` : baseName);
    const size = paxSize ?? parseOctal(header.subarray(124, 136));
    longName = null;
    if (type !== 'x' && type !== 'L') {
      paxPath = null;
      paxSize = null;
    }
    name = name.replace(/^\.\//, '');
    remaining = size;
    padding = (512 - (size % 512)) % 512;
    if (type === 'x' || type === 'L') {
      collecting = [];
      collectingKind = type === 'x' ? 'pax' : 'longname';
      handler = null;
    } else if (type === '0' || type === '\0' || type === '7') {
      handler = onEntry(name, size);
    } else {
      handler = null;
    }
    if (remaining === 0) await finishEntry();
  };

  const finishEntry = async (): Promise<void> => {
    if (collecting) {
      const bytes = Buffer.concat(collecting);
      if (collectingKind === 'longname') longName = bytes.toString('utf8').replace(/\0+$/, '');
      else {
        for (const record of parsePax(bytes)) {
          if (record.key === 'path') paxPath = record.value;
          if (record.key === 'size') paxSize = Number(record.value);
        }
      }
      collecting = null;
      collectingKind = null;
    }
    if (handler) await handler.end();
    handler = null;
  };

  const consume = async (input: Buffer): Promise<void> => {
    let chunk = pending.length > 0 ? Buffer.concat([pending, input]) : input;
    pending = Buffer.alloc(0);
    while (chunk.length > 0 && !ended) {
      if (remaining > 0) {
        const take = Math.min(remaining, chunk.length);
        const part = chunk.subarray(0, take);
        if (collecting) collecting.push(Buffer.from(part));
        else if (handler) await handler.data(part);
        remaining -= take;
        chunk = chunk.subarray(take);
        if (remaining === 0) await finishEntry();
        continue;
      }
      if (padding > 0) {
        const skip = Math.min(padding, chunk.length);
        padding -= skip;
        chunk = chunk.subarray(skip);
        continue;
      }
      if (chunk.length < 512) {
        pending = Buffer.from(chunk);
        return;
      }
      const header = chunk.subarray(0, 512);
      chunk = chunk.subarray(512);
      if (header.every((b) => b === 0)) {
        ended = true; // two zero blocks end the archive; one is enough to stop reading
        return;
      }
      await startEntry(header);
    }
  };

  return new Writable({
    write(input: Buffer, _encoding, callback) {
      consume(input).then(() => callback(), callback);
    },
    final(callback) {
      if (remaining > 0 || (handler !== null && !ended)) callback(new Error('the tar stream ended inside an entry'));
      else callback();
    },
  });
}

function parseOctal(field: Buffer): number {
  // GNU base-256 for sizes of 8 GiB and more.
  if (field[0]! & 0x80) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return value;
  }
  const text = field.toString('ascii').replace(/\0.*$/s, '').trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** PAX records: `<length> <key>=<value>\n`, the length in bytes. */
function parsePax(bytes: Buffer): { key: string; value: string }[] {
  const records: { key: string; value: string }[] = [];
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    if (space < 0) break;
    const length = Number(bytes.subarray(at, space).toString('ascii'));
    if (!Number.isFinite(length) || length <= 0) break;
    const record = bytes.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records.push({ key: record.slice(0, eq), value: record.slice(eq + 1) });
    at += length;
  }
  return records;
}
