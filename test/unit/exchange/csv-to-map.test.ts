import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../shared/exchange/csv';
import { csvToStakeholders, type CsvImportContext } from '../../../shared/exchange/csv-to-map';
import { addImportToMap } from '../../../shared/exchange/merge-into-map';
import { emptyMap } from '../../../shared/new-map';
import { fixtureBytes } from './fixture-paths';

function context(extra: Partial<CsvImportContext> = {}): CsvImportContext {
  let next = 0;
  return { now: '2026-01-05T10:00:00.000Z', newId: () => `s${++next}`, sourceLabel: 'people.csv', tiesLabel: 'ties.csv', ...extra };
}

const people = () => readCsvFile(fixtureBytes('csv/people-semicolon.csv'), 'people.csv');
const ties = (name = 'ties.csv') => readCsvFile(fixtureBytes(`csv/${name}`), name);

describe('csvToStakeholders', () => {
  const result = csvToStakeholders(people(), ties(), context());
  const byName = new Map(result.stakeholders.map((s) => [s.name, s]));

  it('maps columns to fields case-insensitively and keeps the rest as custom fields', () => {
    expect(result.stakeholders.map((s) => s.name)).toEqual(['Ana Ruiz', 'Harbor House', 'Pastor Lee', 'Obi Nwosu', 'Grace Chapel']);
    expect(byName.get('Ana Ruiz')).toMatchObject({
      kind: 'person',
      categories: ['directly-affected'],
      influence: 4,
      email: 'ana@example.org',
      custom: { 'Favourite Food': 'tamales; spicy' },
      source: 'people.csv',
    });
    expect(byName.get('Harbor House')).toMatchObject({ kind: 'organization', categories: ['service-provider', 'influential'] });
    expect(byName.get('Pastor Lee')?.custom).toEqual({ Influence: 'high', 'Favourite Food': 'multi\r\nline "quoted" note' });
    expect(result.warnings).toContain('people.csv, line 4, attribute "Influence": "high" was not used (expected a whole number from 1 to 5); kept as a custom field');
  });

  it('adds works-at ties from the organization column, creating organizations it does not know', () => {
    expect(byName.get('Grace Chapel')).toMatchObject({ kind: 'organization' });
    const worksAt = result.ties.filter((t) => t.type === 'works-at').map((t) => [byId(t.source), byId(t.target)]);
    expect(worksAt).toEqual([['Ana Ruiz', 'Harbor House'], ['Pastor Lee', 'Grace Chapel']]);
  });

  it('resolves tie ends by name (case-insensitive), reads types and reports bad values with sheet and line', () => {
    const other = result.ties.filter((t) => t.type !== 'works-at').map((t) => [byId(t.source), byId(t.target), t.type, t.strength, t.notes]);
    expect(other).toEqual([
      ['Ana Ruiz', 'Pastor Lee', 'knows', 3, 'met at the vigil'],
      ['Pastor Lee', 'Obi Nwosu', 'partners-with', 2, ''],
      ['Harbor House', 'Obi Nwosu', 'funds', 2, ''],
    ]);
    expect(result.warnings).toContain('ties.csv, line 4, attribute "strength": "9" was not used (expected a whole number from 1 to 3)');
    expect(result.warnings).toContain('people.csv: edge attributes with no tie field were not kept: "colour"');
  });

  it('gives a valid map when added', () => {
    const map = addImportToMap(emptyMap('Riverside'), result, 'people.csv');
    expect(map.stakeholders).toHaveLength(5);
    expect(map.ties).toHaveLength(5);
  });

  function byId(id: string): string | undefined {
    return result.stakeholders.find((s) => s.id === id)?.name;
  }
});

describe('refusals name the sheet and line', () => {
  it('refuses a sheet without a name column or with an empty name', () => {
    expect(() => csvToStakeholders(readCsvFile(fixtureBytes('csv/people-no-name.csv'), 'p.csv'), null, context({ sourceLabel: 'p.csv' }))).toThrow(
      'p.csv, header row: no "name" column (found: email, phone)',
    );
    expect(() => csvToStakeholders(readCsvFile(fixtureBytes('csv/people-empty-name.csv'), 'p.csv'), null, context({ sourceLabel: 'p.csv' }))).toThrow(
      'p.csv, line 3, column "name": the name is empty (every stakeholder needs one)',
    );
  });

  it('refuses a tie to someone who is neither in the sheet nor on the map', () => {
    expect(() => csvToStakeholders(people(), ties('ties-unknown.csv'), context({ tiesLabel: 'ties-unknown.csv' }))).toThrow(
      'ties-unknown.csv, line 2, column "target": target "Nobody Known" is neither in the stakeholder sheet nor on the map',
    );
  });

  it('resolves ends and organizations against the map, and refuses names two stakeholders share', () => {
    const first = csvToStakeholders(people(), null, context());
    const map = addImportToMap(emptyMap('R'), first);
    const sheet = readCsvFile(new TextEncoder().encode('name,organization\nNew Person,harbor house\n'), 'more.csv');
    const again = csvToStakeholders(sheet, null, context({ sourceLabel: 'more.csv', existingStakeholders: map.stakeholders, newId: () => 'fresh' }));
    expect(again.stakeholders.map((s) => s.name)).toEqual(['New Person']);
    expect(again.ties[0]?.target).toBe(map.stakeholders.find((s) => s.name === 'Harbor House')?.id);
    const twice = addImportToMap(map, csvToStakeholders(people(), null, context({ newId: (() => { let n = 100; return () => `t${++n}`; })() })));
    const tieSheet = readCsvFile(new TextEncoder().encode('source,target\nAna Ruiz,Obi Nwosu\n'), 'amb.csv');
    const empty = readCsvFile(new TextEncoder().encode('name\n'), 'none.csv');
    expect(() => csvToStakeholders(empty, tieSheet, context({ tiesLabel: 'amb.csv', existingStakeholders: twice.stakeholders }))).toThrow(
      'amb.csv, line 2, column "source": more than one stakeholder is called "Ana Ruiz"; use an id instead',
    );
  });
});
