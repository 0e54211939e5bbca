// Committees: named groups of stakeholders with a purpose. Pure edits.
import { EditError, type EditContext } from '../edits';
import type { Committee, MapDocument } from '../model';

export type CommitteeDraft = Omit<Committee, 'id'>;

function checkMembers(map: MapDocument, memberIds: readonly string[]): void {
  const known = new Set(map.stakeholders.map((s) => s.id));
  const unknown = memberIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new EditError(`Committee member "${unknown}" is not on the map.`);
}

export function addCommittee(map: MapDocument, draft: CommitteeDraft, ctx: Pick<EditContext, 'newId'>): { map: MapDocument; id: string } {
  checkMembers(map, draft.memberIds);
  const id = ctx.newId();
  return { map: { ...map, committees: [...map.committees, { ...draft, memberIds: [...new Set(draft.memberIds)], id }] }, id };
}

export function updateCommittee(map: MapDocument, id: string, changes: Partial<CommitteeDraft>): MapDocument {
  if (!map.committees.some((c) => c.id === id)) throw new EditError(`No committee with id "${id}" on this map.`);
  if (changes.memberIds) checkMembers(map, changes.memberIds);
  const memberIds = changes.memberIds ? { memberIds: [...new Set(changes.memberIds)] } : {};
  return { ...map, committees: map.committees.map((c) => (c.id === id ? { ...c, ...changes, ...memberIds, id } : c)) };
}

export function removeCommittee(map: MapDocument, id: string): MapDocument {
  if (!map.committees.some((c) => c.id === id)) throw new EditError(`No committee with id "${id}" on this map.`);
  return { ...map, committees: map.committees.filter((c) => c.id !== id) };
}
