// Organizers on different app versions, with real sync files and a folder relay. A change from a
// newer sync format leaves the older app read-only with a message and loses nothing; the newer app
// opens the older history as it is; a field the older app does not know survives its edits.
// Check 13 of the sync design.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { NewerFormat, SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { Stakeholder } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { SYNC_FORMAT } from '../../../shared/sync/change';
import type { MapLike } from '../../../shared/sync/map-ops';
import { knownView } from '../../../shared/sync/schema-skew';
import { useTempDirs } from '../store/helpers/temp-dir';
import { anaSharesBenJoins, HEADER } from './helpers/organizers';

const tempDir = useTempDirs();
const NEXT = SYNC_FORMAT + 1;

function edit(map: MapLike, id: string, change: Record<string, unknown>): MapLike {
  return { ...map, stakeholders: (map.stakeholders as Stakeholder[]).map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

async function organizers() {
  const dir = await tempDir();
  const sealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');
  const relay = folderRelay(join(dir, 'relay'));
  const open = (name: string, syncFormat = SYNC_FORMAT) =>
    SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay, stateFile: join(dir, `${name}.sync.json`), syncFormat });
  const { ana, ben } = await anaSharesBenJoins(open);
  await ana.sync();
  const x = (ana.map(HEADER).stakeholders as Stakeholder[])[2];
  if (x === undefined) throw new Error('sample too small');
  return { open, ana, ben, x };
}

describe('organizers on different app versions', () => {
  it('a newer format leaves the older app read-only with a message, and nothing is lost once it is updated', async () => {
    const { open, ben, x } = await organizers();
    // Ana updates first: her newer app opens the older history as it stands, and edits on.
    const anaNew = await open('Ana', NEXT);
    expect(mapDocumentSchema.parse(anaNew.map(HEADER))).toEqual(mapDocumentSchema.parse(ben.map(HEADER)));
    const start = anaNew.map(HEADER);
    await anaNew.record(start, edit(start, x.id, { role: 'Written by the newer app' }));
    await anaNew.sync();

    const before = mapDocumentSchema.parse(ben.map(HEADER));
    const report = await ben.sync();
    expect(report).toMatchObject({ received: 0, refused: [] });
    expect(ben.status().newerFormat).toBe(NEXT);
    expect(mapDocumentSchema.parse(ben.map(HEADER))).toEqual(before);
    const benView = ben.map(HEADER);
    await expect(ben.record(benView, edit(benView, x.id, { role: 'Refused' }))).rejects.toThrow(NewerFormat);
    await expect(ben.record(benView, edit(benView, x.id, { role: 'Refused' }))).rejects.toThrow(/newer version of Coalition Mapper .*read-only until you update the app; nothing is lost/);
    // Reopened by the same old app, still read-only; by the updated app, the held change applies.
    expect((await open('Ben')).status().newerFormat).toBe(NEXT);
    const benNew = await open('Ben', NEXT);
    expect(benNew.status().newerFormat).toBeNull();
    await benNew.sync();
    expect(mapDocumentSchema.parse(benNew.map(HEADER))).toEqual(mapDocumentSchema.parse(anaNew.map(HEADER)));
    expect((benNew.map(HEADER).stakeholders as Stakeholder[]).find((s) => s.id === x.id)?.role).toBe('Written by the newer app');
  });

  it('a field the older app does not know is shown without, and survives its edits', async () => {
    const { ana, ben, x } = await organizers();
    const start = ana.map(HEADER);
    await ana.record(start, edit(start, x.id, { pronouns: 'she/her' }));
    await ana.sync();
    await ben.sync();
    const raw = ben.map(HEADER);
    expect(() => mapDocumentSchema.parse(raw)).toThrow(/pronouns/);
    const view = knownView(raw);
    expect(view.unknown).toEqual(['stakeholders.pronouns']);
    const shown = mapDocumentSchema.parse(view.map);
    // The older app edits the same person from what it shows, even diffing against the raw state.
    await ben.record(raw, edit(shown, x.id, { role: 'Edited by the older app' }));
    await ben.sync();
    await ana.sync();
    for (const organizer of [ana, ben]) {
      expect((organizer.map(HEADER).stakeholders as Record<string, unknown>[]).find((s) => s.id === x.id)).toMatchObject({ pronouns: 'she/her', role: 'Edited by the older app' });
    }
  });
});
