// "Merge these two stakeholders" on the open map: the pure edit (ties moved, self-ties dropped,
// repeats collapsed, confidential if either was, blanks filled, anchor and journey references
// moved) and the window action (one save, one undo step that separates them again). Also the
// bulk "assign a category" offered in Insights for stakeholders without one.
import { describe, expect, it } from 'vitest';
import { EditError, mergeStakeholders } from '../../../shared/edits';
import type { MapDocument } from '../../../shared/model';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { createFakeApi } from './fake-api';
import { smallMap } from './map-fixture';

const NOW = '2025-03-01T10:00:00.000Z';

describe('mergeStakeholders (the pure edit)', () => {
  // s1 Maria Lopez (confidential, knows s2, conflict with s3); s3 Council member Ortiz (referred to by s2);
  // s4 Unsorted Person (no ties, a role and a tag). Haven House (s2) is the anchor.
  const map = smallMap();

  it('moves the dropped record\u2019s ties to the kept one, drops ties that would join it to itself', () => {
    const merged = mergeStakeholders(map, 's3', 's1', { now: NOW });
    expect(merged.stakeholders.map((s) => s.id)).toEqual(['s2', 's3', 's4']);
    // s1-s2 knows -> s3-s2 knows; s2 -> s3 refers-to stays; s1-s3 conflict joins s3 to itself: gone.
    expect(merged.ties.map((t) => [t.source, t.target, t.type])).toEqual([['s3', 's2', 'knows'], ['s2', 's3', 'refers-to']]);
  });

  it('makes the kept record confidential when either was, joins lists and fills blanks', () => {
    const kept = mergeStakeholders(map, 's4', 's1', { now: NOW }).stakeholders.find((s) => s.id === 's4');
    expect(kept).toMatchObject({ name: 'Unsorted Person', confidential: true, role: 'Librarian', categories: ['directly-affected', 'influential'], tags: ['library'], updatedAt: NOW });
    const other = mergeStakeholders(map, 's1', 's4', { now: NOW }).stakeholders.find((s) => s.id === 's1');
    expect(other).toMatchObject({ name: 'Maria Lopez', confidential: true, role: 'Librarian' });
  });

  it('moves the anchor to the kept record, and refuses merging a record with itself or an unknown one', () => {
    expect(mergeStakeholders(map, 's3', 's2', { now: NOW }).coalition.anchorId).toBe('s3');
    expect(() => mergeStakeholders(map, 's1', 's1', { now: NOW })).toThrow(EditError);
    expect(() => mergeStakeholders(map, 's1', 'nobody', { now: NOW })).toThrow('No stakeholder with id "nobody" on this map.');
  });
});

describe('the merge action', () => {
  it('merges in one save that one undo takes back', async () => {
    const api = createFakeApi(smallMap());
    const store = createAppStore(api, { now: () => NOW, newId: () => 'gen' });
    await store.actions.start();
    const before = store.getState().map as MapDocument;
    expect(await store.actions.mergeTwoStakeholders('s4', 's1')).toEqual({ ok: true, value: 's4' });
    expect(api.saved).toHaveLength(1);
    expect(api.onDisk()?.stakeholders.map((s) => s.id)).toEqual(['s2', 's3', 's4']);
    expect(store.getState().history.past).toHaveLength(1);
    expect(await store.actions.undo()).toBe(true);
    expect(store.getState().map).toEqual(before);
  });

  it('refuses an impossible merge with a message and changes nothing', async () => {
    const api = createFakeApi(smallMap());
    const store = createAppStore(api, { now: () => NOW, newId: () => 'gen' });
    await store.actions.start();
    const outcome = await store.actions.mergeTwoStakeholders('s1', 's1');
    expect(outcome.ok).toBe(false);
    expect(api.saved).toHaveLength(0);
    expect(store.getState().notices.at(-1)?.message).toContain('Choose two different stakeholders to merge.');
  });
});

describe('giving the stakeholders without a category one category (from Insights)', () => {
  it('adds the category to each in one save that one undo takes back, leaving the others alone', async () => {
    const api = createFakeApi(smallMap());
    const store = createAppStore(api, { now: () => NOW, newId: () => 'gen' });
    await store.actions.start();
    const before = store.getState().map as MapDocument;
    // s4 (Unsorted Person) has no category; s3 already is a policymaker.
    expect(await store.actions.categorizeStakeholders(['s4', 's3'], 'policymaker')).toEqual({ ok: true, value: 1 });
    expect(api.saved).toHaveLength(1);
    expect(api.onDisk()?.stakeholders.map((s) => [s.id, s.categories])).toEqual([
      ['s1', ['directly-affected', 'influential']],
      ['s2', ['service-provider']],
      ['s3', ['policymaker']],
      ['s4', ['policymaker']],
    ]);
    expect(store.getState().notices.at(-1)?.message).toBe('1 stakeholder now counted as policymaker. Undo takes it back.');
    expect(await store.actions.undo()).toBe(true);
    expect(store.getState().map).toEqual(before);
  });
});
