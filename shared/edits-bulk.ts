// Edits to many stakeholders at once (the list's bulk bar): each is one pure edit, so one save and
// one undo step however many people it touches. Written as one pass over the map with a Set of
// ids, so 5,000 chosen people cost the same as one pass (test/bench/bulk-edit.ts).
import type { CategoryId } from './categories';
import { EditError, type EditContext } from './edits';
import { forgetStakeholders } from './journey/references';
import type { MapDocument, Stage, Stakeholder } from './model';

export type BulkChange =
  | { readonly kind: 'add-category'; readonly category: CategoryId }
  | { readonly kind: 'set-category'; readonly category: CategoryId }
  | { readonly kind: 'stage'; readonly stage: Stage }
  | { readonly kind: 'add-tag'; readonly tag: string }
  /** Any custom field, such as "Owner": the same value for everyone chosen. */
  | { readonly kind: 'custom'; readonly field: string; readonly value: string };

function changed(s: Stakeholder, change: BulkChange): Stakeholder | null {
  switch (change.kind) {
    case 'add-category':
      return s.categories.includes(change.category) ? null : { ...s, categories: [...s.categories, change.category] };
    case 'set-category':
      return s.categories.length === 1 && s.categories[0] === change.category ? null : { ...s, categories: [change.category] };
    case 'stage':
      return s.stage === change.stage ? null : { ...s, stage: change.stage };
    case 'add-tag':
      return s.tags.includes(change.tag) ? null : { ...s, tags: [...s.tags, change.tag] };
    case 'custom':
      return s.custom[change.field] === change.value ? null : { ...s, custom: { ...s.custom, [change.field]: change.value } };
  }
}

function checkChange(change: BulkChange): void {
  if (change.kind === 'add-tag' && change.tag.trim() === '') throw new EditError('A tag needs some text.');
  if (change.kind === 'custom' && change.field.trim() === '') throw new EditError('A field needs a name.');
  // The same names the file schema refuses: they would reach an object's prototype.
  if (change.kind === 'custom' && ['__proto__', 'constructor', 'prototype'].includes(change.field)) throw new EditError(`"${change.field}" cannot name a field.`);
}

/** Applies one change to every chosen stakeholder; `count` is how many actually changed. */
export function bulkUpdate(map: MapDocument, ids: ReadonlySet<string>, change: BulkChange, ctx: Pick<EditContext, 'now'>): { map: MapDocument; count: number } {
  checkChange(change);
  let count = 0;
  const stakeholders = map.stakeholders.map((s) => {
    if (!ids.has(s.id)) return s;
    const next = changed(s, change);
    if (next === null) return s;
    count += 1;
    return { ...next, updatedAt: ctx.now };
  });
  return count === 0 ? { map, count } : { map: { ...map, stakeholders }, count };
}

/** Removes every chosen stakeholder with their ties, and takes them off meetings, committees and tasks. */
export function bulkRemove(map: MapDocument, ids: ReadonlySet<string>): { map: MapDocument; count: number } {
  const count = map.stakeholders.reduce((n, s) => n + (ids.has(s.id) ? 1 : 0), 0);
  if (count === 0) return { map, count };
  return {
    count,
    map: {
      ...map,
      ...forgetStakeholders(map, ids),
      coalition: map.coalition.anchorId !== null && ids.has(map.coalition.anchorId) ? { ...map.coalition, anchorId: null } : map.coalition,
      stakeholders: map.stakeholders.filter((s) => !ids.has(s.id)),
      ties: map.ties.filter((t) => !ids.has(t.source) && !ids.has(t.target)),
    },
  };
}
