// Two snapshots side by side, in plain language: who joined and left (per category), ties gained
// and lost, coverage and service gaps closed or opened, density and the core group's reach.
import { CATEGORIES, type CategoryId } from '../categories';
import { listNames } from '../analysis/context';
import type { CoverageStatus, ServiceStatus } from '../analysis/types';
import type { MapDocument, Snapshot } from '../model';
import { snapshotsInOrder } from './snapshots';

export interface MemberChange {
  readonly category: CategoryId;
  readonly label: string;
  readonly before: number;
  readonly after: number;
  readonly gained: readonly string[];
  readonly lost: readonly string[];
}

export interface StatusChange<S extends string> {
  readonly id: string;
  readonly label: string;
  readonly from: S;
  readonly to: S;
}

export interface Change {
  readonly before: number;
  readonly after: number;
  readonly change: number;
}

export interface SnapshotComparison {
  readonly from: { readonly id: string; readonly label: string; readonly takenAt: string };
  readonly to: { readonly id: string; readonly label: string; readonly takenAt: string };
  readonly members: Change & { readonly gained: readonly string[]; readonly lost: readonly string[] };
  readonly membersByCategory: readonly MemberChange[];
  /** Gained and lost are null when either snapshot kept counts only (a very large map). */
  readonly ties: Change & { readonly gained: number | null; readonly lost: number | null };
  readonly coverageClosed: readonly StatusChange<CoverageStatus>[];
  readonly coverageOpened: readonly StatusChange<CoverageStatus>[];
  readonly serviceGapsClosed: readonly StatusChange<ServiceStatus>[];
  readonly serviceGapsOpened: readonly StatusChange<ServiceStatus>[];
  readonly density: Change;
  readonly coreReach: Change;
  /** The comparison told as sentences, most telling first. */
  readonly sentences: readonly string[];
}

export interface CompareOptions {
  /** How to name a stakeholder id; ids no longer on the map should get a neutral label. */
  readonly nameOf?: (id: string) => string;
  readonly serviceLabel?: (id: string) => string;
}

const change = (before: number, after: number): Change => ({ before, after, change: after - before });
const minus = (a: readonly string[], b: readonly string[]): string[] => {
  const other = new Set(b);
  return a.filter((x) => !other.has(x));
};

function signed(n: number, digits = 0): string {
  const text = Math.abs(n).toFixed(digits);
  return n > 0 ? `+${text}` : n < 0 ? `-${text}` : 'no change';
}

function tieDiff(a: Snapshot, b: Snapshot): { gained: number | null; lost: number | null } {
  if (a.figures.tieKeys === null || b.figures.tieKeys === null) return { gained: null, lost: null };
  const keys = (s: Snapshot) => s.figures.tieKeys!.map((k) => k.join('\u0000'));
  return { gained: minus(keys(b), keys(a)).length, lost: minus(keys(a), keys(b)).length };
}

/** Compares `a` (earlier) with `b` (later); pass them in either order, the older one comes first. */
export function compareSnapshots(first: Snapshot, second: Snapshot, options: CompareOptions = {}): SnapshotComparison {
  const [a, b] = Date.parse(first.takenAt) <= Date.parse(second.takenAt) ? [first, second] : [second, first];
  const nameOf = options.nameOf ?? ((id: string) => id);
  const serviceLabel = options.serviceLabel ?? ((id: string) => id);
  const membersByCategory = CATEGORIES.map((info) => {
    const before = a.figures.membersByCategory[info.id];
    const after = b.figures.membersByCategory[info.id];
    return { category: info.id, label: info.label, before: before.length, after: after.length, gained: minus(after, before), lost: minus(before, after) };
  });
  const coverage = CATEGORIES.map((info) => ({ id: info.id, label: info.label, from: a.figures.coverage[info.id], to: b.figures.coverage[info.id] }));
  const services = Object.keys(b.figures.services)
    .filter((id) => a.figures.services[id] !== undefined)
    .map((id) => ({ id, label: serviceLabel(id), from: a.figures.services[id]!, to: b.figures.services[id]! }));
  const comparison: Omit<SnapshotComparison, 'sentences'> = {
    from: { id: a.id, label: a.label, takenAt: a.takenAt },
    to: { id: b.id, label: b.label, takenAt: b.takenAt },
    members: { ...change(a.figures.memberIds.length, b.figures.memberIds.length), gained: minus(b.figures.memberIds, a.figures.memberIds), lost: minus(a.figures.memberIds, b.figures.memberIds) },
    membersByCategory,
    ties: { ...change(a.figures.ties, b.figures.ties), ...tieDiff(a, b) },
    coverageClosed: coverage.filter((c) => c.from !== 'ok' && c.to === 'ok'),
    coverageOpened: coverage.filter((c) => c.from === 'ok' && c.to !== 'ok'),
    serviceGapsClosed: services.filter((s) => s.from === 'gap' && s.to !== 'gap'),
    serviceGapsOpened: services.filter((s) => s.from !== 'gap' && s.to === 'gap'),
    density: change(a.figures.density, b.figures.density),
    coreReach: change(a.figures.coreReach, b.figures.coreReach),
  };
  return { ...comparison, sentences: describeComparison(comparison, nameOf) };
}

function describeComparison(c: Omit<SnapshotComparison, 'sentences'>, nameOf: (id: string) => string): string[] {
  const names = (ids: readonly string[]) => listNames(ids.map(nameOf));
  const out = [`Members went from ${c.members.before} to ${c.members.after}: ${c.members.gained.length} joined, ${c.members.lost.length} left.`];
  for (const row of c.membersByCategory) {
    if (row.gained.length === 0 && row.lost.length === 0) continue;
    const parts = [row.gained.length > 0 ? `gained ${names(row.gained)}` : '', row.lost.length > 0 ? `lost ${names(row.lost)}` : ''].filter(Boolean);
    out.push(`${row.label}: ${parts.join('; ')} (${row.before} -> ${row.after}).`);
  }
  out.push(
    c.ties.gained === null
      ? `Ties went from ${c.ties.before} to ${c.ties.after}.`
      : `Ties went from ${c.ties.before} to ${c.ties.after}: ${c.ties.gained} new, ${c.ties.lost} gone.`,
  );
  if (c.coverageClosed.length > 0) out.push(`Coverage gaps closed: ${c.coverageClosed.map((g) => `${g.label} (was ${g.from})`).join(', ')}.`);
  if (c.coverageOpened.length > 0) out.push(`Coverage gaps opened: ${c.coverageOpened.map((g) => `${g.label} (now ${g.to})`).join(', ')}.`);
  if (c.serviceGapsClosed.length > 0) out.push(`Services now offered by someone: ${c.serviceGapsClosed.map((s) => s.label).join(', ')}.`);
  if (c.serviceGapsOpened.length > 0) out.push(`Services no one offers any more: ${c.serviceGapsOpened.map((s) => s.label).join(', ')}.`);
  out.push(`Density: ${c.density.before.toFixed(3)} -> ${c.density.after.toFixed(3)} (${signed(c.density.change, 3)}).`);
  out.push(`The core group reaches ${c.coreReach.after} stakeholders directly (${signed(c.coreReach.change)} since the earlier snapshot).`);
  return out;
}

/** The two most recent snapshots compared, or null while there are fewer than two. */
export function latestComparison(map: MapDocument, options: CompareOptions = {}): SnapshotComparison | null {
  const ordered = snapshotsInOrder(map);
  if (ordered.length < 2) return null;
  return compareSnapshots(ordered[ordered.length - 2]!, ordered[ordered.length - 1]!, options);
}
