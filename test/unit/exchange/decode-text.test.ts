import { describe, expect, it } from 'vitest';
import { declaredXmlEncoding, decodeFileBytes } from '../../../shared/exchange/decode-text';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeFileBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeFileBytes(utf8('José'), 'a.csv')).toEqual({ text: 'José', encoding: 'utf-8' });
    expect(decodeFileBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('José')), 'a.csv')).toEqual({ text: 'José', encoding: 'utf-8' });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decodeFileBytes(bytes(0xff, 0xfe, 0x4a, 0, 0xe9, 0), 'a.csv').text).toBe('Jé');
    expect(decodeFileBytes(bytes(0xfe, 0xff, 0, 0x4a, 0, 0xe9), 'a.csv').text).toBe('Jé');
  });

  it('refuses Windows-1252 bytes, naming the encoding, the byte and the line; never inserts U+FFFD', () => {
    const latin = bytes(...utf8('name\nJos'), 0xe9, 0x0a);
    expect(() => decodeFileBytes(latin, 'sheet.csv')).toThrow(
      'sheet.csv, line 2: the file is not UTF-8 (byte 0xE9 at offset 8); it is probably Windows-1252',
    );
    expect(decodeFileBytes(latin, 'sheet.csv', 'windows-1252').text).toBe('name\nJosé\n');
  });

  it('refuses the classic invalid sequence C3 28 and names UTF-16 when NULs interleave', () => {
    expect(() => decodeFileBytes(bytes(0x61, 0xc3, 0x28), 'x.csv')).toThrow(/byte 0xC3 at offset 1/);
    expect(() => decodeFileBytes(bytes(0x4a, 0, 0xe9, 0, 0x73, 0), 'x.csv')).toThrow(/probably UTF-16LE without a byte-order mark/);
  });

  it('refuses invalid bytes even in a declared encoding, and an unknown encoding by name', () => {
    expect(() => decodeFileBytes(bytes(0xff, 0xfe, 0x00, 0xd8), 'x.csv')).toThrow('x.csv: the file is not valid UTF-16LE');
    expect(() => decodeFileBytes(utf8('a'), 'x.gexf', 'klingon-8')).toThrow('x.gexf: the encoding "klingon-8" is not supported here');
  });
});

describe('declaredXmlEncoding', () => {
  it('reads the encoding from the XML declaration only', () => {
    expect(declaredXmlEncoding(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'))).toBe('ISO-8859-1');
    expect(declaredXmlEncoding(utf8('<a encoding="x"/>'))).toBeUndefined();
  });
});
