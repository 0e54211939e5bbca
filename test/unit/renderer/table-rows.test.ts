import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../renderer/src/graph/table-rows';
import { noFilters } from '../../../renderer/src/state/core/app-state';
import { smallMap } from './map-fixture';

const names = (rows: ReturnType<typeof tableRows>) => rows.map((r) => r.stakeholder.name);

describe('list view rows', () => {
  const map = smallMap();

  it('sorts by name, both ways', () => {
    expect(names(tableRows(map, noFilters, { key: 'name', direction: 'ascending' }))).toEqual([
      'Council member Ortiz',
      'Haven House',
      'Maria Lopez',
      'Unsorted Person',
    ]);
    expect(names(tableRows(map, noFilters, { key: 'name', direction: 'descending' }))[0]).toBe('Unsorted Person');
  });

  it('sorts stages in pipeline order and counts ties per stakeholder', () => {
    const rows = tableRows(map, noFilters, { key: 'stage', direction: 'ascending' });
    expect(rows.map((r) => r.stakeholder.stage)).toEqual(['mapped', 'to-contact', 'member', 'core']);
    const byTies = tableRows(map, noFilters, { key: 'ties', direction: 'descending' });
    expect(byTies.map((r) => r.ties)).toEqual([2, 2, 2, 0]);
  });

  it('lists category labels and applies category, stage and text filters together', () => {
    const rows = tableRows(map, { categories: ['directly-affected', 'uncategorized'], stages: [], text: '' }, { key: 'name', direction: 'ascending' });
    expect(names(rows)).toEqual(['Maria Lopez', 'Unsorted Person']);
    expect(rows[0]?.categoryLabels).toBe('Directly affected, Influential community member');
    expect(rows[1]?.categoryLabels).toBe('');
    const text = tableRows(map, { categories: [], stages: ['mapped', 'core'], text: 'librarian' }, { key: 'name', direction: 'ascending' });
    expect(names(text)).toEqual(['Unsorted Person']);
  });
});
