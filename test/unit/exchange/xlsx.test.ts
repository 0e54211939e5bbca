// Reading .xlsx sheets into the CSV table shape: a round trip through the app's own writer, a
// hand-made Excel-style workbook with shared strings, sparse cells, formulas and dates, and
// the column mapping of csv-to-map applied unchanged.
import { describe, expect, it } from 'vitest';
import { csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import { number, text } from '../../../shared/exchange/export-table';
import { tableToXlsx } from '../../../shared/exchange/export-xlsx';
import { readXlsxRows, parseCellRef } from '../../../shared/exchange/xlsx';
import { isDateFormatCode, serialToIsoDate } from '../../../shared/exchange/xlsx-dates';
import { buildWorkbook } from './xlsx-build';

const cellsOf = (table: ReturnType<typeof readXlsxRows>) => table.rows.map((r) => Object.fromEntries(r.cells));
let ids = 0;
const ctx = { now: '2025-03-01T00:00:00.000Z', newId: () => `id-${++ids}`, sourceLabel: 'people.xlsx' };

describe('readXlsxRows', () => {
  it('reads back what the app’s own XLSX writer wrote, text and numbers unchanged', () => {
    const table = {
      columns: [text('name'), text('kind'), text('email'), number('influence'), text('notes')],
      rows: [
        ['Rosa Díaz', 'person', 'rosa@example.org', 4, '=1+1 is text, not a formula'],
        ['Harbor House & <Shelter>', 'organization', null, 2.5, 'line one\nline two'],
        ['Ngozi 🌱', 'person', 'n@example.org', null, '"quoted", comma'],
      ],
    } as const;
    const read = readXlsxRows(tableToXlsx(table, 'Stakeholders'), 'export.xlsx');
    expect(read.sheet).toBe('Stakeholders');
    expect(read.headers).toEqual(['name', 'kind', 'email', 'influence', 'notes']);
    expect(read.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(cellsOf(read)).toEqual([
      { name: 'Rosa Díaz', kind: 'person', email: 'rosa@example.org', influence: '4', notes: '=1+1 is text, not a formula' },
      { name: 'Harbor House & <Shelter>', kind: 'organization', influence: '2.5', notes: 'line one\nline two' },
      { name: 'Ngozi 🌱', kind: 'person', email: 'n@example.org', notes: '"quoted", comma' },
    ]);
    expect(read.warnings).toEqual([]);
  });

  it('reads shared strings, rich text, sparse rows and cells, booleans, formulas’ saved results and dates', () => {
    const bytes = buildWorkbook({
      sharedStringXml: ['<t>Name</t>', '<t>Email</t>', '<t>Consent until</t>', '<r><t>Ro</t></r><r><rPr><b/></rPr><t>sa</t></r><rPh><t>ignored</t></rPh>', '<t>rosa@example.org</t>', '<t>Team</t>'],
      numFmts: '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>',
      cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/>',
      sheets: [
        {
          name: 'People',
          rows:
            '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c t="s"><v>5</v></c><c r="G2" t="inlineStr"><is><t>Size</t></is></c></row>' +
            '<row r="3" s="1" customFormat="1"/>' +
            '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="C4" t="s"><v>4</v></c><c r="D4" s="1"><v>45658</v></c><c r="E4" t="b"><v>1</v></c><c r="G4" s="3"><f>2*3</f><v>6</v></c></row>' +
            '<row><c r="A5" t="str"><f>"Lu"&amp;"cia"</f><v>Lucia</v></c><c r="D5" s="2"><v>45716.5</v></c><c r="G5"><f>1/0</f></c></row>' +
            '<row r="9"><c r="C9" t="inlineStr"><is><t>no name</t></is></c><c r="H9" t="e"><v>#N/A</v></c><c r="I9" t="inlineStr"><is><t>stray</t></is></c></row>',
        },
      ],
    });
    const read = readXlsxRows(bytes, 'people.xlsx');
    expect(read.headers).toEqual(['Name', '', 'Email', 'Consent until', 'Team', '', 'Size']);
    expect(read.rows.map((r) => r.line)).toEqual([4, 5, 9]);
    expect(cellsOf(read)).toEqual([
      { Name: 'Rosa', Email: 'rosa@example.org', 'Consent until': '2025-01-01', Team: 'TRUE', Size: '6' },
      { Name: 'Lucia', 'Consent until': '2025-02-28T12:00:00' },
      { Email: 'no name' },
    ]);
    expect(read.warnings).toEqual([
      'people.xlsx, sheet People, cell G5: a formula with no saved result was read as empty (open and save the file in Excel first)',
      'people.xlsx, sheet People, cell H9: the cell holds the error #N/A; it was read as empty',
      'people.xlsx, sheet People, cell I9: the cell ("stray") has no header above it and was not imported',
    ]);
  });

  it('reads a named sheet, and lists the sheets when the name is unknown', () => {
    const bytes = buildWorkbook({
      sheets: [
        { name: 'Notes', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>nothing here</t></is></c></row>' },
        { name: 'Ties', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>source</t></is></c><c r="B1" t="inlineStr"><is><t>target</t></is></c></row>' },
      ],
    });
    expect(readXlsxRows(bytes, 'book.xlsx').headers).toEqual(['nothing here']);
    const ties = readXlsxRows(bytes, 'book.xlsx', { sheet: 'ties' });
    expect([ties.sheet, ties.sheets, ties.headers]).toEqual(['Ties', ['Notes', 'Ties'], ['source', 'target']]);
    expect(() => readXlsxRows(bytes, 'book.xlsx', { sheet: 'People' })).toThrow('book.xlsx: there is no sheet called "People" (the sheets are: Notes, Ties)');
  });

  it('keeps __proto__ and constructor headers out of the rows and says so, as the CSV reader does', () => {
    const bytes = buildWorkbook({
      sharedStrings: ['name', '__proto__', 'Constructor', 'Ana', 'polluted'],
      sheets: [{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>4</v></c></row>' }],
    });
    const read = readXlsxRows(bytes, 'evil.xlsx');
    expect(read.warnings).toEqual([
      'evil.xlsx, sheet S, cell B1: the header "__proto__" is a reserved name; the column was not imported',
      'evil.xlsx, sheet S, cell C1: the header "Constructor" is a reserved name; the column was not imported',
    ]);
    expect([...(read.rows[0]?.cells.keys() ?? [])]).toEqual(['name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the file, sheet and cell when a cell is wrong', () => {
    const sheet = (rows: string) => buildWorkbook({ sharedStrings: ['name', 'Name'], sheets: [{ name: 'People', rows }] });
    const header = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';
    expect(() => readXlsxRows(sheet(`${header}<row r="7"><c r="C7" t="s"><v>9</v></c></row>`), 'people.xlsx')).toThrow(
      'people.xlsx, sheet People, cell C7: the cell points at shared string 9, which the workbook does not have',
    );
    expect(() => readXlsxRows(sheet('<row r="1"><c r="B1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c></row>'), 'people.xlsx')).toThrow(
      'people.xlsx, sheet People, cell D1: the header "Name" repeats cell B1; rename one of them',
    );
    expect(() => readXlsxRows(sheet(`${header}<row r="2"><c r="2B" t="s"><v>0</v></c></row>`), 'people.xlsx')).toThrow('people.xlsx, sheet People, cell 2B: this is not a cell reference like C7');
    const long = `<row r="3"><c r="B3" t="inlineStr"><is><t>${'x'.repeat(60)}</t></is></c></row>`;
    expect(() => readXlsxRows(sheet(header + long), 'people.xlsx', { limits: { maxRows: 10, maxColumns: 10, maxFieldLength: 50 } })).toThrow(
      'people.xlsx, sheet People, cell B3: the cell is 60 characters long (limit 50)',
    );
    expect(() => readXlsxRows(sheet(''), 'people.xlsx')).toThrow('people.xlsx, sheet People: the sheet is empty');
  });

  it('feeds csv-to-map unchanged: categories, organizations and custom fields', () => {
    const table = {
      columns: [text('Name'), text('Kind'), text('Categories'), text('Organization'), text('Favourite colour')],
      rows: [['Rosa', 'person', 'survivor-led', 'Harbor House', 'green']],
    };
    const read = readXlsxRows(tableToXlsx(table, 'People'), 'people.xlsx');
    const addition = csvToStakeholders(read, null, ctx);
    expect(addition.stakeholders.map((s) => [s.name, s.kind])).toEqual([['Rosa', 'person'], ['Harbor House', 'organization']]);
    expect(addition.ties.map((t) => t.type)).toEqual(['works-at']);
    expect(JSON.stringify(addition.stakeholders[0])).toContain('green');
  });
});

describe('cell references and dates', () => {
  it('turns column letters into indexes', () => {
    expect(['A1', 'Z9', 'AA10', 'XFD1048576', 'a1', 'A0', 'AAAA1', '1A'].map(parseCellRef)).toEqual([
      { column: 0, row: 1 }, { column: 25, row: 9 }, { column: 26, row: 10 }, { column: 16383, row: 1048576 }, { column: 0, row: 1 }, null, null, null,
    ]);
  });

  it('reads date styles and serials in both date systems', () => {
    expect(['dd/mm/yyyy', 'mmm-yy', '[h]:mm:ss', '0.00', '[Red]#,##0', '"days" 0', 'General', '@'].map(isDateFormatCode)).toEqual([true, true, true, false, false, false, false, false]);
    expect(serialToIsoDate(45658, false)).toBe('2025-01-01');
    expect(serialToIsoDate(1, false)).toBe('1900-01-01');
    expect(serialToIsoDate(61, false)).toBe('1900-03-01');
    expect(serialToIsoDate(0, true)).toBe('1904-01-01');
    expect(serialToIsoDate(-1, false)).toBeNull();
  });
});
