// The migration hook: files written by older versions are brought up to MAP_VERSION, one step at
// a time, before validation. The store writes a backup of the original bytes before it saves a
// migrated map.
import { addJourneyLists } from './journey/migrate-to-v2';
import { upgradeToActionPlan } from './journey/migrate-to-v3';
import { MAP_VERSION } from './schema';

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** Pure: gets the parsed JSON of version `from`, returns JSON of version `to`. */
  readonly migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  // 2 added the coalition's journey: steps, meetings, tasks, committees and snapshots.
  { from: 1, to: 2, migrate: addJourneyLists },
  // 3 made goals an action plan and added roles, orientation, unsafe places and evaluations.
  { from: 2, to: 3, migrate: upgradeToActionPlan },
];

export type MigrationOutcome =
  | { readonly ok: true; readonly doc: Record<string, unknown>; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly problem: string };

/** Runs the steps from the document's version up to `target`; refuses gaps rather than guessing. */
export function migrateToCurrent(
  doc: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = MAP_VERSION,
): MigrationOutcome {
  let current = doc;
  let at = version;
  while (at < target) {
    const step = migrations.find((m) => m.from === at);
    if (!step || step.to <= at) return { ok: false, problem: `no migration from format version ${at} is known` };
    current = { ...step.migrate(current), version: step.to };
    at = step.to;
  }
  return { ok: true, doc: current, migratedFrom: version === target ? null : version };
}
