// Bytes to text without ever guessing silently: a BOM decides, else strict UTF-8, else a refusal
// that names the encoding the file most likely uses (so the user can re-save it or choose it).
import { ImportError } from './import-error';
import { decodeWindows1252, isWindows1252Label } from './windows-1252';

export type TextEncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1' | 'iso-8859-15';

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

function strictDecode(bytes: Uint8Array, encoding: string, file: string): string {
  // Our own table: Node 20's TextDecoder gets 0x80-0x9F of this code page wrong (see windows-1252.ts).
  if (isWindows1252Label(encoding)) return decodeWindows1252(bytes, file);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) throw new ImportError(file, null, `the encoding "${encoding}" is not supported here`);
    throw new ImportError(file, null, `the file is not valid ${encoding.toUpperCase()}`);
  }
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** A readable guess: NUL bytes every other byte mean UTF-16 without BOM; else a Windows code page. */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) evenNuls++;
      else oddNuls++;
    }
  });
  if (oddNuls > sample.length / 4) return 'UTF-16LE without a byte-order mark';
  if (evenNuls > sample.length / 4) return 'UTF-16BE without a byte-order mark';
  return 'Windows-1252 (Western European, what Excel on Windows saves as "CSV")';
}

/**
 * Decodes a whole file. `encoding` is the user's explicit choice (after a refusal) or the encoding
 * an XML declaration names; without it only a BOM or valid UTF-8 is accepted.
 */
export function decodeFileBytes(bytes: Uint8Array, file: string, encoding?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode(bytes.subarray(3), 'utf-8', file), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strictDecode(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strictDecode(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be' };
  const chosen = encoding?.trim().toLowerCase();
  if (chosen && chosen !== 'utf-8' && chosen !== 'utf8') return { text: strictDecode(bytes, chosen, file), encoding: chosen };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new ImportError(
      file,
      `line ${lineOfOffset(bytes, bad)}`,
      `the file is not UTF-8 (byte 0x${byte} at offset ${bad}); it is probably ${guessLegacyEncoding(bytes)}. ` +
        'Save it as UTF-8 or choose its encoding; characters are never replaced silently.',
    );
  }
  return { text: strictDecode(bytes, 'utf-8', file), encoding: 'utf-8' };
}

/** The encoding an XML declaration names, read from the ASCII-compatible start of the bytes. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match?.[1];
}
