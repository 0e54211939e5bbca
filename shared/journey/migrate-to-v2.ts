// Format 1 -> 2: a version 1 file had no journey, so it gains the five empty lists. Pure and
// idempotent (lists already there are kept), so the renderer's import can run it too.
const JOURNEY_LISTS = ['steps', 'meetings', 'tasks', 'committees', 'snapshots'] as const;

export function addJourneyLists(doc: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...doc };
  for (const list of JOURNEY_LISTS) if (next[list] === undefined) next[list] = [];
  return next;
}
