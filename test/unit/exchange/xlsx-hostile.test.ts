// IN-3 / IN-4 for XLSX: zip bombs are refused from the ZIP directory alone, before inflating;
// an entry that lies about its size is stopped while inflating; XML parts with a DOCTYPE or
// entity are refused unparsed; files that are not workbooks get a message saying what they are.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxRows } from '../../../shared/exchange/xlsx';
import { readZipDirectory } from '../../../shared/exchange/xlsx-zip-guard';
import { buildWorkbook, forgeDeclaredSize } from './xlsx-build';

const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>';
const plain = () => buildWorkbook({ sheets: [{ name: 'People', rows: HEADER_ROW }] });

/** A workbook whose sheet XML is padded with about `padding` bytes of comments: harmless XML that deflates ~1000:1. */
function paddedWorkbook(padding: number): Uint8Array {
  const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${HEADER_ROW}</sheetData>${'<!-- padding -->'.repeat(padding / 16)}</worksheet>`;
  return buildWorkbook({ sheets: [{ name: 'People', rows: '' }], override: { 'xl/worksheets/sheet1.xml': xml } });
}

/** Overwrites an entry's compressed bytes with garbage, keeping every size in the directory. */
function scrambleEntry(zip: Uint8Array, entryName: string): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const entry = readZipDirectory(zip, 'x', { maxEntries: 100, maxTotalBytes: 2 ** 32, maxRatio: 1e9, ratioFloorBytes: 0 }).find((e) => e.name === entryName);
  if (!entry) throw new Error(`no entry ${entryName}`);
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  copy.fill(0xff, start, start + entry.compressedSize);
  return copy;
}

describe('XLSX zip-bomb guard', () => {
  it('refuses an entry compressed over 100:1 from the directory alone, before inflating anything', () => {
    const bomb = paddedWorkbook(8 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(80 * 1024);
    expect(() => readXlsxRows(bomb, 'bomb.xlsx')).toThrow(/^bomb\.xlsx, part "xl\/worksheets\/sheet1\.xml": refused before unpacking: it is compressed \d+:1 \(limit 100:1\), the mark of a zip bomb$/);
    // With its deflate stream replaced by garbage the refusal is the same, so nothing was inflated.
    expect(() => readXlsxRows(scrambleEntry(bomb, 'xl/worksheets/sheet1.xml'), 'bomb.xlsx')).toThrow('the mark of a zip bomb');
  });

  it('accepts the same padding when it is modest (small parts legitimately compress well)', () => {
    expect(readXlsxRows(paddedWorkbook(200 * 1024), 'ok.xlsx').headers).toEqual(['name']);
  });

  it('refuses a workbook whose declared total is over the cap, and one with too many parts', () => {
    const book = plain();
    expect(() => readXlsxRows(book, 'big.xlsx', { zipLimits: { maxEntries: 100, maxTotalBytes: 1000, maxRatio: 100, ratioFloorBytes: 0 } })).toThrow(
      /^big\.xlsx, part "[^"]+": refused before unpacking: the workbook would unpack to more than 1000 bytes \(the import limit\)$/,
    );
    expect(() => readXlsxRows(book, 'many.xlsx', { zipLimits: { maxEntries: 3, maxTotalBytes: 1e6, maxRatio: 100, ratioFloorBytes: 0 } })).toThrow('many.xlsx: the workbook has 7 parts (limit 3)');
  });

  it('stops an entry that unpacks to more than it declares (a directory that lies)', () => {
    const liar = forgeDeclaredSize(paddedWorkbook(5 * 1024 * 1024), 'xl/worksheets/sheet1.xml', 4096);
    expect(() => readXlsxRows(liar, 'liar.xlsx')).toThrow('liar.xlsx, part "xl/worksheets/sheet1.xml": refused: the part unpacks to more than the 4096 bytes it declares (a zip bomb)');
  });

  it('refuses a damaged part by its checksum or its deflate stream', () => {
    const scrambled = scrambleEntry(plain(), 'xl/worksheets/sheet1.xml');
    expect(() => readXlsxRows(scrambled, 'broken.xlsx')).toThrow(/^broken\.xlsx, part "xl\/worksheets\/sheet1\.xml": the workbook is damaged/);
  });
});

describe('XLSX XML parts are guarded like GEXF and GraphML', () => {
  it('refuses a sheet with a DOCTYPE before parsing, naming the sheet', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>';
    const book = buildWorkbook({ sheets: [{ name: 'People', rows: '' }], override: { 'xl/worksheets/sheet1.xml': xml } });
    expect(() => readXlsxRows(book, 'laughs.xlsx')).toThrow(/^laughs\.xlsx, sheet People, line 1: refused before parsing: the file contains a DOCTYPE declaration/);
  });

  it('refuses an external entity in the shared strings, naming the part', () => {
    const sst = '<?xml version="1.0"?>\n<!ENTITY xxe SYSTEM "file:///etc/passwd"><sst><si><t>&xxe;</t></si></sst>';
    const book = buildWorkbook({ sheets: [{ name: 'People', rows: HEADER_ROW }], override: { 'xl/sharedStrings.xml': sst } });
    expect(() => readXlsxRows(book, 'xxe.xlsx')).toThrow('xxe.xlsx, part xl/sharedStrings.xml, line 2: refused before parsing: the file contains an entity declaration (<!ENTITY)');
  });
});

describe('files that are not workbooks', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('says a renamed CSV is a text file', () => {
    expect(() => readXlsxRows(encode('name,email\nRosa,rosa@example.org\n'), 'people.xlsx')).toThrow(
      'people.xlsx: not an Excel workbook: an .xlsx file is a ZIP archive and this file is not one. It looks like a text file: if it is a CSV sheet, give it a .csv name.',
    );
  });

  it('recognises an old .xls or a password-protected workbook', () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(() => readXlsxRows(ole, 'old.xlsx')).toThrow('old.xlsx: this is an old Excel .xls file or a password-protected workbook; save it in Excel as an .xlsx workbook without a password');
  });

  it('refuses an empty file, a cut-short download, and a ZIP that is no workbook', () => {
    expect(() => readXlsxRows(new Uint8Array(0), 'empty.xlsx')).toThrow('empty.xlsx: the file is empty');
    const book = plain();
    expect(() => readXlsxRows(book.subarray(0, Math.floor(book.length / 2)), 'cut.xlsx')).toThrow('cut.xlsx: the workbook is damaged: its ZIP directory is missing (was the download cut short?)');
    const docx = zipSync({ 'word/document.xml': encode('<document/>') });
    expect(() => readXlsxRows(docx, 'letter.xlsx')).toThrow('letter.xlsx: not an Excel workbook: the ZIP has no workbook part (is it a Word or other Office file?)');
  });
});
