// A local edit recorded from the window's patch gives exactly what comparing the whole map before
// and after gives: the same writes in the same order (so the same sealed changes), for random maps
// with confidential people, ties to them, sections naming them, and random patches that add,
// change, remove, re-add and flip people between open and confidential.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { applyMapPatch, type MapPatch } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import { opsBetween, type MapLike } from '../../../shared/sync/map-ops';
import { opsOfPatch, type PatchLike } from '../../../shared/sync/patch-ops';
import { sharedPart } from '../../../shared/sync/shared-part';
import { HEADER } from './helpers/organizers';

type Item = Record<string, unknown> & { id: string };
const REMOVAL = { by: 'actor-ana-0001', at: '2026-12-04T10:00:00.000Z' };
const IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
/** Open, confidential, and the fail-closed cases: no flag at all, or one that is not false. */
const FLAGS = [false, false, true, undefined, 'no'] as const;

const person = fc.record({ id: fc.constantFrom(...IDS), role: fc.constantFrom('', 'chair', 'nurse'), flag: fc.constantFrom(...FLAGS) });
const tie = fc.record({ n: fc.nat(20), source: fc.constantFrom(...IDS, 'gone'), target: fc.constantFrom(...IDS), kind: fc.constantFrom('ally', 'funds') });
const section = fc.record({
  meetings: fc.array(fc.record({ id: fc.constantFrom('m1', 'm2'), attendees: fc.array(fc.constantFrom(...IDS), { maxLength: 3 }) }), { maxLength: 2 }),
  anchor: fc.option(fc.constantFrom(...IDS), { nil: null }),
});

function personItem(p: { id: string; role: string; flag: (typeof FLAGS)[number] }): Item {
  const item: Item = { id: p.id, name: `Name of ${p.id}`, role: p.role };
  if (p.flag !== undefined) item.confidential = p.flag;
  return item;
}

function tieItem(t: { n: number; source: string; target: string; kind: string }): Item {
  return { id: `t${t.n}`, source: t.source, target: t.target, kind: t.kind };
}

function unique(list: Item[]): Item[] {
  return [...new Map(list.map((i) => [i.id, i])).values()];
}

const baseMap = fc.record({ people: fc.array(person, { maxLength: 8 }), ties: fc.array(tie, { maxLength: 10 }), sections: section }).map(
  ({ people, ties, sections }): MapLike => ({ ...HEADER, coalition: { name: 'Harlow Bend' }, ...sections, stakeholders: unique(people.map(personItem)), ties: unique(ties.map(tieItem)) }),
);

const patchOf = (map: MapLike) =>
  fc
    .record({
      upsert: fc.array(person, { maxLength: 4 }),
      remove: fc.subarray(ids(map.stakeholders)),
      tieUpsert: fc.array(tie, { maxLength: 3 }),
      tieRemove: fc.subarray(ids(map.ties)),
      sections: fc.option(section, { nil: undefined }),
      stray: fc.boolean(),
    })
    .map(
      (p): PatchLike => ({
        stakeholders: { upsert: unique(p.upsert.map(personItem)), remove: p.stray ? [...p.remove, 'nobody'] : p.remove },
        ties: { upsert: unique(p.tieUpsert.map(tieItem)), remove: p.tieRemove },
        sections: p.sections ?? {},
      }),
    );

function ids(value: unknown): string[] {
  return (value as Item[]).map((i) => i.id);
}

function byComparing(before: MapLike, patch: PatchLike) {
  return opsBetween(sharedPart(before), sharedPart(applyMapPatch(before as MapDocument, patch as unknown as MapPatch)), REMOVAL);
}

describe('a local edit from the window’s patch', () => {
  it('gives the same writes, in the same order, as comparing the whole maps', () => {
    fc.assert(
      fc.property(
        baseMap.chain((map) => fc.tuple(fc.constant(map), patchOf(map))),
        ([before, patch]) => {
          const fromPatch = opsOfPatch(before, patch, REMOVAL, sharedPart);
          let expected: ReturnType<typeof byComparing> | null;
          try {
            expected = byComparing(before, patch);
          } catch {
            expected = null;
          }
          // A patch that does not fit the map is left to the whole-map path, which refuses it.
          expect(fromPatch).toEqual(expected);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('leaves a map edited through either path in the same shared state, with the same sealed content', async () => {
    const patches = fc.sample(
      baseMap.chain((map) => fc.tuple(fc.constant(map), fc.array(fc.nat(), { minLength: 6, maxLength: 6 }))),
      { numRuns: 25, seed: 16 },
    );
    for (const [start, seeds] of patches) {
      const [a, b] = await Promise.all([peer('by-diff'), peer('by-patch')]);
      await a.share(start);
      await b.share(start);
      let map = start;
      for (const seed of seeds) {
        const [patch] = fc.sample(patchOf(map), { numRuns: 1, seed });
        let next: MapLike;
        try {
          next = applyMapPatch(map as MapDocument, patch as unknown as MapPatch);
        } catch {
          continue;
        }
        await a.record(map, next);
        await b.recordPatch(map, patch as unknown as MapPatch);
        map = next;
      }
      expect(b.map(HEADER)).toEqual(a.map(HEADER));
      expect(b.state.changes().map((c) => [c.seq, c.clock, c.ops])).toEqual(a.state.changes().map((c) => [c.seq, c.clock, c.ops]));
    }
  });
});

let dir = '';
let count = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patch-ops-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sealer = coalitionSealer(newCoalitionKey(), 'patch-ops');

function peer(name: string): Promise<SyncPeer> {
  count += 1;
  const relay = folderRelay(join(dir, `relay-${count}`));
  return SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer, relay, stateFile: join(dir, `${name}-${count}.sync.json`), now: () => REMOVAL.at });
}
