// Workbooks saved by LibreOffice Calc (test/fixtures/messy, made by make-libreoffice-fixtures.py):
// every sheet listed, any one read by name, and Kumu's two-sheet layout imported with its connections.
import { describe, expect, it } from 'vitest';
import { csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import { kumuSheetsOf, readKumuWorkbook } from '../../../shared/exchange/kumu';
import { listXlsxSheetNames, readXlsxRows } from '../../../shared/exchange/xlsx';
import { messyBytes } from './fixture-paths';

describe('a LibreOffice workbook with two sheets, blank rows and a stray cell', () => {
  const bytes = messyBytes('partners-libreoffice.xlsx');

  it('lists its sheets in tab order and reads the first by default', () => {
    expect(listXlsxSheetNames(bytes, 'partners.xlsx')).toEqual(['Partners', 'Archive 2023']);
    const first = readXlsxRows(bytes, 'partners.xlsx');
    expect(first.sheet).toBe('Partners');
    expect(first.headers).toEqual(['Organisation', 'Contact person', 'Email', 'Type', 'Notes']);
    // Blank rows 3 and 6 are not rows; the others keep their spreadsheet row numbers.
    expect(first.rows.map((r) => [r.line, r.cells.get('Contact person')])).toEqual([
      [2, 'Renée O’Brien'],
      [4, 'José Müller'],
      [5, 'Zoë Ng'],
      [7, 'Cllr. Ada Obi'],
    ]);
    expect(first.rows[0]?.cells.get('Notes')).toBe('Hotline – evenings');
    expect(first.rows[3]?.cells.get('Notes')).toBe('“Ask about the levy”');
    expect(first.warnings).toEqual(['partners.xlsx, sheet Partners, cell G5: the cell ("stray") has no header above it and was not imported']);
  });

  it('reads another sheet by name (any case) and refuses a missing one, naming those it has', () => {
    const archive = readXlsxRows(bytes, 'partners.xlsx', { sheet: 'archive 2023' });
    expect(archive.sheet).toBe('Archive 2023');
    expect(archive.rows.map((r) => r.cells.get('Organisation'))).toEqual(['Old Mill Trust']);
    expect(() => readXlsxRows(bytes, 'partners.xlsx', { sheet: 'Contacts' })).toThrow(
      'partners.xlsx: there is no sheet called "Contacts" (the sheets are: Partners, Archive 2023)',
    );
  });
});

describe('a Kumu workbook (Elements and Connections)', () => {
  const bytes = messyBytes('kumu-coalition.xlsx');
  const sheets = kumuSheetsOf(listXlsxSheetNames(bytes, 'kumu.xlsx'));
  let n = 0;
  const workbook = readKumuWorkbook(bytes, 'kumu.xlsx', sheets ?? { elements: '', connections: '' });
  const addition = csvToStakeholders(workbook.elements, workbook.connections, {
    now: '2026-01-05T10:00:00.000Z',
    newId: () => `k${++n}`,
    sourceLabel: 'kumu.xlsx',
    tiesLabel: workbook.connectionsLabel,
  });
  const nameOf = (id: string) => addition.stakeholders.find((s) => s.id === id)?.name;

  it('is recognised by its two sheets; other workbooks are not', () => {
    expect(sheets).toEqual({ elements: 'Elements', connections: 'Connections' });
    expect(kumuSheetsOf(['Partners', 'Archive 2023'])).toBeNull();
  });

  it('takes Label as the name, Type as the kind when it is one, Description as notes, |-separated tags', () => {
    expect(addition.stakeholders.map((s) => [s.name, s.kind, s.notes, s.tags, s.custom])).toEqual([
      ['Harbor House', 'organization', 'Shelter and 24-hour hotline', ['shelter', 'hotline'], {}],
      ['Renée O’Brien', 'person', 'Survivor advocate, evenings', ['survivor-led', 'advocacy'], {}],
      ['Councillor Obi', 'person', 'County commissioner', ['policy'], {}],
      ['Grace Chapel', 'organization', 'Faith community with a food pantry', ['faith', 'food'], {}],
      ['Eastside Clinic', 'organization', '', ['health'], {}],
      ['Dana K.', 'person', '', [], { Type: 'Survivor advocate' }],
    ]);
  });

  it('imports every connection with its type, direction and strength; two directed referrals stay two ties', () => {
    expect(addition.ties.map((t) => [t.type, nameOf(t.source), nameOf(t.target), t.strength])).toEqual([
      ['works-at', 'Renée O’Brien', 'Harbor House', 3],
      ['knows', 'Councillor Obi', 'Renée O’Brien', 2],
      ['funds', 'Grace Chapel', 'Harbor House', 2],
      ['refers-to', 'Harbor House', 'Eastside Clinic', 2],
      ['refers-to', 'Eastside Clinic', 'Harbor House', 2],
      ['partners-with', 'Dana K.', 'Grace Chapel', 1],
    ]);
    expect(addition.warnings).toEqual([]);
  });
});
