// Retention (PRIV-6): pure edits that purge stakeholders nobody has touched for N days, or only
// clear their notes. "Touched" means `updatedAt`; a purge is not itself a touch, so clearing notes
// leaves `updatedAt` alone and a later whole-record purge still finds the record. The caller
// saves the result and writes the audit entry (counts and field names come back for it).
import { forgetStakeholders } from './journey/references';
import type { MapDocument, Stakeholder } from './model';

export type PurgeMode = 'remove-stakeholders' | 'clear-notes';

export interface PurgePolicy {
  readonly mode: PurgeMode;
  /** Stakeholders last updated more than this many whole days before `now` are purged. */
  readonly inactiveDays: number;
  readonly now: Date;
}

export interface PurgeResult {
  readonly map: MapDocument;
  /** Stakeholders removed, or whose notes were cleared. */
  readonly affected: number;
  /** Ties removed with their stakeholders (always 0 when clearing notes). */
  readonly tiesRemoved: number;
  /** The fields the purge erased, for the audit entry. */
  readonly fieldNames: readonly string[];
  readonly affectedIds: readonly string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_DAYS = 36_500;

export class RetentionError extends Error {}

/** The moment before which a record counts as inactive. */
export function inactiveBefore(policy: Pick<PurgePolicy, 'inactiveDays' | 'now'>): number {
  const { inactiveDays, now } = policy;
  if (!Number.isInteger(inactiveDays) || inactiveDays < 1 || inactiveDays > MAX_DAYS) {
    throw new RetentionError(`The inactivity period must be a whole number of days from 1 to ${MAX_DAYS} (got ${inactiveDays}).`);
  }
  if (Number.isNaN(now.getTime())) throw new RetentionError('The purge needs a valid current date.');
  return now.getTime() - inactiveDays * DAY_MS;
}

export function isInactive(stakeholder: Pick<Stakeholder, 'updatedAt'>, cutoff: number): boolean {
  return Date.parse(stakeholder.updatedAt) < cutoff;
}

export function purgeInactive(map: MapDocument, policy: PurgePolicy): PurgeResult {
  const cutoff = inactiveBefore(policy);
  if (policy.mode === 'clear-notes') return clearNotes(map, cutoff);
  const gone = new Set(map.stakeholders.filter((s) => isInactive(s, cutoff)).map((s) => s.id));
  const ties = map.ties.filter((t) => !gone.has(t.source) && !gone.has(t.target));
  return {
    map: {
      ...map,
      // Purged people leave meeting lists, committees, task ownership, roles and the anchor too, or the map would not save.
      ...forgetStakeholders(map, gone),
      stakeholders: map.stakeholders.filter((s) => !gone.has(s.id)),
      ties,
    },
    affected: gone.size,
    tiesRemoved: map.ties.length - ties.length,
    fieldNames: gone.size === 0 ? [] : ['stakeholder'],
    affectedIds: [...gone],
  };
}

function clearNotes(map: MapDocument, cutoff: number): PurgeResult {
  const cleared: string[] = [];
  const stakeholders = map.stakeholders.map((s) => {
    if (s.notes === '' || !isInactive(s, cutoff)) return s;
    cleared.push(s.id);
    return { ...s, notes: '' };
  });
  return {
    map: cleared.length === 0 ? map : { ...map, stakeholders },
    affected: cleared.length,
    tiesRemoved: 0,
    fieldNames: cleared.length === 0 ? [] : ['notes'],
    affectedIds: cleared,
  };
}

/**
 * The same purge applied to another copy of the map (a backup generation): the stakeholders the
 * purge removed, or whose notes it cleared, are removed or cleared there too, whatever their date
 * in that copy. Null when the copy holds nothing the purge touched.
 */
export function purgeCopy(copy: MapDocument, mode: PurgeMode, affectedIds: readonly string[]): MapDocument | null {
  const ids = new Set(affectedIds);
  if (mode === 'clear-notes') {
    if (!copy.stakeholders.some((s) => ids.has(s.id) && s.notes !== '')) return null;
    return { ...copy, stakeholders: copy.stakeholders.map((s) => (ids.has(s.id) ? { ...s, notes: '' } : s)) };
  }
  const gone = new Set(copy.stakeholders.filter((s) => ids.has(s.id)).map((s) => s.id));
  if (gone.size === 0) return null;
  const anchorId = copy.coalition.anchorId;
  return {
    ...copy,
    ...forgetStakeholders(copy, gone),
    coalition: anchorId !== null && gone.has(anchorId) ? { ...copy.coalition, anchorId: null } : copy.coalition,
    stakeholders: copy.stakeholders.filter((s) => !gone.has(s.id)),
    ties: copy.ties.filter((t) => !gone.has(t.source) && !gone.has(t.target)),
  };
}
