// The delete dialog's erase plan and the window's erase: mentions of the person by full name in
// other records are listed and removed with them, words that may name someone else are listed for
// the user to decide, and the request to the Node side carries the spellings for the backups.
import { describe, expect, it } from 'vitest';
import type { SaveErase } from '../../../shared/ipc';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { erasePlan } from '../../../renderer/src/state/safety/secure-delete';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { createFakeApi } from './fake-api';
import { memoryStorage } from './settings-storage';

const SECRET = 'Rosalind Quill';

async function setup() {
  const base = createFakeApi();
  const erases: (SaveErase | undefined)[] = [];
  const api = { ...base, saveMap: async (args: Parameters<typeof base.saveMap>[0]) => (erases.push(args.erase), base.saveMap(args)) };
  let n = 0;
  const store = createAppStore(api, { now: () => '2025-03-01T10:00:00.000Z', newId: () => `id-${++n}`, settings: memoryStorage() });
  const a = store.actions;
  await a.start();
  const secret = await a.saveStakeholder(null, { ...blankDraft(), name: SECRET, confidential: true }, false);
  const bo = await a.saveStakeholder(null, { ...blankDraft(), name: 'Bo Chen', notes: 'Came with QUILL, Rosalind. Ask Rosalind about the key.' }, false);
  const cy = await a.saveStakeholder(null, { ...blankDraft(), name: 'Cy Okafor' }, false);
  if (secret === null || bo === null || cy === null) throw new Error('stakeholders were not added');
  await a.addTie({ source: bo, target: cy, type: 'knows', strength: 2, trust: null, reportedBy: 'rosalind quill', reportedAt: null, notes: '' });
  return { base, erases, store, a, secret };
}

describe('erase plan', () => {
  it('lists the mentions by full name and asks about a first name alone', async () => {
    const { store, secret } = await setup();
    const map = store.getState().map;
    const self = map?.stakeholders.find((s) => s.id === secret);
    if (!map || !self) throw new Error('no map');
    const plan = erasePlan(map, self);
    expect(plan.certainFound.map((m) => m.place)).toEqual(['Notes on Bo Chen', 'Tie Bo Chen – Cy Okafor: reported by']);
    expect(plan.uncertain).toEqual([{ spelling: 'Rosalind', places: ['Notes on Bo Chen'] }]);
  });

  it('removes the chosen mentions with them and asks the Node side to do the same in the backups', async () => {
    const { base, erases, a, secret } = await setup();
    expect(await a.removeStakeholder(secret, { eraseHistory: true, spellings: [SECRET, 'Rosalind'] })).toBe(true);
    expect(erases.at(-1)).toEqual({ stakeholderIds: [secret], spellings: [SECRET, 'Rosalind'] });
    const onDisk = JSON.stringify(base.onDisk());
    expect(onDisk).not.toMatch(/rosalind|quill/i);
    expect(onDisk).toContain('Came with [removed]. Ask [removed] about the key.');
  });
});
