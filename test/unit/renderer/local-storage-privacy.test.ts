// What the window keeps in localStorage says nothing about people or maps: a sheet without a
// header row (whose first row is a person) leaves no cell text in a key, a header row with an
// email or phone number is not remembered at all, older plain entries are removed, and "hide
// sensitive fields" is kept per map under a hash of the path, not the path.
import { describe, expect, it } from 'vitest';
import { readHideSensitive, writeHideSensitive } from '../../../renderer/src/state/core/display-settings';
import { initialMapping, recallMapping, rememberMapping, type ColumnChoice } from '../../../renderer/src/state/import/import-mapping';

/** A Map-backed Storage with key(i) and length, as the window's localStorage has. */
class ListedStorage {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  text(): string {
    return [...this.items].flat().join('\n');
  }
}

const PERSON_ROW = ['Rosalind Quill', 'survivor', 'Harlow Bend'];
const CHOICES: ColumnChoice[] = ['name', 'role', 'area'];

describe('import column memory', () => {
  it('keeps a headerless sheet\'s first row only as a hash, and still recalls the choices', () => {
    const storage = new ListedStorage();
    rememberMapping(storage, PERSON_ROW, CHOICES);
    expect(storage.items.size).toBe(1);
    expect(storage.text().toLowerCase()).not.toMatch(/rosalind|quill|survivor|harlow/);
    expect(recallMapping(storage, PERSON_ROW)).toEqual(CHOICES);
  });

  it('does not remember a row holding an email address or a phone number', () => {
    const storage = new ListedStorage();
    rememberMapping(storage, ['Rosalind Quill', 'rq@example.org', 'x'], CHOICES);
    rememberMapping(storage, ['Rosalind Quill', '+44 7700 900123', 'x'], CHOICES);
    expect(storage.items.size).toBe(0);
  });

  it('removes the plain entries an older version left', () => {
    const storage = new ListedStorage();
    storage.setItem('coalition-mapper.import-mapping.v1:rosalind quill\u001fsurvivor', '["name","role"]');
    storage.setItem('coalition-mapper:auto-lock-minutes', '5');
    initialMapping(storage, ['Name', 'Role']);
    expect([...storage.items.keys()]).toEqual(['coalition-mapper:auto-lock-minutes']);
  });
});

describe('hide sensitive fields, per map', () => {
  const PATH = '/home/ana/Documents/Riverside Survivors Network.coalition.json';

  it('is kept under a hash of the path, and an older plain key moves there', () => {
    const storage = new ListedStorage();
    writeHideSensitive(storage, PATH, true);
    expect(readHideSensitive(storage, PATH)).toBe(true);
    expect(storage.text()).not.toMatch(/Riverside|ana|Documents/);

    const older = new ListedStorage();
    older.setItem(`coalition-mapper:hide-sensitive:${PATH}`, 'on');
    expect(readHideSensitive(older, PATH)).toBe(true);
    expect(older.text()).not.toContain('Riverside');
    writeHideSensitive(older, PATH, false);
    expect(readHideSensitive(older, PATH)).toBe(false);
    expect(older.items.size).toBe(0);
  });
});
