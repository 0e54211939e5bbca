// Import as reconciliation: every incoming record is matched against the map, and against the rows
// before it, with the merge's matcher (dedupe.ts), and planned as one of
//   new        nothing on the map is the same (possible matches are listed for the user);
//   update     it is a record already on the map (by the chosen key column, or one exact match):
//              its changes are listed field by field (see record-diff.ts);
//   duplicate  an earlier row of the same file is the same record: folded into that row.
// The user may then change any row to new, update (of any record) or skip (reconcile-apply.ts).
// Re-importing the same file plans only updates without changes: it changes nothing.
// Fail closed: a record planned as new that may be a confidential person already on the map (an
// exact or possible match) comes in confidential, so an open copy never names a hidden person.
import type { Stakeholder } from '../model';
import { findDuplicates, type DuplicateMatch } from './dedupe';
import { emailKey } from './name-normalize';
import { diffRecord, type FieldChange } from './record-diff';

/** The column whose value identifies a record across imports: the map's own id, or the email. */
export type KeyColumn = 'id' | 'email';

export interface PossibleMatch {
  readonly baseId: string;
  readonly reasons: readonly string[];
}

export interface ReconcileEntry {
  readonly incomingId: string;
  readonly action: 'new' | 'update' | 'duplicate';
  /** update: the map record's id. duplicate: the incoming id of the earlier row it repeats. */
  readonly targetId: string | null;
  /** Why it was matched: the key column, or the matcher's exact reasons. */
  readonly reasons: readonly string[];
  /** update: what would change (none when the row says what the map already says). */
  readonly changes: readonly FieldChange[];
  /** Records on the map this one might be, for the user to decide (never applied unasked). */
  readonly possible: readonly PossibleMatch[];
  /** If added as new, comes in confidential: it may be a confidential record already on the map. */
  readonly hiddenLikeMatch: boolean;
}

export interface ReconcilePlan {
  readonly entries: readonly ReconcileEntry[];
}

export interface ReconcileOptions {
  readonly key?: KeyColumn | null;
  /** The sheet's own id of each incoming record (by incoming id), for the "id" key column. */
  readonly sheetIds?: ReadonlyMap<string, string>;
}

function groupByIncoming(matches: readonly DuplicateMatch[]): Map<string, DuplicateMatch[]> {
  const out = new Map<string, DuplicateMatch[]>();
  for (const m of matches) out.set(m.incomingId, [...(out.get(m.incomingId) ?? []), m]);
  return out;
}

/** The map record the key column names, when exactly one has it. */
function keyMatch(s: Stakeholder, options: ReconcileOptions, byId: ReadonlyMap<string, Stakeholder>, byEmail: ReadonlyMap<string, Stakeholder[]>): Stakeholder | null {
  if (options.key === 'id') return byId.get(options.sheetIds?.get(s.id) ?? '') ?? null;
  if (options.key === 'email') {
    const found = byEmail.get(emailKey(s.email)) ?? [];
    return found.length === 1 ? (found[0] ?? null) : null;
  }
  return null;
}

export function planReconciliation(existing: readonly Stakeholder[], incoming: readonly Stakeholder[], options: ReconcileOptions = {}): ReconcilePlan {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const byEmail = new Map<string, Stakeholder[]>();
  for (const s of existing) if (emailKey(s.email) !== '') byEmail.set(emailKey(s.email), [...(byEmail.get(emailKey(s.email)) ?? []), s]);
  const onMap = groupByIncoming(findDuplicates(existing, incoming));
  const order = new Map(incoming.map((s, i) => [s.id, i]));
  const withinFile = groupByIncoming(findDuplicates(incoming, incoming).filter((m) => (order.get(m.baseId) ?? 0) < (order.get(m.incomingId) ?? 0)));
  const updatedBy = new Map<string, string>();
  const entries = incoming.map((s): ReconcileEntry => {
    const matches = onMap.get(s.id) ?? [];
    const exact = matches.filter((m) => m.strength === 'exact');
    const byKey = keyMatch(s, options, byId, byEmail);
    const target = byKey ?? (exact.length === 1 ? (byId.get(exact[0]?.baseId ?? '') ?? null) : null);
    const earlier = (withinFile.get(s.id) ?? []).find((m) => m.strength === 'exact');
    const possible = matches.filter((m) => m.baseId !== target?.id).map((m) => ({ baseId: m.baseId, reasons: m.reasons }));
    const hiddenLikeMatch = !s.confidential && (target?.confidential === true || matches.some((m) => byId.get(m.baseId)?.confidential === true));
    const base = { incomingId: s.id, possible, hiddenLikeMatch };
    if (target) {
      const first = updatedBy.get(target.id);
      if (first !== undefined) return { ...base, action: 'duplicate', targetId: first, reasons: ['an earlier row of the file is the same record'], changes: [] };
      updatedBy.set(target.id, s.id);
      const reasons = byKey ? [`same ${options.key === 'id' ? 'id' : 'email address'} (the key column)`] : (exact[0]?.reasons ?? []);
      return { ...base, action: 'update', targetId: target.id, reasons, changes: diffRecord(target, s) };
    }
    if (earlier) return { ...base, action: 'duplicate', targetId: earlier.baseId, reasons: earlier.reasons, changes: [] };
    return { ...base, action: 'new', targetId: null, reasons: [], changes: [] };
  });
  return { entries };
}

export interface PlanCounts {
  readonly new: number;
  readonly update: number;
  readonly unchanged: number;
  readonly duplicate: number;
  readonly possible: number;
}

/** How many rows of each kind, for the review's headings and the CLI's report. */
export function countPlan(plan: ReconcilePlan): PlanCounts {
  const e = plan.entries;
  return {
    new: e.filter((x) => x.action === 'new').length,
    update: e.filter((x) => x.action === 'update' && x.changes.length > 0).length,
    unchanged: e.filter((x) => x.action === 'update' && x.changes.length === 0).length,
    duplicate: e.filter((x) => x.action === 'duplicate').length,
    possible: e.filter((x) => x.action === 'new' && x.possible.length > 0).length,
  };
}
