// Deleting a confidential stakeholder with "Also erase from undo history and backups": the delete is
// saved with its audit entry and asks the Node side to erase them from the backups, and afterwards
// no undo or redo step, and no notice, still holds their name.
import { describe, expect, it } from 'vitest';
import type { SaveAudit, SaveErase } from '../../../shared/ipc';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { erasesHistoryByDefault, offersHistoryErase } from '../../../renderer/src/state/safety/secure-delete';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { createFakeApi } from './fake-api';
import { memoryStorage } from './settings-storage';

const SECRET = 'Rosalind Canary-Quill';

async function setup() {
  const base = createFakeApi();
  const audits: (SaveAudit | undefined)[] = [];
  const erases: (SaveErase | undefined)[] = [];
  const api = {
    ...base,
    saveMap: async (args: Parameters<typeof base.saveMap>[0]) => (audits.push(args.audit), erases.push(args.erase), base.saveMap(args)),
  };
  let n = 0;
  const store = createAppStore(api, { now: () => '2025-03-01T10:00:00.000Z', newId: () => `id-${++n}`, settings: memoryStorage() });
  const a = store.actions;
  await a.start();
  const secret = await a.saveStakeholder(null, { ...blankDraft(), name: SECRET, confidential: true, notes: 'met at the shelter' }, false);
  await a.saveStakeholder(null, { ...blankDraft(), name: 'Open Person' }, false);
  if (secret === null) throw new Error('the confidential stakeholder was not added');
  // An edit that names them, undone, so the redo side holds them too.
  await a.saveStakeholder(secret, { ...blankDraft(), name: SECRET, confidential: true, notes: 'moved' }, false);
  await a.undo();
  return { base, audits, erases, store, a, secret };
}

const historyText = (store: Awaited<ReturnType<typeof setup>>['store']) => JSON.stringify(store.getState().history);

describe('secure delete from the undo history', () => {
  it('is offered for confidential people and people with lived experience, on by default only for confidential', () => {
    expect(offersHistoryErase({ confidential: true, livedExperience: false })).toBe(true);
    expect(offersHistoryErase({ confidential: false, livedExperience: true })).toBe(true);
    expect(offersHistoryErase({ confidential: false, livedExperience: false })).toBe(false);
    expect(erasesHistoryByDefault({ confidential: true })).toBe(true);
    expect(erasesHistoryByDefault({ confidential: false })).toBe(false);
  });

  it('leaves no undo or redo step and no notice holding the name, and undo cannot bring them back', async () => {
    const { base, store, a, secret } = await setup();
    expect(historyText(store)).toContain(SECRET);
    a.notify('info', `Saved the changes to “${SECRET}”.`);
    expect(await a.removeStakeholder(secret, { eraseHistory: true })).toBe(true);
    const state = store.getState();
    expect(state.history.past.length + state.history.future.length).toBe(0);
    expect(historyText(store)).not.toContain(SECRET);
    expect(JSON.stringify(state.notices)).not.toContain(SECRET);
    expect(JSON.stringify(state.map)).not.toContain(SECRET);
    expect(await a.undo()).toBe(false);
    expect(JSON.stringify(base.onDisk())).not.toContain(SECRET);
    expect(state.map?.stakeholders.map((s) => s.name)).toEqual(['Open Person']);
  });

  it('asks for the erase from backups only with the erase ticked', async () => {
    const { erases, a, secret } = await setup();
    await a.removeStakeholder(secret, { eraseHistory: true });
    expect(erases.at(-1)).toEqual({ stakeholderIds: [secret] });
    expect(erases.slice(0, -1).every((entry) => entry === undefined)).toBe(true);
  });

  it('an ordinary delete stays one undo step that brings them back, and asks for no erase', async () => {
    const { erases, store, a, secret } = await setup();
    expect(await a.removeStakeholder(secret)).toBe(true);
    expect(erases.at(-1)).toBeUndefined();
    expect(historyText(store)).toContain(SECRET);
    expect(await a.undo()).toBe(true);
    expect(store.getState().map?.stakeholders.some((s) => s.name === SECRET)).toBe(true);
  });

  it('logs the deletion with a count and no field names or personal data', async () => {
    const { audits, a, secret } = await setup();
    await a.removeStakeholder(secret, { eraseHistory: true });
    expect(audits.at(-1)).toEqual({ action: 'delete', recordCount: 1, fieldNames: [] });
    expect(audits.slice(0, -1).every((entry) => entry === undefined)).toBe(true);
  });

  it('a failed save erases nothing: map and history stay as they were', async () => {
    const { base, store, a, secret } = await setup();
    const before = store.getState();
    base.failNextSave('disk full');
    expect(await a.removeStakeholder(secret, { eraseHistory: true })).toBe(false);
    expect(store.getState().map).toBe(before.map);
    expect(store.getState().history).toBe(before.history);
  });
});
