// Applies a reconciliation plan, with the user's choices, to a map in one step: new records are
// added, updates fill blanks (and replace values only where the user said so), duplicates within
// the file fold into their earlier row, skipped rows stay out with the ties that touch them.
// Ties follow their records and collapse onto ties already there. All or nothing: either the
// result is a valid map, or an ImportError says why and the caller keeps the map it had.
import type { MapDocument, Stakeholder, Tie } from '../model';
import { DIRECTED_TIE_TYPES, describeSchemaError, mapDocumentSchema } from '../schema';
import type { MapAddition } from './graph-to-map';
import { ImportError } from './import-error';
import type { ReconcileEntry, ReconcilePlan } from './reconcile';
import { applyChanges, diffRecord, type DiffField } from './record-diff';

/** A row's action other than planned. */
export type RowChoice = { readonly action: 'new' } | { readonly action: 'update'; readonly targetId: string } | { readonly action: 'skip' };

export interface ReconcileDecisions {
  /** By incoming id; rows not named keep their planned action. */
  readonly choices?: Readonly<Record<string, RowChoice>>;
  /** Conflicting values to replace: every one ("all"), or by incoming id the fields to replace. */
  readonly replace?: 'all' | Readonly<Record<string, readonly DiffField[]>>;
}

export interface ReconcileSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly skipped: number;
  readonly tiesAdded: number;
  /** Ties already on the map (or repeated in the file), or joining a record to itself. */
  readonly tiesCollapsed: number;
  /** Ties left out because one of their ends was skipped. */
  readonly tiesSkipped: number;
}

export interface ReconcileResult {
  readonly map: MapDocument;
  readonly summary: ReconcileSummary;
  /** True when the map is exactly as it was (a re-import of the same file, say). */
  readonly unchanged: boolean;
}

function tieKey(t: Pick<Tie, 'source' | 'target' | 'type'>): string {
  const [a, b] = DIRECTED_TIE_TYPES.includes(t.type) || t.source < t.target ? [t.source, t.target] : [t.target, t.source];
  return `${a}\u0000${b}\u0000${t.type}`;
}

function choiceOf(entry: ReconcileEntry, decisions: ReconcileDecisions): RowChoice | { action: 'duplicate'; of: string } {
  const chosen = decisions.choices?.[entry.incomingId];
  if (chosen) return chosen;
  if (entry.action === 'update' && entry.targetId !== null) return { action: 'update', targetId: entry.targetId };
  if (entry.action === 'duplicate' && entry.targetId !== null) return { action: 'duplicate', of: entry.targetId };
  return { action: 'new' };
}

function replaceSet(entry: ReconcileEntry, decisions: ReconcileDecisions, changes: readonly { field: DiffField }[]): ReadonlySet<DiffField> {
  if (decisions.replace === 'all') return new Set(changes.map((c) => c.field));
  return new Set(decisions.replace?.[entry.incomingId] ?? []);
}

export function applyReconciliation(map: MapDocument, addition: Pick<MapAddition, 'stakeholders' | 'ties'>, plan: ReconcilePlan, decisions: ReconcileDecisions, ctx: { readonly now: string; readonly file: string }): ReconcileResult {
  const incoming = new Map(addition.stakeholders.map((s) => [s.id, s]));
  const current = new Map<string, Stakeholder>(map.stakeholders.map((s) => [s.id, s]));
  const added: string[] = [];
  const idMap = new Map<string, string>();
  const counts = { added: 0, updated: 0, unchanged: 0, duplicates: 0, skipped: 0 };
  /** Folds `arriving` into the record `id`; a fill-only fold unless `replace` names fields. */
  const fold = (id: string, arriving: Stakeholder, replace: (changes: readonly { field: DiffField }[]) => ReadonlySet<DiffField>): boolean => {
    const existing = current.get(id);
    if (!existing) {
      const row = arriving.confidential ? 'a confidential row' : `the row for “${arriving.name.slice(0, 80)}”`;
      throw new ImportError(ctx.file, null, `${row} would update a stakeholder no longer on the map (removed since the review?); import the file again`);
    }
    const changes = diffRecord(existing, arriving);
    const next = applyChanges(existing, arriving, changes, replace(changes), ctx.now);
    current.set(id, next);
    return next !== existing;
  };
  for (const entry of plan.entries) {
    const s = incoming.get(entry.incomingId);
    if (!s) throw new ImportError(ctx.file, null, 'the review names a row that is not in the import; import the file again');
    const choice = choiceOf(entry, decisions);
    const intoEarlier = choice.action === 'duplicate' ? idMap.get(choice.of) : undefined;
    if (choice.action === 'skip') counts.skipped += 1;
    else if (choice.action === 'update') {
      idMap.set(s.id, choice.targetId);
      if (fold(choice.targetId, s, (changes) => replaceSet(entry, decisions, changes))) counts.updated += 1;
      else counts.unchanged += 1;
    } else if (intoEarlier !== undefined) {
      idMap.set(s.id, intoEarlier);
      fold(intoEarlier, s, () => new Set());
      counts.duplicates += 1;
    } else {
      // New (or the duplicate of a row that was skipped).
      current.set(s.id, entry.hiddenLikeMatch ? { ...s, confidential: true } : s);
      added.push(s.id);
      idMap.set(s.id, s.id);
      counts.added += 1;
    }
  }
  const { ties, tiesAdded, tiesCollapsed, tiesSkipped } = reconcileTies(map, addition.ties, idMap, incoming);
  const unchanged = counts.added === 0 && counts.updated === 0 && tiesAdded === 0;
  if (unchanged) return { map, summary: { ...counts, tiesAdded, tiesCollapsed, tiesSkipped }, unchanged };
  const next: MapDocument = {
    ...map,
    stakeholders: [...map.stakeholders.map((s) => current.get(s.id) ?? s), ...added.map((id) => current.get(id)).filter((s): s is Stakeholder => s !== undefined)],
    ties,
  };
  const checked = mapDocumentSchema.safeParse(next);
  if (!checked.success) throw new ImportError(ctx.file, null, `the map would not be valid after this import, so nothing was changed:\n${describeSchemaError(checked.error)}`);
  return { map: next, summary: { ...counts, tiesAdded, tiesCollapsed, tiesSkipped }, unchanged };
}

/** How many of the incoming ties the plan, as planned, would add (the others are already there). */
/** The parts of a map the tie step reads. */
interface TieBase {
  readonly stakeholders: readonly Pick<Stakeholder, 'id'>[];
  readonly ties: readonly Tie[];
}

export function plannedNewTies(map: TieBase, addition: Pick<MapAddition, 'stakeholders' | 'ties'>, plan: ReconcilePlan): number {
  const idMap = new Map<string, string>();
  for (const e of plan.entries) {
    const to = e.action === 'update' ? e.targetId : e.action === 'duplicate' ? (idMap.get(e.targetId ?? '') ?? e.incomingId) : e.incomingId;
    if (to !== null) idMap.set(e.incomingId, to);
  }
  return reconcileTies(map, addition.ties, idMap, new Map(addition.stakeholders.map((s) => [s.id, s]))).tiesAdded;
}

function reconcileTies(map: TieBase, incomingTies: readonly Tie[], idMap: ReadonlyMap<string, string>, incoming: ReadonlyMap<string, Stakeholder>) {
  const onMap = new Set(map.stakeholders.map((s) => s.id));
  // An end is an incoming record (moved to where it went) or a record already on the map.
  const resolve = (id: string): string | undefined => (incoming.has(id) ? idMap.get(id) : onMap.has(id) ? id : undefined);
  const seen = new Set(map.ties.map(tieKey));
  const ties = [...map.ties];
  let tiesAdded = 0;
  let tiesCollapsed = 0;
  let tiesSkipped = 0;
  for (const t of incomingTies) {
    const source = resolve(t.source);
    const target = resolve(t.target);
    if (source === undefined || target === undefined) {
      tiesSkipped += 1;
      continue;
    }
    const key = tieKey({ source, target, type: t.type });
    if (source === target || seen.has(key)) {
      tiesCollapsed += 1;
      continue;
    }
    seen.add(key);
    ties.push({ ...t, source, target });
    tiesAdded += 1;
  }
  return { ties, tiesAdded, tiesCollapsed, tiesSkipped };
}
