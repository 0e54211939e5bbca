// The app's own stakeholder and ties lists, exported and imported again (CSV and XLSX): every
// field the lists carry comes back as it was, works-at ties keep strength, trust and notes, and a
// formula-like name keeps exactly the characters it had (the export's guard apostrophe is taken off).
import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../shared/exchange/csv';
import { csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import { exportMap, type ExportFormat } from '../../../shared/exchange/export-map';
import { readXlsxRows } from '../../../shared/exchange/xlsx';
import type { MapDocument, Stakeholder, Tie } from '../../../shared/model';
import { sampleMap, TODAY } from './export-fixtures';

/** The sample coalition with names a spreadsheet would run, and tie weights and notes set. */
function trickyMap(): MapDocument {
  const map = sampleMap();
  const names = ['=SUM(A1:A9)', "'Quoted' Collective", '@harbor', '-Minus Group', '+1 Hotline'];
  const stakeholders = map.stakeholders.map((s, i) => (i < names.length ? { ...s, name: names[i] ?? s.name } : s));
  const ties = map.ties.map((t, i) => (i % 5 === 0 ? { ...t, weight: 1.5 + i, notes: `=note ${i}` } : t));
  return { ...map, stakeholders, ties };
}

const OPTIONS = { includeConfidential: true, includeSensitive: true, today: TODAY };

function personView(s: Stakeholder) {
  const { id: _id, createdAt: _c, updatedAt: _u, source: _s, custom: _custom, email: _e, phone: _p, ...fields } = s;
  return fields;
}

function tieView(t: Tie, nameOf: (id: string) => string | undefined) {
  return [t.type, nameOf(t.source), nameOf(t.target), t.strength, t.trust, t.weight, t.notes];
}

function roundTrip(format: ExportFormat & ('csv' | 'xlsx')) {
  const map = trickyMap();
  const people = exportMap(map, { ...OPTIONS, format, list: 'stakeholders' }).bytes;
  const ties = exportMap(map, { ...OPTIONS, format, list: 'ties' }).bytes;
  const read = (bytes: Uint8Array, name: string) => (format === 'csv' ? readCsvFile(bytes, name) : readXlsxRows(bytes, name));
  let n = 0;
  const back = csvToStakeholders(read(people, `people.${format}`), read(ties, `ties.${format}`), {
    now: '2026-01-05T10:00:00.000Z',
    newId: () => `new-${++n}`,
    sourceLabel: `people.${format}`,
    tiesLabel: `ties.${format}`,
    serviceCatalog: map.coalition.serviceCatalog,
  });
  return { map, back };
}

describe.each(['csv', 'xlsx'] as const)('the app\'s own %s lists', (format) => {
  const { map, back } = roundTrip(format);
  const oldName = (id: string) => map.stakeholders.find((s) => s.id === id)?.name;
  const newName = (id: string) => back.stakeholders.find((s) => s.id === id)?.name;

  it('bring every stakeholder back with the same fields, formula-like names exactly as typed', () => {
    expect(back.stakeholders.map(personView)).toEqual(map.stakeholders.map(personView));
    expect(back.stakeholders.slice(0, 3).map((s) => s.name)).toEqual(['=SUM(A1:A9)', "'Quoted' Collective", '@harbor']);
  });

  it('bring every tie back, works-at ties with their strength, trust, weight and notes', () => {
    const sort = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sort(back.ties.map((t) => tieView(t, newName)))).toEqual(sort(map.ties.map((t) => tieView(t, oldName))));
    const worksAt = map.ties.filter((t) => t.type === 'works-at');
    expect(new Set(worksAt.map((t) => t.strength)).size).toBeGreaterThan(1);
    expect(back.ties.filter((t) => t.type === 'works-at')).toHaveLength(worksAt.length);
  });

  it('say only that the computed figures were left out', () => {
    expect(back.warnings).toEqual([
      `people.${format}: this is the app's own stakeholders list; the computed figures (degree, betweenness, closeness, pagerank, core_number, community) were not imported, the map works them out again`,
    ]);
  });
});
