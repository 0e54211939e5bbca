// Typed work in the panel outlives the panel: leaving a record saves its changes (one undo step,
// a notice that ends with the undo), or keeps them when they cannot be saved; nothing is dropped.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { hasUnsavedWork, NEW_DRAFT, panelDraftOf, type PanelDraft } from '../../../renderer/src/state/core/drafts';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { NOTICE_LIMIT } from '../../../renderer/src/state/core/store';
import { createFakeApi } from './fake-api';

async function setup() {
  const api = createFakeApi();
  let n = 0;
  const store = createAppStore(api, { now: () => '2025-03-01T10:00:00.000Z', newId: () => `id-${++n}`, settings: null });
  const a = store.actions;
  await a.start();
  const ana = await a.saveStakeholder(null, { ...blankDraft(), name: 'Ana Ruiz' }, false);
  const ben = await a.saveStakeholder(null, { ...blankDraft(), name: 'Ben Okafor' }, false);
  if (ana === null || ben === null) throw new Error('setup could not add the two stakeholders');
  return { api, store, a, ana, ben };
}

function typed(store: Awaited<ReturnType<typeof setup>>['store'], id: string, change: (e: PanelDraft) => PanelDraft): PanelDraft {
  const self = store.getState().map?.stakeholders.find((s) => s.id === id) ?? null;
  return change(panelDraftOf(self, blankDraft(), false));
}

describe('panel drafts', () => {
  it('takes a list cell’s change into the open record’s draft, so leaving the panel does not undo the cell', async () => {
    const { store, a, ana, ben } = await setup();
    a.select(ana);
    a.keepStakeholderDraft(ana, typed(store, ana, (e) => ({ ...e, draft: { ...e.draft, role: 'Pastor' } })));
    expect(await a.editStakeholderFields(ana, { stage: 'member', tags: ['faith'] })).toBe(true);
    expect(store.getState().drafts.stakeholders[ana]).toMatchObject({ draft: { role: 'Pastor', stage: 'member' }, tagsText: 'faith' });
    a.select(ben);
    await store.idle();
    expect(store.getState().map?.stakeholders.find((s) => s.id === ana)).toMatchObject({ role: 'Pastor', stage: 'member', tags: ['faith'] });
    // Two edits, two undo steps: the panel's, then the cell's.
    await a.undo();
    expect(store.getState().map?.stakeholders.find((s) => s.id === ana)).toMatchObject({ role: '', stage: 'member' });
    await a.undo();
    expect(store.getState().map?.stakeholders.find((s) => s.id === ana)?.stage).toBe('mapped');
  });


  it('saves the open record’s changes when another is selected, and one undo takes them back with their notice', async () => {
    const { store, a, ana, ben } = await setup();
    a.select(ana);
    a.keepStakeholderDraft(ana, typed(store, ana, (e) => ({ ...e, draft: { ...e.draft, role: 'Pastor', stage: 'contacted', influence: 4 } })));
    a.select(ben);
    await store.idle();
    const saved = store.getState().map?.stakeholders.find((s) => s.id === ana);
    expect(saved).toMatchObject({ role: 'Pastor', stage: 'contacted', influence: 4 });
    expect(store.getState().selection).toBe(ben);
    expect(store.getState().drafts.stakeholders[ana]).toBeUndefined();
    expect(store.getState().notices.map((x) => x.message)).toContain('Saved your changes to “Ana Ruiz”. Undo takes them back.');

    expect(await a.undo()).toBe(true);
    expect(store.getState().map?.stakeholders.find((s) => s.id === ana)?.role).toBe('');
    expect(store.getState().notices.map((x) => x.message).filter((m) => m.startsWith('Saved your changes'))).toEqual([]);
  });

  it('saves on closing the panel and on clicking the empty map', async () => {
    const { store, a, ana, ben } = await setup();
    a.select(ana);
    a.keepStakeholderDraft(ana, typed(store, ana, (e) => ({ ...e, tagsText: 'faith, , youth, faith' })));
    a.closePanel();
    a.select(ben);
    a.keepStakeholderDraft(ben, typed(store, ben, (e) => ({ ...e, draft: { ...e.draft, notes: 'Met at the fair' } })));
    a.select(null);
    await store.idle();
    const byId = new Map(store.getState().map?.stakeholders.map((s) => [s.id, s]));
    expect(byId.get(ana)?.tags).toEqual(['faith', 'youth']);
    expect(byId.get(ben)?.notes).toBe('Met at the fair');
    expect(hasUnsavedWork(store.getState().drafts)).toBe(false);
  });

  it('keeps changes that cannot be saved (no name) and says so; they are there on return', async () => {
    const { api, store, a, ana, ben } = await setup();
    const savesBefore = api.saved.length;
    a.select(ana);
    const entry = typed(store, ana, (e) => ({ ...e, draft: { ...e.draft, name: '  ', role: 'Nurse' } }));
    a.keepStakeholderDraft(ana, entry);
    a.select(ben);
    await store.idle();
    expect(api.saved.length).toBe(savesBefore);
    expect(store.getState().drafts.stakeholders[ana]).toBe(entry);
    expect(store.getState().notices.at(-1)?.message).toMatch(/^Your changes to “Ana Ruiz” are not saved: a stakeholder needs a name\./);
    expect(hasUnsavedWork(store.getState().drafts)).toBe(true);
  });

  it('keeps the draft when the save fails, for the next visit', async () => {
    const { api, store, a, ana, ben } = await setup();
    a.select(ana);
    const entry = typed(store, ana, (e) => ({ ...e, draft: { ...e.draft, role: 'Judge' } }));
    a.keepStakeholderDraft(ana, entry);
    api.failNextSave('disk full');
    a.select(ben);
    await store.idle();
    expect(store.getState().drafts.stakeholders[ana]).toBe(entry);
    expect(store.getState().notices.at(-1)?.level).toBe('error');
  });

  it('drops a draft that changes nothing, without a save', async () => {
    const { api, store, a, ana, ben } = await setup();
    const savesBefore = api.saved.length;
    a.select(ana);
    a.keepStakeholderDraft(ana, typed(store, ana, (e) => e));
    a.select(ben);
    await store.idle();
    expect(api.saved.length).toBe(savesBefore);
    expect(hasUnsavedWork(store.getState().drafts)).toBe(false);
  });

  it('never saves a new stakeholder unasked: its draft waits for "Add stakeholder"', async () => {
    const { api, store, a, ana } = await setup();
    const savesBefore = api.saved.length;
    a.startAdding();
    const entry = { ...panelDraftOf(null, blankDraft(), false), draft: { ...blankDraft(), name: 'Chidi' } };
    a.keepStakeholderDraft(NEW_DRAFT, entry);
    a.select(null); // a click on the empty map keeps the form open
    expect(store.getState().panel).toBe('adding');
    a.select(ana);
    await store.idle();
    expect(api.saved.length).toBe(savesBefore);
    expect(store.getState().drafts.stakeholders[NEW_DRAFT]).toBe(entry);
    expect(store.getState().notices.at(-1)?.message).toContain('“Add stakeholder” brings back what you typed');
  });

  it('saves the open record’s changes before another map replaces this one', async () => {
    const { api, store, a, ana } = await setup();
    a.select(ana);
    a.keepStakeholderDraft(ana, typed(store, ana, (e) => ({ ...e, draft: { ...e.draft, role: 'Mayor' } })));
    await a.newMap('empty', 'Next');
    expect(api.saved.at(-1)?.stakeholders.find((s) => s.id === ana)?.role).toBe('Mayor');
    expect(store.getState().map?.coalition.name).toBe('Next');
  });

  it('keeps step notes per step until they are saved or cleared', async () => {
    const { store, a } = await setup();
    a.keepNoteDraft('identify', 'Ask the clinic');
    expect(hasUnsavedWork(store.getState().drafts)).toBe(true);
    a.dropNoteDraft('identify');
    expect(hasUnsavedWork(store.getState().drafts)).toBe(false);
  });
});

describe('notices', () => {
  it('show at most the limit, newest kept, and the same sentence only once', async () => {
    const { store, a } = await setup();
    for (const n of [1, 2, 3, 4, 5]) a.notify('info', `Message ${n}`);
    a.notify('info', 'Message 4');
    expect(store.getState().notices.map((x) => x.message)).toEqual(['Message 3', 'Message 5', 'Message 4']);
    expect(store.getState().notices).toHaveLength(NOTICE_LIMIT);
  });
});

describe('notices about another map', () => {
  it('end when a different map opens (no sample banner or undo promise on a new empty map)', async () => {
    const { store, a } = await setup();
    a.notify('info', 'This is a fictional sample coalition to explore. Start your own with File > New map.');
    expect(await a.newMap('empty', 'Our coalition')).toBe(true);
    expect(store.getState().notices).toEqual([]);
  });

  it('presentation mode starts with an empty list filter', async () => {
    const { store, a } = await setup();
    a.setFilters({ text: 'Maria' });
    a.togglePresentation();
    expect(store.getState().filters.text).toBe('');
  });
});
