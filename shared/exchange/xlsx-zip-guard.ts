// Reads an XLSX file's ZIP central directory and refuses a zip bomb before a single byte is
// inflated: too many entries, too much declared content, or an entry squeezed more than 100:1
// (Expat guards XML the same way). The sizes in the directory are the file's own claims, so the
// entries read later are inflated in small steps and stopped as soon as they grow past what
// they declared (see extractZipEntry): a lying entry cannot get past either check.
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import { ImportError } from './import-error';

export interface ZipLimits {
  readonly maxEntries: number;
  /** Total declared uncompressed size of all entries. */
  readonly maxTotalBytes: number;
  readonly maxRatio: number;
  /** Entries smaller than this are never a bomb, and small XML parts legitimately compress very well. */
  readonly ratioFloorBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 100 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 1024 * 1024 };

export interface ZipDirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/** Says what the file is when it is not a ZIP, since "not a zip" helps nobody. */
function notAWorkbook(bytes: Uint8Array, file: string): never {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportError(file, null, 'this is an old Excel .xls file or a password-protected workbook; save it in Excel as an .xlsx workbook without a password');
  }
  // Control bytes other than tab and line ends mean binary, not a misnamed sheet.
  const looksLikeText = bytes.length > 0 && bytes.subarray(0, 200).every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
  const hint = looksLikeText ? ' It looks like a text file: if it is a CSV sheet, give it a .csv name.' : '';
  throw new ImportError(file, null, `not an Excel workbook: an .xlsx file is a ZIP archive and this file is not one.${hint}`);
}

function findEndRecord(bytes: Uint8Array, file: string): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (u32(bytes, at) === EOCD) return at;
  if (u32(bytes, 0) === LOCAL) throw new ImportError(file, null, 'the workbook is damaged: its ZIP directory is missing (was the download cut short?)');
  return notAWorkbook(bytes, file);
}

/** Every entry of the central directory, checked against the limits; nothing is inflated here. */
export function readZipDirectory(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipDirectoryEntry[] {
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) {
    if (bytes.length === 0) throw new ImportError(file, null, 'the file is empty');
    notAWorkbook(bytes, file);
  }
  const end = findEndRecord(bytes, file);
  const count = u16(bytes, end + 10);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directoryOffset === ZIP64_MARK) throw new ImportError(file, null, 'the workbook uses ZIP64 (over 4 GB or 65,535 parts), which is far beyond the import limit');
  if (count > limits.maxEntries) throw new ImportError(file, null, `the workbook has ${count} parts (limit ${limits.maxEntries})`);
  const entries: ZipDirectoryEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw new ImportError(file, null, `the workbook is damaged: ZIP directory entry ${i + 1} is unreadable`);
    const nameLength = u16(bytes, at + 28);
    const entry: ZipDirectoryEntry = {
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const part = `part "${entry.name.slice(0, 100)}"`;
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) throw new ImportError(file, part, 'ZIP64 sizes (over 4 GB) are beyond the import limit');
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw new ImportError(file, part, `refused before unpacking: the workbook would unpack to more than ${limits.maxTotalBytes} bytes (the import limit)`);
    }
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (entry.size > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw new ImportError(file, part, `refused before unpacking: it is compressed ${Math.round(ratio)}:1 (limit ${limits.maxRatio}:1), the mark of a zip bomb`);
    }
    entries.push(entry);
  }
  return entries;
}

/** Inflation step: at most ~1,000 times this much output per step, so overshoot stays small. */
const STEP = 16 * 1024;

/** One entry's bytes, inflated no further than its declared size and checked against its CRC-32. */
export function extractZipEntry(bytes: Uint8Array, entry: ZipDirectoryEntry, file: string): Uint8Array {
  const part = `part "${entry.name}"`;
  if (entry.flags & 1) throw new ImportError(file, part, 'the workbook is encrypted; save it without a password');
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw new ImportError(file, part, 'the workbook is damaged: the part is not where the ZIP directory says');
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  if (start + entry.compressedSize > bytes.length) throw new ImportError(file, part, 'the workbook is damaged: the part is cut short');
  const packed = bytes.subarray(start, start + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === STORED) data = packed;
  else if (entry.method === DEFLATED) data = inflateBounded(packed, entry.size, file, part);
  else throw new ImportError(file, part, `compression method ${entry.method} is not supported (Excel uses 0 or 8)`);
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    throw new ImportError(file, part, 'the workbook is damaged: the part does not match its size or checksum');
  }
  return data;
}

function inflateBounded(packed: Uint8Array, declared: number, file: string, part: string): Uint8Array {
  const out = new Uint8Array(declared);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > declared) throw new ImportError(file, part, `refused: the part unpacks to more than the ${declared} bytes it declares (a zip bomb)`);
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < packed.length; at += STEP) inflater.push(packed.subarray(at, at + STEP), at + STEP >= packed.length);
    if (packed.length === 0) inflater.push(packed, true);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(file, part, `the workbook is damaged: ${error instanceof Error ? error.message : String(error)}`);
  }
  return out.subarray(0, length);
}
