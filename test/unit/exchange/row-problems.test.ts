// Row problems are collected, not fatal: every bad row is named with its line and column, blank
// rows (and rows of commas) are skipped quietly, and the bad rows come back as a table to fix.
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../shared/exchange/csv';
import { convertSheet, csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import { tableToCsv } from '../../../shared/exchange/export-csv';
import { describeProblems, skippedRowsTable } from '../../../shared/exchange/sheet-problems';
import { fixtureBytes } from './fixture-paths';

const ctx = () => {
  let n = 0;
  return { now: '2026-01-05T10:00:00.000Z', newId: () => `s${++n}`, sourceLabel: 'broken-rows.csv' };
};
const sheet = () => readCsvFile(fixtureBytes('../reconcile/broken-rows.csv'), 'broken-rows.csv');

describe('a sheet with blank, comma-only and broken rows', () => {
  const result = convertSheet(sheet(), null, ctx());

  it('converts the good rows and lists every problem by line and column', () => {
    expect(result.stakeholders.filter((s) => s.kind === 'person').map((s) => s.name)).toEqual(['Rosa Diaz', 'Tom Reyes', 'Mina Park', 'Leo Grant']);
    expect(describeProblems(result.problems)).toEqual([
      'broken-rows.csv, line 5, column "Name": the name is empty (every stakeholder needs one)',
      'broken-rows.csv, line 7, column "Name": the name ";;;" has no letters or digits',
    ]);
    // Rows of commas (and blank lines) are dropped by the reader itself, or counted here: never a problem.
    expect(result.problems.map((p) => p.line)).toEqual([5, 7]);
    // A bad value in a good row is a warning, not a problem: the row still comes in.
    expect(result.warnings.some((w) => w.startsWith('broken-rows.csv, line 6, attribute "Influence": "9" was not used'))).toBe(true);
  });

  it('refuses all or nothing with every problem listed', () => {
    const twoBad = readCsvFile(new TextEncoder().encode('name,email\n,a@x.org\nAna,\n,b@x.org\n'), 'two.csv');
    expect(() => csvToStakeholders(twoBad, null, { ...ctx(), sourceLabel: 'two.csv' })).toThrow(
      'two.csv: 2 rows have problems, so nothing was imported (fix them, or import the other rows and keep these apart):\n' +
        '  two.csv, line 2, column "name": the name is empty (every stakeholder needs one)\n' +
        '  two.csv, line 4, column "name": the name is empty (every stakeholder needs one)',
    );
  });

  it('gives the skipped rows back as a sheet to fix, which imports once fixed', () => {
    const csv = tableToCsv(skippedRowsTable(sheet(), result.problems));
    expect(csv).toBe('\uFEFFName,Email,Organisation,Influence,Confidential,import line,import problem\r\n' +
        ',nobody@example.org,,2,,5,Name: the name is empty (every stakeholder needs one)\r\n' +
        ';;;,,,,,7,"Name: the name "";;;"" has no letters or digits"\r\n');
    const fixed = readCsvFile(new TextEncoder().encode(csv.replace(',nobody@', 'Nia Brooks,nobody@').replace(/;;;.*\r\n/, '')), 'fixed.csv');
    const again = convertSheet(fixed, null, ctx());
    expect(again.problems).toEqual([]);
    expect(again.stakeholders.map((s) => [s.name, s.email, s.influence, s.custom])).toEqual([['Nia Brooks', 'nobody@example.org', 2, {}]]);
  });
});
