// Value mapping: the distinct values of a column with counts and suggestions, cells rewritten to
// the model's words before conversion, and the mapping file the window saves and the CLI reads.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/exchange/csv';
import { convertSheet } from '../../../shared/exchange/csv-to-map';
import { checkValueMapping, choicesFor, mappingFileText, mapSheet, parseMappingFile } from '../../../shared/exchange/sheet-mapping';
import { distinctValues, effectiveMapping } from '../../../shared/exchange/value-mapping';

const SHEET = parseCsv('Who,Type,Private\nAna,Shelter; Faith leader,\nBo,Shelter,x\nCy,Astronaut,no\n,,\n', 'p.csv');
const ctx = () => {
  let n = 0;
  return { now: '2026-01-05T10:00:00.000Z', newId: () => `s${++n}`, sourceLabel: 'p.csv' };
};

describe('value mapping', () => {
  it('lists each value with its count and the app\u2019s suggestion, list cells counted part by part', () => {
    expect(distinctValues(SHEET.rows, 'Type', 'categories')).toEqual([
      { value: 'Shelter', count: 2, suggested: ['service-provider'] },
      { value: 'Astronaut', count: 1, suggested: [] },
      { value: 'Faith leader', count: 1, suggested: ['influential'] },
    ]);
    // An empty confidentiality cell is listed, so the user can decide it means "yes".
    expect(distinctValues(SHEET.rows, 'Private', 'confidential').map((v) => [v.value, v.count, v.suggested])).toEqual([
      ['', 1, ['no']],
      ['no', 1, ['no']],
      ['x', 1, ['yes']],
    ]);
  });

  it('rewrites the cells before conversion: several categories per value, empty confidential mapped to yes', () => {
    const choices = choicesFor(SHEET.headers, { columns: { Who: 'name', Type: 'categories' }, values: {}, key: null });
    expect(choices).toEqual(['name', 'categories', 'confidential']);
    const values = { Type: { Shelter: ['service-provider', 'directly-affected'], Astronaut: ['interested-public'], 'Faith leader': ['influential'] }, Private: { '': ['yes'] } };
    const people = convertSheet(mapSheet(SHEET, choices, values, 'p.csv'), null, ctx());
    expect(people.stakeholders.map((s) => [s.name, s.categories, s.confidential])).toEqual([
      ['Ana', ['service-provider', 'directly-affected', 'influential'], true],
      ['Bo', ['service-provider', 'directly-affected'], true],
      ['Cy', ['interested-public'], false],
    ]);
    // The row of commas is no row (the reader drops it), and no empty cell mapped to "yes" makes it one.
    expect(people.problems).toEqual([]);
  });

  it('fills in the suggestions the user did not change, and leaves unreadable values unmapped', () => {
    const columns = [{ header: 'Type', values: distinctValues(SHEET.rows, 'Type', 'categories') }];
    expect(effectiveMapping(columns, { Type: { 'Faith leader': ['policymaker'] } })).toEqual({ Type: { Shelter: ['service-provider'], 'Faith leader': ['policymaker'] } });
  });

  it('refuses a mapping to a word the field does not have, or for a column that is not a value field', () => {
    const choices = choicesFor(SHEET.headers, { columns: { Who: 'name', Type: 'categories' }, values: {}, key: null });
    expect(() => checkValueMapping(SHEET.headers, choices, { Type: { Shelter: ['shelters'] } }, 'p.csv')).toThrow('p.csv, column "Type", value "Shelter": "shelters" is not one of');
    expect(() => checkValueMapping(SHEET.headers, choices, { Who: { Ana: ['person'] } }, 'p.csv')).toThrow('values are mapped only for a column read as');
    // A column no sheet has: said so, with the flag a ties sheet's column needs.
    expect(() => checkValueMapping(SHEET.headers, choices, { Relation: { friend: ['knows'] } }, 'p.csv')).toThrow(
      'p.csv, column "Relation": values are mapped only for a column read as categories, kind, stage, confidential or (ties sheet) type (no sheet has a "Relation" column; a ties sheet\'s column needs its sheet, --ties FILE)',
    );
    // The ties sheet has it, but not as its tie type ("Type"): refused without the note.
    expect(() => checkValueMapping(SHEET.headers, choices, { Relation: { friend: ['knows'] } }, 'p.csv', ['Source', 'Target', 'Relation'])).toThrow(
      /read as categories, kind, stage, confidential or \(ties sheet\) type$/,
    );
  });
});

describe('the mapping file', () => {
  it('round-trips, and a header called __proto__ neither maps nor pollutes anything', () => {
    const text = mappingFileText({ columns: { Who: 'name' }, values: { Type: { Shelter: ['service-provider'] } }, key: 'email' });
    const back = parseMappingFile(text, 'm.json');
    expect(back).toEqual({ columns: { Who: 'name' }, values: { Type: { Shelter: ['service-provider'] } }, key: 'email' });
    const hostile = parseMappingFile(text.replace('"Who"', '"__proto__": "notes", "Who"'), 'm.json');
    expect(choicesFor(['__proto__', 'Who', 'constructor'], hostile)).toEqual(['custom', 'name', 'custom']);
    expect(Object.getPrototypeOf(hostile.columns)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).notes).toBeUndefined();
  });

  it('refuses a file that is not a mapping, naming the place', () => {
    expect(() => parseMappingFile('{"format":"coalition-mapper-import-mapping","version":1,"columns":{"Who":"nickname"}}', 'm.json')).toThrow('m.json, columns.Who: not a mapping file the app can use: not a field the app knows');
    expect(() => parseMappingFile('not json', 'm.json')).toThrow('m.json: not a mapping file (JSON could not be read');
  });
});
