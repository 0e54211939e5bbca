// A local edit recorded from the window's patch gives exactly what comparing the whole map before
// and after gives: the same writes in the same order (so the same sealed changes), for random maps
// with confidential people, ties to them, sections naming them, and random patches that add,
// change, remove, re-add and flip people between open and confidential. The same maps and patches
// run under each part a peer may share: the default (no confidential person, no placeholder), the
// holder's part with anonymous placeholders allowed, and the same while some people are held in
// restricted records. Under none does an edit write a placeholder, not even one that makes a person
// confidential: placeholders go out in refreshes of their own (placeholder-policy.ts). The maps
// also hold a placeholder another holder wrote, which is never written back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { mainPart } from '../../../electron/main/sync/placeholder-policy';
import type { SharingSettings } from '../../../electron/main/sync/sharing-file';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { applyMapPatch, type MapPatch } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import { REMOVED_FIELD, type SetOp } from '../../../shared/sync/change';
import { opsBetween, type MapLike } from '../../../shared/sync/map-ops';
import { opsOfPatch, type PatchLike } from '../../../shared/sync/patch-ops';
import { isPlaceholderId } from '../../../shared/sync/placeholders';
import { sharedPart } from '../../../shared/sync/shared-part';
import { HEADER } from './helpers/organizers';

type Item = Record<string, unknown> & { id: string };
const REMOVAL = { by: 'actor-ana-0001', at: '2026-12-04T10:00:00.000Z' };
/** Another holder's placeholder as it reached this map. */
const FOREIGN = 'held-0123456789abcdef0123456789abcdef';
const IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', FOREIGN];
/** Open, confidential, and the fail-closed cases: no flag at all, or one that is not false. */
const FLAGS = [false, false, true, undefined, 'no'] as const;
/** What a placeholder carries besides its id: an unknown stage, a missing one, repeated categories. */
const STAGES = [undefined, 'mapped', 'core', 'unheard-of'] as const;
const CATEGORIES = [undefined, [], ['survivor'], ['survivor', 'faith', 'survivor']] as const;

const person = fc.record({
  id: fc.constantFrom(...IDS),
  role: fc.constantFrom('', 'chair', 'nurse'),
  flag: fc.constantFrom(...FLAGS),
  stage: fc.constantFrom(...STAGES),
  categories: fc.constantFrom(...CATEGORIES),
});
const tie = fc.record({ n: fc.nat(20), source: fc.constantFrom(...IDS, 'gone'), target: fc.constantFrom(...IDS), kind: fc.constantFrom('ally', 'funds') });
const section = fc.record({
  meetings: fc.array(fc.record({ id: fc.constantFrom('m1', 'm2'), attendees: fc.array(fc.constantFrom(...IDS), { maxLength: 3 }) }), { maxLength: 2 }),
  anchor: fc.option(fc.constantFrom(...IDS), { nil: null }),
});

function personItem(p: { id: string; role: string; flag: (typeof FLAGS)[number]; stage: (typeof STAGES)[number]; categories: (typeof CATEGORIES)[number] }): Item {
  const item: Item = { id: p.id, name: `Name of ${p.id}`, role: p.role };
  if (p.flag !== undefined) item.confidential = p.flag;
  if (p.stage !== undefined) item.stage = p.stage;
  if (p.categories !== undefined) item.categories = [...p.categories];
  return item;
}

/** A holder's settings with placeholders allowed, under a fixed secret (so runs repeat). */
const SETTINGS: SharingSettings = {
  coalitionId: 'harlow-bend',
  actor: 'actor-ana-0001',
  name: 'Ana',
  key: Buffer.alloc(32, 1).toString('base64'),
  relay: { kind: 'folder', path: '/nowhere' },
  placeholders: { secret: Buffer.alloc(32, 7).toString('base64') },
};
type Part = (map: MapLike) => MapLike;
const PARTS: [string, Part][] = [
  ['the default shared part', (map) => sharedPart(map)],
  ['the holder’s part with anonymous placeholders allowed', mainPart(SETTINGS)],
  ['placeholders allowed, p2 and p5 held in restricted records', mainPart(SETTINGS, new Set(['p2', 'p5']))],
];

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

function byComparing(before: MapLike, patch: PatchLike, part: Part) {
  return opsBetween(part(before), part(applyMapPatch(before as MapDocument, patch as unknown as MapPatch)), REMOVAL);
}

/** Writes to placeholders this holder gives (not the other holder's, which is never written). */
const ownPlaceholderWrites = (ops: readonly { id: string }[] | null) => (ops ?? []).filter((op) => isPlaceholderId(op.id) && op.id !== FOREIGN).length;

/** How many people `ops` remove from the shared map who are still on the local map after `patch`. */
function hiddenPeople(before: MapLike, patch: PatchLike, ops: readonly SetOp[]): number {
  const after = new Set(ids(applyMapPatch(before as MapDocument, patch as unknown as MapPatch).stakeholders));
  return ops.filter((op) => op.table === 'stakeholders' && op.field === REMOVED_FIELD && op.value !== null && after.has(op.id)).length;
}

describe.each(PARTS)('a local edit from the window’s patch, sharing %s,', (_what, part) => {
  it('gives the same writes, in the same order, as comparing the whole maps', () => {
    let placeholderWrites = 0;
    let hidden = 0;
    fc.assert(
      fc.property(
        baseMap.chain((map) => fc.tuple(fc.constant(map), patchOf(map))),
        ([before, patch]) => {
          const fromPatch = opsOfPatch(before, patch, REMOVAL, part);
          let expected: ReturnType<typeof byComparing> | null;
          try {
            expected = byComparing(before, patch, part);
          } catch {
            expected = null;
          }
          // A patch that does not fit the map is left to the whole-map path, which refuses it.
          expect(fromPatch).toEqual(expected);
          placeholderWrites += ownPlaceholderWrites(fromPatch);
          if (expected !== null) hidden += hiddenPeople(before, patch, expected);
        },
      ),
      { numRuns: 3_000 },
    );
    // Not vacuous: many edits took a person off the shared map who stays on the local one (made
    // confidential, say), and not one of them wrote a placeholder.
    expect(hidden).toBeGreaterThan(100);
    expect(placeholderWrites).toBe(0);
  });

  it('leaves a map edited through either path in the same shared state, with the same sealed content', async () => {
    const patches = fc.sample(
      baseMap.chain((map) => fc.tuple(fc.constant(map), fc.array(fc.nat(), { minLength: 6, maxLength: 6 }))),
      { numRuns: 25, seed: 16 },
    );
    let withPlaceholders = 0;
    for (const [start, seeds] of patches) {
      const [a, b] = await Promise.all([peer('by-diff', part), peer('by-patch', part)]);
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
      withPlaceholders += ownPlaceholderWrites(a.state.changes().flatMap((c) => c.ops)) > 0 ? 1 : 0;
      expect(b.state.changes().map((c) => [c.seq, c.clock, c.ops])).toEqual(a.state.changes().map((c) => [c.seq, c.clock, c.ops]));
    }
    expect(withPlaceholders).toBe(0);
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

function peer(name: string, part: Part): Promise<SyncPeer> {
  count += 1;
  const relay = folderRelay(join(dir, `relay-${count}`));
  return SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer, relay, stateFile: join(dir, `${name}-${count}.sync.json`), now: () => REMOVAL.at, part });
}
