// Windows-1252 decoded from our own table, not TextDecoder: Node 20's decoder treats this code
// page as ISO-8859-1 and turns 0x80-0x9F (’ “ ” – € …) into C1 control characters
// (nodejs/node#56542). Bytes 0x00-0x7F and 0xA0-0xFF are the same code points as in Latin-1;
// 0x80-0x9F follow the code page's published table. The five bytes the code page leaves
// undefined are refused with their place, because the promise is that nothing is replaced silently.
import { ImportError } from './import-error';

/** Code points for 0x80-0x9F; 0 marks a byte Windows-1252 does not define. */
const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * The WHATWG Encoding Standard's labels for this decoder. Browsers decode "iso-8859-1", "latin1"
 * and "ascii" as Windows-1252 too, so a file saved under one of those names reads the same way.
 */
export const WINDOWS_1252_LABELS: ReadonlySet<string> = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
  'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);

export function isWindows1252Label(label: string): boolean {
  return WINDOWS_1252_LABELS.has(label.trim().toLowerCase());
}

/** The character a byte stands for, or null for the five undefined bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D. */
export function windows1252Char(byte: number): string | null {
  if (byte < 0x80 || byte > 0x9f) return String.fromCharCode(byte);
  const code = HIGH_CONTROL_RANGE[byte - 0x80] ?? 0;
  return code === 0 ? null : String.fromCharCode(code);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes every byte by the table; an undefined byte is refused, naming its value, offset and line. */
export function decodeWindows1252(bytes: Uint8Array, file: string): string {
  const table: string[] = [];
  for (let b = 0; b < 256; b++) table.push(windows1252Char(b) ?? '');
  let text = '';
  const chunk: string[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    const char = table[byte] ?? '';
    if (char === '') {
      const hex = byte.toString(16).toUpperCase();
      throw new ImportError(
        file,
        `line ${lineAt(bytes, i)}`,
        `byte 0x${hex} at offset ${i} has no character in Windows-1252; the file is probably in another encoding ` +
          '(choose it, or save the file as UTF-8); characters are never replaced silently.',
      );
    }
    chunk.push(char);
    if (chunk.length === 8192) {
      text += chunk.join('');
      chunk.length = 0;
    }
  }
  return text + chunk.join('');
}
