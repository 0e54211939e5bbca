// A minimal ZIP writer for XLSX: stored (uncompressed) entries, CRC-32, UTF-8 names, one central
// directory. Small enough to check by eye; no dependency. Stored entries also keep every byte of
// the sheet visible to the privacy tests, which look for canaries in the file as written.

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const UTF8_NAMES = 0x0800;
const VERSION = 20;
// 1980-01-01 00:00, the earliest DOS date: a fixed stamp keeps the same export byte-identical.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const MAX_SIZE = 0xffffffff;

class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  u16(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }

  u32(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }

  bytes(data: Uint8Array): void {
    this.chunks.push(data);
    this.length += data.length;
  }

  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  if (entries.length > 0xffff) throw new Error('zip: too many entries for a plain ZIP file');
  const out = new ByteWriter();
  const central = new ByteWriter();
  const encoder = new TextEncoder();
  for (const entry of entries) {
    if (entry.data.length >= MAX_SIZE) throw new Error(`zip: ${entry.name} is too large for a plain ZIP file`);
    const name = encoder.encode(entry.name);
    const crc = crc32(entry.data);
    const offset = out.length;
    const common = (w: ByteWriter): void => {
      w.u16(VERSION);
      w.u16(UTF8_NAMES);
      w.u16(0); // stored
      w.u16(DOS_TIME);
      w.u16(DOS_DATE);
      w.u32(crc);
      w.u32(entry.data.length);
      w.u32(entry.data.length);
      w.u16(name.length);
      w.u16(0); // no extra field
    };
    out.u32(0x04034b50);
    common(out);
    out.bytes(name);
    out.bytes(entry.data);

    central.u32(0x02014b50);
    central.u16(VERSION); // made by
    common(central);
    central.u16(0); // comment
    central.u16(0); // disk
    central.u16(0); // internal attributes
    central.u32(0); // external attributes
    central.u32(offset);
    central.bytes(name);
  }
  const centralOffset = out.length;
  out.bytes(central.result());
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(entries.length);
  out.u16(entries.length);
  out.u32(central.length);
  out.u32(centralOffset);
  out.u16(0);
  return out.result();
}
