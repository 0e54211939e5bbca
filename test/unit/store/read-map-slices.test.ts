// The app opens a map with its records checked in slices, a turn of the event loop between them
// (shared/schema-sliced.ts, read-map.ts decodeMapBytesInSlices), so the main process serves the
// window's script while a big map opens. The answer must be the whole check's, valid or not.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodeMapBytes, decodeMapBytesInSlices } from '../../../electron/main/store/read-map';
import { mapDocumentSchema } from '../../../shared/schema';
import { parseMapDocumentInSlices, SLICE_RECORDS } from '../../../shared/schema-sliced';
import { mapFileErrorFrom } from './helpers/map-file-error';
import { fixturePath, numberedMap } from './helpers/maps';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const bytesOf = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** A valid map as JSON (ties between neighbours, one name with spaces the check trims, defaults left out). */
function plainMap(people: number): Record<string, unknown> {
  const map = JSON.parse(JSON.stringify(numberedMap(1, people))) as { stakeholders: Record<string, unknown>[]; ties: unknown[] };
  const stamp = '2025-01-15T10:00:00.000Z';
  if (people >= 3) {
    map.stakeholders[1]!.name = '  Padded Name  ';
    delete map.stakeholders[2]!.notes;
  }
  map.ties = map.stakeholders.slice(1).map((s, i) => ({ id: `t${i}`, source: `s${i}`, target: s.id, type: 'knows', createdAt: stamp, updatedAt: stamp }));
  return map;
}

type Json = Record<string, unknown> & { stakeholders: Record<string, unknown>[]; ties: Record<string, unknown>[] };
const changed = (edit: (map: Json) => void): Json => {
  const map = plainMap(9) as Json;
  edit(map);
  return map;
};

const cases: [string, unknown][] = [
  ['a valid map', plainMap(9)],
  ['a map without records', plainMap(0)],
  ['a bad record in a later slice', changed((m) => (m.stakeholders[7]!.kind = 'robot'))],
  ['a bad tie in the last slice', changed((m) => (m.ties[7]!.type = 'likes'))],
  ['a stray field in a record', changed((m) => (m.stakeholders[4]!.extra = 1))],
  ['a duplicate id across slices', changed((m) => (m.stakeholders[8]!.id = 's0'))],
  ['a tie to nobody', changed((m) => (m.ties[5]!.target = 'missing'))],
  ['an unknown top-level field', changed((m) => (m.surprise = true))],
  ['records not a list', changed((m) => (m.stakeholders = { s0: 1 } as unknown as Json['stakeholders']))],
  ['ties missing', changed((m) => delete (m as Partial<Json>).ties)],
  ['a bad coalition and a bad record', changed((m) => ((m.coalition as Record<string, unknown>).name = '', (m.stakeholders[3]!.stage = 'x')))],
  ['null', null],
  ['a list', []],
];

describe('the map check in slices', () => {
  it.each(cases)('gives the whole check’s answer for %s', async (_, value) => {
    const sliced = await parseMapDocumentInSlices(value, nextTurn, 2);
    const whole = mapDocumentSchema.safeParse(value);
    expect(sliced.success).toBe(whole.success);
    if (sliced.success && whole.success) expect(sliced.data).toStrictEqual(whole.data);
    else expect(sliced.error?.issues).toStrictEqual(whole.error?.issues);
  });

  it('reads a file to the same map as the whole check, migrations and defaults included', async () => {
    for (const name of ['small-valid.coalition.json', 'historic-v1.coalition.json', 'historic-v2.coalition.json', 'with-bom.coalition.json']) {
      const bytes = await readFile(fixturePath(name));
      expect(await decodeMapBytesInSlices(bytes, name, nextTurn)).toStrictEqual(decodeMapBytes(bytes, name));
    }
  });

  it('refuses a bad file with the same error as the whole check', async () => {
    for (const value of [changed((m) => (m.ties[7]!.target = 's7')), changed((m) => (m.stakeholders[2]!.createdAt = 'yesterday'))]) {
      const bytes = bytesOf(value);
      const sliced = await mapFileErrorFrom(() => decodeMapBytesInSlices(bytes, 'bad.coalition.json', nextTurn), 'expected a refusal');
      const whole = await mapFileErrorFrom(async () => decodeMapBytes(bytes, 'bad.coalition.json'), 'expected a refusal');
      expect([sliced.reason, sliced.message]).toEqual([whole.reason, whole.message]);
    }
  });

  it('lets the event loop run between slices while a big map is checked', async () => {
    const people = SLICE_RECORDS * 3;
    const bytes = bytesOf(plainMap(people));
    let turnsWhileChecking = 0;
    let checking = true;
    const count = (): void => {
      if (!checking) return;
      turnsWhileChecking += 1;
      setImmediate(count);
    };
    setImmediate(count);
    const decoded = await decodeMapBytesInSlices(bytes, 'big.coalition.json', nextTurn);
    checking = false;
    expect(decoded.map.stakeholders).toHaveLength(people);
    // One turn after the JSON is parsed and at least one per slice of records (people, then ties).
    expect(turnsWhileChecking).toBeGreaterThanOrEqual(1 + 3 + 3);
  });
});
