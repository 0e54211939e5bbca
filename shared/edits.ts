// Pure edit operations: each takes a map and returns a new one, leaving the old one untouched,
// so undo is keeping the old value and the store can refuse to commit a change that did not save.
import { forgetStakeholders, replaceStakeholder } from './journey/references';
import type { Coalition, MapDocument, Stakeholder, Tie } from './model';

export type StakeholderDraft = Omit<Stakeholder, 'id' | 'createdAt' | 'updatedAt'>;
export type TieDraft = Omit<Tie, 'id' | 'createdAt' | 'updatedAt'>;

/** Ids and clock are injected so edits stay deterministic in tests. */
export interface EditContext {
  readonly now: string;
  readonly newId: () => string;
}

export class EditError extends Error {}

function requireStakeholder(map: MapDocument, id: string): Stakeholder {
  const found = map.stakeholders.find((s) => s.id === id);
  if (!found) throw new EditError(`No stakeholder with id "${id}" on this map.`);
  return found;
}

export function addStakeholder(map: MapDocument, draft: StakeholderDraft, ctx: EditContext): { map: MapDocument; id: string } {
  const id = ctx.newId();
  const stakeholder: Stakeholder = { ...draft, id, createdAt: ctx.now, updatedAt: ctx.now };
  return { map: { ...map, stakeholders: [...map.stakeholders, stakeholder] }, id };
}

export function updateStakeholder(
  map: MapDocument,
  id: string,
  changes: Partial<StakeholderDraft>,
  ctx: Pick<EditContext, 'now'>,
): MapDocument {
  requireStakeholder(map, id);
  return {
    ...map,
    stakeholders: map.stakeholders.map((s) => (s.id === id ? { ...s, ...changes, id, updatedAt: ctx.now } : s)),
  };
}

/**
 * Removes the stakeholder and every tie that touches it; clears the anchor if it was the anchor,
 * and takes them off meeting lists, committees and the tasks they owned.
 */
export function removeStakeholder(map: MapDocument, id: string): MapDocument {
  requireStakeholder(map, id);
  return {
    ...map,
    ...forgetStakeholders(map, new Set([id])),
    stakeholders: map.stakeholders.filter((s) => s.id !== id),
    ties: map.ties.filter((t) => t.source !== id && t.target !== id),
  };
}

export function addTie(map: MapDocument, draft: TieDraft, ctx: EditContext): { map: MapDocument; id: string } {
  requireStakeholder(map, draft.source);
  requireStakeholder(map, draft.target);
  if (draft.source === draft.target) throw new EditError('A tie needs two different stakeholders.');
  const id = ctx.newId();
  const tie: Tie = { ...draft, id, createdAt: ctx.now, updatedAt: ctx.now };
  return { map: { ...map, ties: [...map.ties, tie] }, id };
}

export function updateTie(map: MapDocument, id: string, changes: Partial<TieDraft>, ctx: Pick<EditContext, 'now'>): MapDocument {
  if (!map.ties.some((t) => t.id === id)) throw new EditError(`No tie with id "${id}" on this map.`);
  const next = map.ties.map((t) => (t.id === id ? { ...t, ...changes, id, updatedAt: ctx.now } : t));
  const changed = next.find((t) => t.id === id);
  if (changed && changed.source === changed.target) throw new EditError('A tie needs two different stakeholders.');
  return { ...map, ties: next };
}

export function removeTie(map: MapDocument, id: string): MapDocument {
  if (!map.ties.some((t) => t.id === id)) throw new EditError(`No tie with id "${id}" on this map.`);
  return { ...map, ties: map.ties.filter((t) => t.id !== id) };
}

export function updateCoalition(map: MapDocument, changes: Partial<Coalition>): MapDocument {
  if (changes.anchorId) {
    const anchor = requireStakeholder(map, changes.anchorId);
    if (anchor.kind !== 'organization') throw new EditError('Only an organization can be the anchor organization.');
  }
  return { ...map, coalition: { ...map.coalition, ...changes } };
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function firstFilled(a: string, b: string): string {
  return a.trim() !== '' ? a : b;
}

/**
 * Merges `dropId` into `keepId`: the kept record keeps its own values and fills its blanks from the
 * other; lists are joined; ties move to the kept one (ties that would join it to itself are dropped,
 * and ties that become exact repeats of the same type between the same pair are collapsed).
 * Meetings, committees and tasks that named the dropped record now name the kept one.
 */
export function mergeStakeholders(map: MapDocument, keepId: string, dropId: string, ctx: Pick<EditContext, 'now'>): MapDocument {
  if (keepId === dropId) throw new EditError('Choose two different stakeholders to merge.');
  const keep = requireStakeholder(map, keepId);
  const drop = requireStakeholder(map, dropId);
  const merged: Stakeholder = {
    ...keep,
    categories: union(keep.categories, drop.categories),
    role: firstFilled(keep.role, drop.role),
    sector: firstFilled(keep.sector, drop.sector),
    email: firstFilled(keep.email, drop.email),
    phone: firstFilled(keep.phone, drop.phone),
    address: firstFilled(keep.address, drop.address),
    area: firstFilled(keep.area, drop.area),
    services: union(keep.services, drop.services),
    influence: keep.influence ?? drop.influence,
    livedExperience: keep.livedExperience || drop.livedExperience,
    // Either record asking for confidentiality wins: safety first.
    confidential: keep.confidential || drop.confidential,
    consentUntil: keep.consentUntil ?? drop.consentUntil,
    notes: [keep.notes, drop.notes].filter((n) => n.trim() !== '').join('\n\n'),
    tags: union(keep.tags, drop.tags),
    custom: { ...drop.custom, ...keep.custom },
    updatedAt: ctx.now,
  };
  const seen = new Set<string>();
  const ties: Tie[] = [];
  for (const t of map.ties) {
    const source = t.source === dropId ? keepId : t.source;
    const target = t.target === dropId ? keepId : t.target;
    if (source === target) continue;
    const key = `${source}\u0000${target}\u0000${t.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push(source === t.source && target === t.target ? t : { ...t, source, target, updatedAt: ctx.now });
  }
  return {
    ...map,
    ...replaceStakeholder(map, dropId, keepId),
    stakeholders: map.stakeholders.filter((s) => s.id !== dropId).map((s) => (s.id === keepId ? merged : s)),
    ties,
  };
}
