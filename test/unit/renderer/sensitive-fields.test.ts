// "Hide sensitive fields on screen": the display derivation every view reads blanks notes, contact,
// a person's area and lived experience (and tie notes), scrubs their values out of other text, keeps
// working with presentation mode, and a save from the blanked form keeps the real values.
import { describe, expect, it } from 'vitest';
import { sampleCoalition } from '../../../shared/sample';
import { initialState, type AppState } from '../../../renderer/src/state/core/app-state';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { displayState } from '../../../renderer/src/state/safety/presentation-state';
import { draftOf } from '../../../renderer/src/state/core/stakeholder-edits';
import { hiddenFieldsOf, hideSensitiveFields, keepHiddenFields } from '../../../renderer/src/state/safety/sensitive-fields';
import { createFakeApi } from './fake-api';
import { memoryStorage } from './settings-storage';

const NOTES_CANARY = 'canary-notes-7f3a: asked us not to call at home';
const sample = sampleCoalition({ now: '2025-04-02T12:00:00.000Z' });
const [first, second] = sample.stakeholders;
if (!first || !second) throw new Error('the sample has no stakeholders');
const person = sample.stakeholders.find((s) => s.kind === 'person' && !s.confidential) ?? first;
const organization = sample.stakeholders.find((s) => s.kind === 'organization' && s.area !== '') ?? second;
const map = {
  ...sample,
  stakeholders: sample.stakeholders.map((s) =>
    s.id === person.id ? { ...s, notes: NOTES_CANARY, email: 'canary@example.org', phone: '555-0199', area: 'Canary Flats', livedExperience: true } : s,
  ),
};

function state(security: Partial<AppState['security']>): AppState {
  return {
    ...initialState,
    phase: 'ready',
    map,
    notices: [{ id: 1, level: 'info', message: 'Reach them at canary@example.org or 555-0199.' }],
    security: { ...initialState.security, ...security },
  };
}

describe('hide sensitive fields on screen', () => {
  it("a person's area is sensitive, an organization's service area is not", () => {
    expect(hiddenFieldsOf('person').has('area')).toBe(true);
    expect(hiddenFieldsOf('organization').has('area')).toBe(false);
    expect(hiddenFieldsOf('organization').has('notes')).toBe(true);
  });

  it('the displayed state holds none of the sensitive values, in the map, notices or tie notes', () => {
    const shown = displayState(state({ hideSensitive: true }));
    const text = JSON.stringify({ map: shown.map, notices: shown.notices });
    for (const canary of ['canary-notes-7f3a', 'canary@example.org', '555-0199', 'Canary Flats']) expect(text).not.toContain(canary);
    const shownPerson = shown.map?.stakeholders.find((s) => s.id === person.id);
    expect(shownPerson).toMatchObject({ name: person.name, notes: '', email: '', phone: '', area: '', livedExperience: false });
    expect(shown.map?.stakeholders.find((s) => s.id === organization.id)?.area).toBe(organization.area);
    expect(shown.map?.ties.every((t) => t.notes === '')).toBe(true);
    expect(shown.map?.stakeholders.map((s) => s.id)).toEqual(map.stakeholders.map((s) => s.id));
  });

  it('is stable for React, off means the real state, and the real state is never changed', () => {
    const on = state({ hideSensitive: true });
    expect(displayState(on)).toBe(displayState(on));
    const off = state({ hideSensitive: false });
    expect(displayState(off)).toBe(off);
    expect(on.map?.stakeholders.find((s) => s.id === person.id)?.notes).toBe(NOTES_CANARY);
  });

  it('combines with presentation mode: confidential names and sensitive fields both hidden', () => {
    const shown = displayState(state({ hideSensitive: true, presenting: true }));
    const text = JSON.stringify(shown.map);
    expect(text).not.toContain(NOTES_CANARY);
    for (const s of map.stakeholders.filter((c) => c.confidential)) expect(text).not.toContain(s.name);
    // Turning one rule off re-derives rather than reusing the other's result.
    const presentingOnly = displayState(state({ hideSensitive: false, presenting: true }));
    expect(JSON.stringify(presentingOnly.map)).toContain(NOTES_CANARY);
  });

  it('hideSensitiveFields leaves an organization its area and blanks tie notes', () => {
    const tied = { ...map, ties: map.ties.map((t) => ({ ...t, notes: 'tie canary' })) };
    const shown = hideSensitiveFields(tied);
    expect(shown.ties.every((t) => t.notes === '')).toBe(true);
    expect(shown.stakeholders.find((s) => s.id === organization.id)?.area).toBe(organization.area);
  });

  it('a draft from the blanked form gets the real sensitive values back', () => {
    const real = map.stakeholders.find((s) => s.id === person.id);
    const blank = { ...draftOf(hideSensitiveFields(map).stakeholders.find((s) => s.id === person.id) ?? person), role: 'Advocate' };
    const kept = keepHiddenFields(blank, real);
    expect(kept).toMatchObject({ role: 'Advocate', notes: NOTES_CANARY, email: 'canary@example.org', area: 'Canary Flats', livedExperience: true });
  });

  it('the store saves edits made with fields hidden without erasing them, and remembers the setting per map file', async () => {
    const storage = memoryStorage();
    const api = createFakeApi(map);
    const store = createAppStore(api, { settings: storage });
    await store.actions.start();
    store.actions.setHideSensitive(true);
    const shown = displayState(store.getState()).map?.stakeholders.find((s) => s.id === person.id);
    if (!shown) throw new Error('person missing');
    await store.actions.saveStakeholder(person.id, { ...draftOf(shown), role: 'Advocate' }, false);
    expect(api.onDisk()?.stakeholders.find((s) => s.id === person.id)).toMatchObject({ role: 'Advocate', notes: NOTES_CANARY, phone: '555-0199' });
    // A second window on the same file starts with the fields hidden.
    const again = createAppStore(createFakeApi(map), { settings: storage });
    await again.actions.start();
    expect(again.getState().security.hideSensitive).toBe(true);
    store.actions.setHideSensitive(false);
    const third = createAppStore(createFakeApi(map), { settings: storage });
    await third.actions.start();
    expect(third.getState().security.hideSensitive).toBe(false);
  });
});
