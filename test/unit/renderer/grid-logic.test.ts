// The list grid's pure logic: sorting by any column (custom fields too), each column's filter
// (accent-blind words, comparisons on numbers), and what a cell edit changes on the record.
import { describe, expect, it } from 'vitest';
import { updateStakeholder } from '../../../shared/edits';
import { analyzeMap } from '../../../shared/analysis';
import { columnFor, customFieldNames, visibleColumns } from '../../../renderer/src/graph/grid-columns';
import { cellChanges, cellValue } from '../../../renderer/src/graph/grid-cell-edit';
import { tableRows, type Sort } from '../../../renderer/src/graph/table-rows';
import { noFilters } from '../../../renderer/src/state/core/app-state';
import { smallMap } from './map-fixture';

const ctx = { now: '2025-03-01T00:00:00.000Z', newId: () => 'x' };

function gridMap() {
  let map = smallMap();
  map = updateStakeholder(map, 's1', { custom: { Ward: 'Ward 10', Owner: 'Zoë' }, influence: 4, tags: ['speaks publicly'] }, ctx);
  map = updateStakeholder(map, 's2', { custom: { Ward: 'Ward 9' }, influence: 2 }, ctx);
  map = updateStakeholder(map, 's3', { custom: { Owner: 'Ana' }, role: 'Councillor, District 3' }, ctx);
  return map;
}

const names = (sort: Sort, filters = {}) => tableRows(gridMap(), noFilters, sort, filters).map((r) => r.stakeholder.name);

describe('grid sorting', () => {
  it('sorts a custom field like text with numbers in it, blanks first, and both ways', () => {
    expect(names({ key: 'custom:Ward', direction: 'ascending' })).toEqual(['Council member Ortiz', 'Unsorted Person', 'Haven House', 'Maria Lopez']);
    expect(names({ key: 'custom:Ward', direction: 'descending' }).slice(0, 2)).toEqual(['Maria Lopez', 'Haven House']);
  });

  it('sorts influence as numbers with none as lowest, and owner by the Owner field', () => {
    expect(names({ key: 'influence', direction: 'descending' }).slice(0, 2)).toEqual(['Maria Lopez', 'Haven House']);
    expect(names({ key: 'owner', direction: 'ascending' }).slice(2)).toEqual(['Council member Ortiz', 'Maria Lopez']);
  });
});

describe('grid column filters', () => {
  it('matches words without accents or case in one column only', () => {
    expect(names({ key: 'name', direction: 'ascending' }, { owner: 'zoe' })).toEqual(['Maria Lopez']);
    expect(names({ key: 'name', direction: 'ascending' }, { role: 'district 3' })).toEqual(['Council member Ortiz']);
    // "Ortiz" is a name, not a role: the role filter does not see it.
    expect(names({ key: 'name', direction: 'ascending' }, { role: 'ortiz' })).toEqual([]);
  });

  it('takes comparisons on number columns and ANDs the columns together', () => {
    expect(names({ key: 'name', direction: 'ascending' }, { influence: '>= 2' })).toEqual(['Haven House', 'Maria Lopez']);
    expect(names({ key: 'name', direction: 'ascending' }, { influence: '<3', stage: 'member' })).toEqual(['Haven House']);
    expect(names({ key: 'name', direction: 'ascending' }, { ties: '0' })).toEqual(['Unsorted Person']);
    // Blank filters and a lone operator filter nothing.
    expect(names({ key: 'name', direction: 'ascending' }, { influence: '>', role: '  ' })).toHaveLength(4);
  });

  it('filters a custom field column', () => {
    expect(names({ key: 'name', direction: 'ascending' }, { 'custom:Ward': 'ward 9' })).toEqual(['Haven House']);
  });
});

describe('measure columns', () => {
  it('sort and filter by the analysis figures, blank before it answers', () => {
    const map = gridMap();
    const insights = analyzeMap(map, { includeConfidential: true });
    const figures = new Map(insights.stakeholders.map((f) => [f.id, f]));
    const rows = tableRows(map, noFilters, { key: 'betweenness', direction: 'descending' }, {}, figures);
    const values = rows.map((r) => r.figures!.betweenness);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(rows.map((r) => columnFor('betweenness').text(r))).toContain(values[0]!.toFixed(3));
    const isolated = tableRows(map, noFilters, { key: 'name', direction: 'ascending' }, { coreNumber: '0' }, figures);
    expect(isolated.map((r) => r.stakeholder.name)).toEqual(['Unsorted Person']);
    expect(columnFor('community').text(tableRows(map, noFilters, { key: 'name', direction: 'ascending' })[0]!)).toBe('');
  });
});

describe('grid columns', () => {
  it('offers the custom fields on the map, Owner aside, after the built-in columns', () => {
    const map = gridMap();
    expect(customFieldNames(map)).toEqual(['Ward']);
    expect(visibleColumns(['Ward'], customFieldNames(map)).map((c) => c.id).slice(-2)).toEqual(['ties', 'custom:Ward']);
    expect(visibleColumns([], customFieldNames(map)).some((c) => c.id.startsWith('custom:'))).toBe(false);
  });
});

describe('cell edits', () => {
  const s = () => gridMap().stakeholders.find((x) => x.id === 's1')!;

  it('turns each editor value into the change of one field, or null when nothing changes', () => {
    expect(cellChanges(columnFor('stage'), s(), 'member')).toEqual({ stage: 'member' });
    expect(cellChanges(columnFor('stage'), s(), 'core')).toBeNull();
    expect(cellChanges(columnFor('role'), s(), '  Advocate ')).toEqual({ role: 'Advocate' });
    expect(cellChanges(columnFor('tags'), s(), 'a, b,, a')).toEqual({ tags: ['a', 'b'] });
    expect(cellChanges(columnFor('influence'), s(), '')).toEqual({ influence: null });
    expect(cellChanges(columnFor('categories'), s(), ['policymaker', 'directly-affected'])).toEqual({ categories: ['directly-affected', 'policymaker'] });
  });

  it('sets and clears custom fields without touching the others', () => {
    expect(cellChanges(columnFor('owner'), s(), 'Sam')).toEqual({ custom: { Ward: 'Ward 10', Owner: 'Sam' } });
    expect(cellChanges(columnFor('owner'), s(), '')).toEqual({ custom: { Ward: 'Ward 10' } });
    expect(cellChanges(columnFor('custom:Ward'), s(), 'Ward 10')).toBeNull();
    expect(cellValue(columnFor('custom:Ward'), s())).toBe('Ward 10');
  });

  it('refuses values the record cannot hold, with a sentence', () => {
    expect(() => cellChanges(columnFor('influence'), s(), '9')).toThrow('Influence is a whole number from 1 to 5, or empty.');
    expect(() => cellChanges(columnFor('stage'), s(), 'joined')).toThrow('"joined" is not a stage.');
    expect(() => cellChanges(columnFor('ties'), s(), '3')).toThrow('Ties is not edited in the list.');
  });
});
