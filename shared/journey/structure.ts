// Structure that scales: officer and steering roles, who has had an orientation, and places members
// said they would not feel safe meeting in. Pure edits; each refuses people not on the map.
import { EditError } from '../edits';
import type { MapDocument, RoleId } from '../model';

export const ROLE_LABELS: Readonly<Record<RoleId, string>> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  secretary: 'Secretary',
  treasurer: 'Treasurer',
  coordinator: 'Coordinator',
  steering: 'Steering group',
  facilitator: 'Outside facilitator',
};

function requirePerson(map: MapDocument, id: string): void {
  if (!map.stakeholders.some((s) => s.id === id)) throw new EditError(`Stakeholder "${id}" is not on the map.`);
}

export function giveRole(map: MapDocument, stakeholderId: string, role: RoleId): MapDocument {
  requirePerson(map, stakeholderId);
  if (map.roles.some((r) => r.stakeholderId === stakeholderId && r.role === role)) return map;
  return { ...map, roles: [...map.roles, { stakeholderId, role }] };
}

export function takeRole(map: MapDocument, stakeholderId: string, role: RoleId): MapDocument {
  return { ...map, roles: map.roles.filter((r) => !(r.stakeholderId === stakeholderId && r.role === role)) };
}

export function setOriented(map: MapDocument, stakeholderId: string, oriented: boolean): MapDocument {
  requirePerson(map, stakeholderId);
  const others = map.oriented.filter((id) => id !== stakeholderId);
  return { ...map, oriented: oriented ? [...others, stakeholderId] : others };
}

export function addUnsafePlace(map: MapDocument, place: { place: string; markedBy: string; note: string }, ctx: { newId: () => string }): MapDocument {
  if (place.place.trim() === '') throw new EditError('Name the place.');
  if (place.markedBy !== '') requirePerson(map, place.markedBy);
  return { ...map, unsafePlaces: [...map.unsafePlaces, { id: ctx.newId(), place: place.place.trim(), markedBy: place.markedBy, note: place.note.trim() }] };
}

export function removeUnsafePlace(map: MapDocument, id: string): MapDocument {
  if (!map.unsafePlaces.some((p) => p.id === id)) throw new EditError(`No unsafe place with id "${id}" on this map.`);
  return { ...map, unsafePlaces: map.unsafePlaces.filter((p) => p.id !== id) };
}
