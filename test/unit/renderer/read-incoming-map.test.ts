// Another organizer's map file, read for a merge: older formats are migrated as the store would,
// newer and hostile files are refused with a message naming the file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIncomingMap } from '../../../renderer/src/workers/read-incoming-map';
import { MAP_VERSION } from '../../../shared/schema';

const fixtures = join(import.meta.dirname, '../../fixtures/maps');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readIncomingMap', () => {
  it('brings a version 1 map up to the current format', async () => {
    const raw = await readFile(join(fixtures, 'historic-v1.coalition.json'));
    expect(JSON.parse(raw.toString('utf8')).version).toBe(1);
    const map = readIncomingMap(new Uint8Array(raw), 'old.coalition.json');
    expect(map.version).toBe(MAP_VERSION);
    expect(map.meetings).toEqual([]);
    expect(map.stakeholders.length).toBeGreaterThan(0);
  });

  it('refuses a map from a newer version, naming the file', () => {
    const text = JSON.stringify({ format: 'coalition-map', version: MAP_VERSION + 1 });
    expect(() => readIncomingMap(bytes(text), 'future.coalition.json')).toThrow(/future\.coalition\.json.*newer version/s);
  });

  it('refuses reserved keys before they reach any object', () => {
    const text = '{"format":"coalition-map","version":1,"__proto__":{"polluted":true}}';
    expect(() => readIncomingMap(bytes(text), 'hostile.json')).toThrow(/reserved key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
