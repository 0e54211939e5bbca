// Bulk edits on the real sample: one pure edit for many people, changing only whom it should.
import { describe, expect, it } from 'vitest';
import { bulkRemove, bulkUpdate } from '../../shared/edits-bulk';
import { sampleCoalition } from '../../shared/sample';
import { mapDocumentSchema } from '../../shared/schema';

const map = sampleCoalition({ now: '2025-03-01T10:00:00.000Z' });
const ctx = { now: '2025-06-01T00:00:00.000Z' };
const people = map.stakeholders.filter((s) => s.kind === 'person').slice(0, 5);
const ids = new Set(people.map((s) => s.id));

describe('bulkUpdate', () => {
  it('sets the stage of everyone chosen and no one else, counting only real changes', () => {
    const already = people.filter((s) => s.stage === 'contacted').length;
    const { map: next, count } = bulkUpdate(map, ids, { kind: 'stage', stage: 'contacted' }, ctx);
    expect(count).toBe(people.length - already);
    for (const s of next.stakeholders) {
      const before = map.stakeholders.find((b) => b.id === s.id);
      if (ids.has(s.id)) expect(s.stage).toBe('contacted');
      else expect(s).toBe(before);
    }
    expect(() => mapDocumentSchema.parse(next)).not.toThrow();
  });

  it('adds or sets a category, adds a tag once, and sets a custom field such as Owner', () => {
    let next = bulkUpdate(map, ids, { kind: 'add-category', category: 'policymaker' }, ctx).map;
    for (const s of next.stakeholders.filter((x) => ids.has(x.id))) expect(s.categories).toContain('policymaker');
    next = bulkUpdate(next, ids, { kind: 'set-category', category: 'interested-public' }, ctx).map;
    for (const s of next.stakeholders.filter((x) => ids.has(x.id))) expect(s.categories).toEqual(['interested-public']);
    next = bulkUpdate(next, ids, { kind: 'add-tag', tag: 'fair 2025' }, ctx).map;
    const twice = bulkUpdate(next, ids, { kind: 'add-tag', tag: 'fair 2025' }, ctx);
    expect(twice.count).toBe(0);
    expect(twice.map).toBe(next);
    next = bulkUpdate(next, ids, { kind: 'custom', field: 'Owner', value: 'Renata Voss' }, ctx).map;
    for (const s of next.stakeholders.filter((x) => ids.has(x.id))) {
      expect(s.tags.filter((t) => t === 'fair 2025')).toHaveLength(1);
      expect(s.custom['Owner']).toBe('Renata Voss');
      expect(s.updatedAt).toBe(ctx.now);
    }
  });

  it('refuses an empty tag and a field name that would reach the prototype', () => {
    expect(() => bulkUpdate(map, ids, { kind: 'add-tag', tag: '  ' }, ctx)).toThrow('A tag needs some text.');
    expect(() => bulkUpdate(map, ids, { kind: 'custom', field: '__proto__', value: 'x' }, ctx)).toThrow('cannot name a field');
  });
});

describe('bulkRemove', () => {
  it('removes the chosen people, their ties and their places on meetings, committees and tasks', () => {
    const anchor = map.coalition.anchorId;
    if (anchor === null) throw new Error('the sample has an anchor');
    const gone = new Set([...ids, anchor]);
    const { map: next, count } = bulkRemove(map, gone);
    expect(count).toBe(gone.size);
    expect(next.stakeholders.some((s) => gone.has(s.id))).toBe(false);
    expect(next.ties.some((t) => gone.has(t.source) || gone.has(t.target))).toBe(false);
    expect(next.coalition.anchorId).toBeNull();
    expect(JSON.stringify(next.meetings)).not.toMatch(new RegExp([...gone].join('|')));
    expect(() => mapDocumentSchema.parse(next)).not.toThrow();
    expect(bulkRemove(map, new Set(['nobody'])).map).toBe(map);
  });
});
