// CSV files from the messy corpus (test/fixtures/messy/README.md): a European Excel sheet with
// ";" between cells, and a sheet with blank lines, rows of bare commas, a stray cell and an empty name.
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../shared/exchange/csv';
import { csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import { messyBytes } from './fixture-paths';

const context = () => {
  let n = 0;
  return { now: '2026-01-05T10:00:00.000Z', newId: () => `m${++n}`, sourceLabel: 'messy.csv' };
};

describe('a semicolon CSV as European Excel saves it (UTF-8 with a byte-order mark)', () => {
  const table = readCsvFile(messyBytes('partners-semicolon.csv'), 'partners.csv');

  it('finds the ";" and keeps quoted semicolons, doubled quotes and accents inside cells', () => {
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Name', 'Organisation', 'Kind', 'Influence', 'Notes']);
    expect(table.rows.map((r) => [r.cells.get('Name'), r.cells.get('Notes')])).toEqual([
      ['Anja Weiß', 'Beratung; Begleitung'],
      ['Frauenhaus Nord', 'Schutzwohnung – 12 Plätze'],
      ['Kemal Aydın', 'Sagt "ja" zu Budget'],
      ['Stadtrat', ''],
    ]);
  });

  it('becomes stakeholders with works-at ties from the Organisation column', () => {
    const addition = csvToStakeholders(table, null, context());
    const nameOf = (id: string) => addition.stakeholders.find((s) => s.id === id)?.name;
    expect(addition.stakeholders.map((s) => [s.name, s.kind, s.influence])).toEqual([
      ['Anja Weiß', 'person', 4],
      ['Frauenhaus Nord', 'organization', 5],
      ['Kemal Aydın', 'person', 3],
      ['Stadtrat', 'organization', null],
    ]);
    expect(addition.ties.map((t) => [nameOf(t.source), nameOf(t.target), t.type])).toEqual([
      ['Anja Weiß', 'Frauenhaus Nord', 'works-at'],
      ['Kemal Aydın', 'Stadtrat', 'works-at'],
    ]);
  });
});

describe('a sheet with blank and broken rows', () => {
  const table = readCsvFile(messyBytes('blank-and-broken-rows.csv'), 'broken.csv');

  it('drops blank lines and rows of bare commas or spaces, keeping each row\'s own line number', () => {
    expect(table.rows.map((r) => [r.line, r.cells.get('name')])).toEqual([
      [3, 'Ana Ruiz'],
      [5, 'Harbor House'],
      [7, 'Lee Park'],
      [8, ''],
      [9, 'Obi Nwosu'],
    ]);
    expect(table.warnings).toEqual(['broken.csv, line 7: more cells than headers; cell 5 ("extra cell") was not imported']);
  });

  it('is refused at the row with no name, by its line, not at a row of commas', () => {
    expect(() => csvToStakeholders(table, null, context())).toThrow('messy.csv, line 8: the name is empty');
  });
});
