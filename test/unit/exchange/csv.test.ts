import { describe, expect, it } from 'vitest';
import { parseCsv, readCsvFile, splitRecords, DEFAULT_CSV_LIMITS } from '../../../shared/exchange/csv';
import { fixtureBytes } from './fixture-paths';

const rows = (text: string, delimiter = ',') => splitRecords(text, 't.csv', DEFAULT_CSV_LIMITS, delimiter).map((r) => [r.line, r.cells]);

describe('splitRecords (RFC 4180)', () => {
  it('handles quotes, doubled quotes, embedded line breaks and every line ending', () => {
    expect(rows('a,b\r\n"x, y","say ""hi"""\n"multi\r\nline",z\rlast,row')).toEqual([
      [1, ['a', 'b']],
      [2, ['x, y', 'say "hi"']],
      [3, ['multi\r\nline', 'z']],
      [5, ['last', 'row']],
    ]);
  });

  it('keeps empty cells, skips blank lines and rows of bare delimiters, and accepts a missing final line break', () => {
    expect(rows('a,,c\n\n,,\n , \nend')).toEqual([
      [1, ['a', '', 'c']],
      [5, ['end']],
    ]);
  });

  it('refuses an unclosed quote, naming the line where it opened', () => {
    expect(() => readCsvFile(fixtureBytes('csv/people-unclosed-quote.csv'), 'q.csv')).toThrow('q.csv, line 2: a quoted cell is never closed (a " is missing)');
  });

  it('enforces row, column and cell limits with the line', () => {
    const limits = { maxRows: 2, maxColumns: 3, maxFieldLength: 5 };
    expect(() => splitRecords('h\n1\n2\n3\n', 'l.csv', limits, ',')).toThrow('l.csv, line 4: more than 2 rows (the import limit)');
    expect(() => splitRecords('a,b,c,d\n', 'l.csv', limits, ',')).toThrow('l.csv, line 1: more than 3 columns');
    expect(() => splitRecords('a\n"123456"\n', 'l.csv', limits, ',')).toThrow('l.csv, line 2: a cell is 6 characters long (limit 5)');
  });
});

describe('parseCsv', () => {
  it('detects ";" from the header, ignores delimiters inside quotes, and reports reserved headers', () => {
    const table = readCsvFile(fixtureBytes('csv/people-semicolon.csv'), 'people.csv');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Name', 'Kind', 'Categories', 'Organization', 'Influence', 'Email', 'Favourite Food', '__proto__']);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 4, 7]);
    expect(table.rows[0]?.cells.get('Favourite Food')).toBe('tamales; spicy');
    expect(table.rows[0]?.cells.has('__proto__')).toBe(false);
    expect(table.warnings).toEqual(['people.csv, column 8: the header "__proto__" is a reserved name; the column was not imported']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads UTF-16LE with a BOM and lone CR line ends', () => {
    const table = readCsvFile(fixtureBytes('csv/people-utf16.csv'), 'u.csv');
    expect(table.rows.map((r) => r.cells.get('name'))).toEqual(['Zoë', 'José']);
  });

  it('refuses Windows-1252 unless the user chooses it, then decodes it exactly', () => {
    expect(() => readCsvFile(fixtureBytes('csv/people-windows-1252.csv'), 'w.csv')).toThrow(/^w\.csv, line 2: the file is not UTF-8 .* probably Windows-1252/);
    const table = readCsvFile(fixtureBytes('csv/people-windows-1252.csv'), 'w.csv', 'windows-1252');
    expect(table.rows[0]?.cells.get('notes')).toBe('café');
  });

  it('refuses duplicate headers (case-insensitive), empty files and NUL bytes', () => {
    expect(() => readCsvFile(fixtureBytes('csv/people-duplicate-headers.csv'), 'd.csv')).toThrow('d.csv, column 3: the header "EMAIL" repeats column 2; rename one of them');
    expect(() => parseCsv(' \n', 'e.csv')).toThrow('e.csv: the file is empty');
    expect(() => parseCsv('name\nA\u0000B\n', 'n.csv')).toThrow(/^n\.csv, line 2: the file contains NUL characters/);
  });

  it('warns about cells beyond the header instead of dropping them silently', () => {
    const table = parseCsv('name\nAna,extra\n', 'x.csv');
    expect(table.warnings).toEqual(['x.csv, line 2: more cells than headers; cell 2 ("extra") was not imported']);
  });

  it('accepts a header-only file as zero rows', () => {
    expect(parseCsv('name,email\r\n', 'h.csv').rows).toEqual([]);
  });
});
