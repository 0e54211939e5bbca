// Keeps the journey's references to stakeholders valid when stakeholders leave the map: removed
// ones drop out of meetings, committees and task ownership; merged ones are replaced by the
// record they were merged into. Snapshots are history and keep their ids as they were. The
// coalition follows too: the anchor and goals' funders (format 3 added roles, orientation and
// who marked a place unsafe).
import type { MapDocument } from '../model';

type JourneyLists = Pick<MapDocument, 'coalition' | 'meetings' | 'tasks' | 'committees' | 'roles' | 'oriented' | 'unsafePlaces'>;

function rewriteIds(ids: readonly string[], rename: (id: string) => string | null): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const next = rename(id);
    if (next !== null && !out.includes(next)) out.push(next);
  }
  return out;
}

function rewrite(map: MapDocument, rename: (id: string) => string | null): JourneyLists {
  const seenRoles = new Set<string>();
  const anchor = map.coalition.anchorId === null ? null : rename(map.coalition.anchorId);
  return {
    coalition: {
      ...map.coalition,
      anchorId: anchor,
      goals: map.coalition.goals.map((g) => ({ ...g, funderIds: rewriteIds(g.funderIds, rename) })),
    },
    roles: map.roles.flatMap((r) => {
      const who = rename(r.stakeholderId);
      const key = `${who}\u0000${r.role}`;
      if (who === null || seenRoles.has(key)) return [];
      seenRoles.add(key);
      return [{ ...r, stakeholderId: who }];
    }),
    oriented: rewriteIds(map.oriented, rename),
    unsafePlaces: map.unsafePlaces.map((p) => (p.markedBy === '' ? p : { ...p, markedBy: rename(p.markedBy) ?? '' })),
    meetings: map.meetings.map((m) => ({ ...m, invited: rewriteIds(m.invited, rename), attended: rewriteIds(m.attended, rename) })),
    tasks: map.tasks.map((t) => (t.owner === '' ? t : { ...t, owner: rename(t.owner) ?? '' })),
    committees: map.committees.map((c) => ({ ...c, memberIds: rewriteIds(c.memberIds, rename) })),
  };
}

/** The journey lists with the given stakeholders taken out (tasks they owned become unassigned). */
export function forgetStakeholders(map: MapDocument, gone: ReadonlySet<string>): JourneyLists {
  return rewrite(map, (id) => (gone.has(id) ? null : id));
}

/** The journey lists with `dropId` replaced by `keepId`, without listing anyone twice. */
export function replaceStakeholder(map: MapDocument, dropId: string, keepId: string): JourneyLists {
  return rewrite(map, (id) => (id === dropId ? keepId : id));
}
