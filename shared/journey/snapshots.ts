// Snapshots: a dated copy of the figures a later comparison needs, taken from the map and its
// analysis. Ids only, never names or notes: a snapshot outlives the people it counts.
import { CATEGORY_IDS, type CategoryId } from '../categories';
import { EditError } from '../edits';
import type { Insights } from '../analysis/types';
import { isMember, type MapDocument, type Snapshot, type SnapshotFigures } from '../model';
import { DIRECTED_TIE_TYPES } from '../schema';

/** Above this many ties a snapshot keeps counts only, so the file stays small. */
export const MAX_TIE_KEYS = 20_000;

export interface SnapshotOptions {
  readonly id: string;
  readonly label?: string;
}

function tieKeys(map: MapDocument): SnapshotFigures['tieKeys'] {
  if (map.ties.length > MAX_TIE_KEYS) return null;
  const keys = map.ties.map((t): [string, string, string] => {
    // Undirected ties are the same tie whichever way they were entered.
    const flip = !DIRECTED_TIE_TYPES.includes(t.type) && t.target < t.source;
    return flip ? [t.target, t.source, t.type] : [t.source, t.target, t.type];
  });
  return keys.sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
}

/** Stakeholders one non-conflict tie away from the core, the core itself not counted. */
export function coreReach(map: MapDocument, coreIds: ReadonlySet<string>): number {
  const reached = new Set<string>();
  for (const t of map.ties) {
    if (t.type === 'conflict') continue;
    if (coreIds.has(t.source) && !coreIds.has(t.target)) reached.add(t.target);
    if (coreIds.has(t.target) && !coreIds.has(t.source)) reached.add(t.source);
  }
  return reached.size;
}

export function snapshotFigures(map: MapDocument, insights: Insights): SnapshotFigures {
  const members = map.stakeholders.filter(isMember);
  const membersByCategory = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, members.filter((s) => s.categories.includes(c)).map((s) => s.id)]),
  ) as Record<CategoryId, string[]>;
  const coverage = Object.fromEntries(insights.coverage.map((row) => [row.category, row.status])) as SnapshotFigures['coverage'];
  const coreIds = map.stakeholders.filter((s) => s.stage === 'core').map((s) => s.id);
  return {
    stakeholders: map.stakeholders.length,
    memberIds: members.map((s) => s.id),
    membersByCategory,
    ties: map.ties.length,
    tieKeys: tieKeys(map),
    coverage,
    services: Object.fromEntries(insights.services.map((row) => [row.service, row.status])),
    density: insights.summary.density,
    coreIds,
    coreReach: coreReach(map, new Set(coreIds)),
  };
}

/** `insights` must be the analysis of `map` as it is now; `now` is an ISO date-time with offset. */
export function takeSnapshot(map: MapDocument, insights: Insights, now: string, options: SnapshotOptions): Snapshot {
  return { id: options.id, takenAt: now, label: options.label ?? '', figures: snapshotFigures(map, insights) };
}

export function addSnapshot(map: MapDocument, snapshot: Snapshot): MapDocument {
  if (map.snapshots.some((s) => s.id === snapshot.id)) throw new EditError(`A snapshot with id "${snapshot.id}" already exists.`);
  return { ...map, snapshots: [...map.snapshots, snapshot] };
}

export function removeSnapshot(map: MapDocument, id: string): MapDocument {
  if (!map.snapshots.some((s) => s.id === id)) throw new EditError(`No snapshot with id "${id}" on this map.`);
  return { ...map, snapshots: map.snapshots.filter((s) => s.id !== id) };
}

/** Snapshots oldest first (by when they were taken, not by when they were added). */
export function snapshotsInOrder(map: MapDocument): Snapshot[] {
  return [...map.snapshots].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
}
