// Windows-1252 through our own table (Node 20's TextDecoder maps 0x80-0x9F as ISO-8859-1):
// every byte checked against Python's cp1252 codec, a separate implementation of the same table.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../shared/exchange/csv';
import { decodeFileBytes } from '../../../shared/exchange/decode-text';
import { decodeWindows1252, windows1252Char } from '../../../shared/exchange/windows-1252';
import { messyBytes } from './fixture-paths';

const UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** The code page's published characters for 0x80-0x9F, undefined bytes as "·". */
const HIGH = '€·‚ƒ„…†‡ˆ‰Š‹Œ·Ž··‘’“”•–—˜™š›œ·žŸ';

function pythonCp1252(): (string | null)[] {
  const script = 'import json\nout=[]\nfor b in range(256):\n  try: out.append(bytes([b]).decode("cp1252"))\n  except UnicodeDecodeError: out.append(None)\nprint(json.dumps(out))';
  return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' })) as (string | null)[];
}

describe('Windows-1252', () => {
  it('maps each of 0x80-0x9F to the code page character, not a C1 control', () => {
    for (let byte = 0x80; byte <= 0x9f; byte++) {
      const expected = HIGH[byte - 0x80];
      const got = windows1252Char(byte);
      if (UNDEFINED.includes(byte)) expect(got, `0x${byte.toString(16)}`).toBeNull();
      else expect(got, `0x${byte.toString(16)}`).toBe(expected);
    }
  });

  it('agrees with Python\'s cp1252 codec on all 256 bytes', () => {
    const reference = pythonCp1252();
    for (let byte = 0; byte < 256; byte++) expect(windows1252Char(byte), `0x${byte.toString(16)}`).toBe(reference[byte]);
  });

  it('reports each undefined byte with its offset and line, never a replacement', () => {
    for (const byte of UNDEFINED) {
      const bytes = new Uint8Array([0x61, 0x0a, 0x62, byte]);
      expect(() => decodeWindows1252(bytes, 'w.csv')).toThrow(`w.csv, line 2: byte 0x${byte.toString(16).toUpperCase()} at offset 3 has no character in Windows-1252`);
      expect(() => decodeFileBytes(bytes, 'w.csv', 'windows-1252')).toThrow(/characters are never replaced silently/);
    }
  });

  it('is used for every label browsers read as Windows-1252 (latin1, iso-8859-1, cp1252)', () => {
    const bytes = new Uint8Array([0x93, 0x80, 0x94]);
    for (const label of ['windows-1252', 'Windows-1252', 'cp1252', 'latin1', 'ISO-8859-1']) {
      expect(decodeFileBytes(bytes, 'x.csv', label).text).toBe('“€”');
    }
  });

  it('reads a CSV saved in Windows-1252 with ’ “ ” – € … and • intact', () => {
    const table = readCsvFile(messyBytes('partners-windows-1252.csv'), 'partners.csv', 'windows-1252');
    expect(table.rows.map((r) => [r.cells.get('Name'), r.cells.get('Notes')])).toEqual([
      ['Renée O’Brien', '“Survivor advocate” – evenings only'],
      ['Harbor House', 'Fund drive: €2,500 target…'],
      ['José Müller', 'Board • treasurer'],
    ]);
    expect(table.rows.flatMap((r) => [...r.cells.values()]).join('')).not.toMatch(/[\u0080-\u009f]/);
  });
});
