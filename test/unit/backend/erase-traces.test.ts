// A secure delete through the backend reaches the traces of a person beyond their own record: who
// reported other ties, tie notes, others' notes and meeting minutes, in the map and in every
// backup generation, including a generation that spelled their name differently. Real temp
// folders, real saves, and a byte scan of everything under the data folder.
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/main/backend';
import type { SaveAudit } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { erasePeople } from '../../../shared/privacy/erase';
import { spellingsOf } from '../../../shared/privacy/mentions';
import { mapDocumentSchema } from '../../../shared/schema';
import { canaryLeaks, canaryMap } from '../crypto/helpers/canary';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const SURVIVOR = 'survivor';
const DELETE_AUDIT: SaveAudit = { action: 'delete', recordCount: 1, fieldNames: [] };
const STAMP = '2025-01-15T10:00:00.000Z';

/** Generation `n`: the survivor reported the tie s0–s1, and s2's notes and a meeting's minutes name them. */
function tracedMap(n: number): MapDocument {
  const base = canaryMap(n);
  const name = base.stakeholders[0]?.name ?? '';
  const tie = mapDocumentSchema.shape.ties.element.parse({
    id: 'reported',
    source: 's0',
    target: 's1',
    type: 'knows',
    reportedBy: name.toLowerCase(),
    notes: `Seen together at ${name}'s house`,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  return mapDocumentSchema.parse({
    ...base,
    stakeholders: base.stakeholders.map((s) => (s.id === 's2' ? { ...s, notes: `Knows ${name.toUpperCase()} from church` } : s)),
    ties: [...base.ties, tie],
    meetings: [{ id: 'm1', title: 'Kick-off', startsAt: '2025-03-04T18:30', minutes: `${name} spoke first.` }],
  });
}

describe('secure delete erases the traces', () => {
  const tempDir = useTempDirs();
  const open: Backend[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  it('leaves no mention of the person in the map or in any backup, though each generation spelled them differently', async () => {
    const dataDir = await tempDir();
    let now = Date.parse('2025-04-02T12:00:00.000Z');
    const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs(), clock: () => new Date((now += 15 * 60_000)) });
    open.push(backend);
    await backend.newMap({ name: 'Riverside Safety', template: 'empty' });
    for (const n of [1, 2, 3]) await backend.saveMap({ map: tracedMap(n) });
    expect((await canaryLeaks(dataDir)).length).toBeGreaterThanOrEqual(3);

    const current = tracedMap(4);
    const survivor = current.stakeholders[0];
    if (!survivor) throw new Error('no survivor');
    const spellings = spellingsOf(survivor).filter((s) => s.certain).map((s) => s.text);
    const erased = erasePeople(current, new Set([SURVIVOR]), spellings);
    if (erased === null) throw new Error('nothing to erase');
    const result = await backend.saveMap({ map: erased, audit: DELETE_AUDIT, erase: { stakeholderIds: [SURVIVOR], spellings } });

    expect(result.warnings).toBeUndefined();
    expect(await canaryLeaks(dataDir)).toEqual([]);
    const reopened = await backend.startSession({});
    if (reopened.status !== 'opened') throw new Error('the map did not reopen');
    expect(reopened.map.ties.find((t) => t.id === 'reported')?.reportedBy).toBe('');
    expect(reopened.map.meetings[0]?.minutes).toBe('[removed] spoke first.');
  });
});
