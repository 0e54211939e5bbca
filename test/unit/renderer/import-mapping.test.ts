// Column mapping for sheet imports: the guess from header names, what stops an import, the
// headers the CSV reader then sees (checked by running the real reader), and the memory of choices.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/exchange/csv';
import { csvToStakeholders } from '../../../shared/exchange/csv-to-map';
import {
  guessMapping,
  initialMapping,
  mappedHeaders,
  mappingMemoryKey,
  mappingProblems,
  recallMapping,
  recallValues,
  rememberMapping,
  rememberValues,
  type ColumnChoice,
  type KeyValueStorage,
} from '../../../renderer/src/state/import/import-mapping';
import { applyColumnChoices } from '../../../shared/exchange/column-choices';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const HEADERS = ['Full name', 'Type', 'Groups', 'Org', 'Email'];

describe('guessing from header names', () => {
  it('recognises field names in any case and spacing and a few unambiguous synonyms; the rest stays custom', () => {
    expect(guessMapping(HEADERS)).toEqual(['name', 'custom', 'custom', 'custom', 'email']);
    expect(guessMapping(['NAME', 'Lived Experience', 'consent-until', 'Organisation', 'Category', ''])).toEqual([
      'name', 'lived_experience', 'consent_until', 'organization', 'categories', 'ignore',
    ]);
  });

  it('gives a field to its first column only', () => {
    expect(guessMapping(['Name', 'Label', 'email', 'E-mail'])).toEqual(['name', 'custom', 'email', 'custom']);
  });
});

describe('what stops an import', () => {
  it('needs a name column and one column per field', () => {
    expect(mappingProblems(HEADERS, ['custom', 'kind', 'categories', 'organization', 'email'])).toEqual([
      'Choose the column that holds the names: every stakeholder needs one.',
    ]);
    expect(mappingProblems(HEADERS, ['name', 'kind', 'categories', 'email', 'email'])).toEqual([
      '“Org” and “Email” both go to Email; choose one of them.',
    ]);
    expect(mappingProblems(HEADERS, ['name', 'kind', 'categories', 'organization', 'ignore'])).toEqual([]);
  });
});

describe('the headers the reader sees', () => {
  it('renames mapped columns, drops ignored ones, and keeps a custom column that is named like a field as custom', () => {
    expect(mappedHeaders(['Full name', 'Email', 'Phone', 'Notes'], ['name', 'custom', 'ignore', 'custom'])).toEqual([
      'name', 'Email (sheet column)', null, 'Notes (sheet column)',
    ]);
  });

  it('makes the real CSV reader fill the chosen fields and keep the rest as custom fields', () => {
    const table = parseCsv(
      'Full name,Type,Groups,Org,Email,Shoe size\nAmara Okafor,person,directly affected,Tenants Union,amara@example.org,41\n',
      'people.csv',
    );
    const choices: ColumnChoice[] = ['name', 'kind', 'categories', 'organization', 'custom', 'ignore'];
    let n = 0;
    const result = csvToStakeholders(applyColumnChoices(table, choices), null, {
      now: '2025-03-01T10:00:00.000Z',
      newId: () => `id-${++n}`,
      sourceLabel: 'people.csv',
    });
    const amara = result.stakeholders.find((s) => s.name === 'Amara Okafor');
    expect(amara).toMatchObject({ kind: 'person', categories: ['directly-affected'], email: '', custom: { 'Email (sheet column)': 'amara@example.org' } });
    expect(amara?.custom).not.toHaveProperty('Shoe size');
    expect(result.stakeholders.map((s) => s.name)).toContain('Tenants Union');
    expect(result.ties).toHaveLength(1);
  });
});

describe('remembering choices per set of headers', () => {
  it('recalls what was chosen for the same headers, whatever their case and spacing', () => {
    const storage = new MemoryStorage();
    const chosen: ColumnChoice[] = ['name', 'kind', 'categories', 'organization', 'email'];
    rememberMapping(storage, HEADERS, chosen);
    expect(recallMapping(storage, ['full  NAME', 'type', 'groups', 'org', 'EMAIL'])).toEqual(chosen);
    expect(initialMapping(storage, HEADERS)).toEqual({ choices: chosen, remembered: true });
    // Other headers (or the same ones in another order) start from the guess.
    expect(initialMapping(storage, ['Type', 'Full name', 'Groups', 'Org', 'Email'])).toEqual({
      choices: ['custom', 'name', 'custom', 'custom', 'email'],
      remembered: false,
    });
  });

  it('keeps only header names, never cell values', () => {
    const storage = new MemoryStorage();
    rememberMapping(storage, HEADERS, guessMapping(HEADERS));
    expect([...storage.items.keys()]).toEqual([mappingMemoryKey(HEADERS)]);
    expect([...storage.items.values()][0]).toBe('["name","custom","custom","custom","email"]');
  });

  it('ignores a memory that is corrupt, the wrong length or holds unknown choices, and survives a storage that throws', () => {
    const storage = new MemoryStorage();
    const key = mappingMemoryKey(HEADERS);
    for (const bad of ['{not json', '["name"]', '["name","kind","categories","organization","__proto__"]', '{"0":"name"}']) {
      storage.items.set(key, bad);
      expect(recallMapping(storage, HEADERS)).toBeNull();
    }
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('storage disabled');
      },
      setItem: () => {
        throw new Error('quota exceeded');
      },
    };
    expect(() => rememberMapping(broken, HEADERS, guessMapping(HEADERS))).not.toThrow();
    expect(initialMapping(broken, HEADERS).remembered).toBe(false);
    expect(initialMapping(null, HEADERS).choices).toEqual(guessMapping(HEADERS));
  });
});

describe('the memory of what values mean', () => {
  const headers = ['Name', 'Type', 'Confidential?'];
  const fields = new Map([['Type', 'categories'], ['Confidential?', 'confidential'], ['ties:Type', 'type']]);

  it('keeps categories and a ties sheet\'s tie types, never a confidentiality column, and gives them back for the same headers', () => {
    const storage = new MemoryStorage();
    const values = {
      Type: { Shelter: ['service-provider'], ['x'.repeat(101)]: ['influential'] },
      'Confidential?': { 'yes - survivor': ['yes'] },
      'ties:Type': { 'volunteers at': ['works-at'] },
    };
    rememberValues(storage, headers, values, fields);
    const text = [...storage.items.values()].join('');
    expect(text).not.toContain('survivor');
    expect(recallValues(storage, headers)).toEqual({ Type: { Shelter: ['service-provider'] }, 'ties:Type': { 'volunteers at': ['works-at'] } });
    expect(recallValues(storage, ['Name', 'Kind'])).toEqual({});
  });

  it('keeps a column or value named "__proto__" as an ordinary entry', () => {
    const storage = new MemoryStorage();
    const odd = Object.fromEntries([['__proto__', Object.fromEntries([['__proto__', ['knows']]])]]);
    rememberValues(storage, ['Name', '__proto__'], odd, new Map([['__proto__', 'type']]));
    const back = recallValues(storage, ['Name', '__proto__']);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.hasOwn(back, '__proto__')).toBe(true);
    expect(Object.entries(back)).toEqual([['__proto__', Object.fromEntries([['__proto__', ['knows']]])]]);
  });
});
