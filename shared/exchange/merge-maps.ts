// Merging another organizer's map into this one.
//
// How the app's review step uses this file:
//   1. `const proposal = proposeMerge(current, incoming)` once the other map (or an import, wrapped
//      as a map: `{ ...emptyMap(label), stakeholders, ties }`) has been read and validated.
//   2. Show each of `proposal.matches` as a pair of records side by side with its `reasons`
//      (reasons hold no names, so they may be shown as they are; the records follow the app's
//      confidentiality display rules). Pairs in `proposal.exactDecisions.accept` start ticked;
//      near and ambiguous matches start unticked, since they must never merge unless the user says so.
//   3. Build `{ accept: [[baseId, incomingId], ...] }` from the ticked pairs (an incoming stakeholder
//      may be ticked against one base stakeholder only) and call
//      `mergeMaps(current, incoming, decisions, { now, newId, sourceLabel })`.
//   4. Commit `result.map` as one undoable step and show `result.summary`. An ImportError means
//      nothing changed: show its message and keep the current map.
// The CLI skips step 2 and passes `proposal.exactDecisions` straight to mergeMaps.
import { DIRECTED_TIE_TYPES, describeSchemaError, mapDocumentSchema } from '../schema';
import { mergeStakeholders, type EditContext } from '../edits';
import type { MapDocument, Stakeholder, Tie } from '../model';
import { findDuplicates, type DuplicateMatch } from './dedupe';
import { ImportError } from './import-error';
import { fillCoalition, remapServices, uniteCatalogs } from './merge-coalition';

export interface MergeDecisions {
  /** Pairs the user accepted as the same stakeholder: [base map id, incoming map id]. */
  readonly accept: ReadonlyArray<readonly [baseId: string, incomingId: string]>;
}

export interface MergeProposal {
  /** Every possible duplicate, exact ones first, each with its reasons. */
  readonly matches: readonly DuplicateMatch[];
  /** The exact matches that are safe to merge without asking. */
  readonly exactDecisions: MergeDecisions;
  /** Exact matches left out of `exactDecisions` because the incoming record matches several on the map. */
  readonly ambiguous: readonly DuplicateMatch[];
}

export interface MergeContext extends EditContext {
  /** Provenance written on everything that came in; defaults to the incoming coalition's name. */
  readonly sourceLabel?: string;
}

export interface MergeSummary {
  readonly stakeholdersAdded: number;
  readonly stakeholdersMerged: number;
  readonly tiesAdded: number;
  /** Incoming ties that repeated a tie already there, or joined a merged stakeholder to itself. */
  readonly tiesCollapsed: number;
  /** Incoming ids already used on the map, given fresh ones. */
  readonly idsRenamed: number;
  readonly servicesAdded: number;
}

export interface MergeResult {
  readonly map: MapDocument;
  readonly summary: MergeSummary;
  /** Incoming stakeholder id -> its id on the merged map. */
  readonly idMap: ReadonlyMap<string, string>;
  readonly sourceLabel: string;
}

const MAX_LABEL = 500;

export function proposeMerge(base: MapDocument, incoming: MapDocument): MergeProposal {
  const matches = findDuplicates(base.stakeholders, incoming.stakeholders);
  const exact = matches.filter((m) => m.strength === 'exact');
  const exactCount = new Map<string, number>();
  for (const m of exact) exactCount.set(m.incomingId, (exactCount.get(m.incomingId) ?? 0) + 1);
  const single = exact.filter((m) => exactCount.get(m.incomingId) === 1);
  return {
    matches,
    exactDecisions: { accept: single.map((m) => [m.baseId, m.incomingId] as const) },
    ambiguous: exact.filter((m) => exactCount.get(m.incomingId) !== 1),
  };
}

/** incoming id -> base id, after checking every pair names real stakeholders once. */
function checkDecisions(base: MapDocument, incoming: MapDocument, decisions: MergeDecisions, label: string): Map<string, string> {
  const baseIds = new Set(base.stakeholders.map((s) => s.id));
  const incomingIds = new Set(incoming.stakeholders.map((s) => s.id));
  const accepted = new Map<string, string>();
  decisions.accept.forEach(([baseId, incomingId], i) => {
    const where = `accepted match ${i + 1}`;
    if (!baseIds.has(baseId)) throw new ImportError(label, where, `no stakeholder with id "${baseId}" on the map being merged into`);
    if (!incomingIds.has(incomingId)) throw new ImportError(label, where, `no stakeholder with id "${incomingId}" on the incoming map`);
    const earlier = accepted.get(incomingId);
    if (earlier !== undefined && earlier !== baseId) {
      throw new ImportError(label, where, `incoming stakeholder "${incomingId}" is accepted as two different stakeholders; choose one`);
    }
    accepted.set(incomingId, baseId);
  });
  return accepted;
}

function freshId(taken: Set<string>, newId: () => string): string {
  for (let attempt = 0; attempt < 1_000; attempt++) {
    const id = newId();
    if (!taken.has(id)) return id;
  }
  throw new Error('the id generator keeps returning ids already in use');
}

/** Uses mergeStakeholders on the pair alone, so a merge here fills and joins exactly as a merge in the app. */
function mergeRecord(base: MapDocument, keep: Stakeholder, drop: Stakeholder, ctx: EditContext): Stakeholder {
  const dropId = `${keep.id}\u0000incoming`;
  const pair: MapDocument = { ...base, coalition: { ...base.coalition, anchorId: null }, stakeholders: [keep, { ...drop, id: dropId }], ties: [] };
  const merged = mergeStakeholders(pair, keep.id, dropId, ctx).stakeholders[0];
  if (!merged) throw new Error('merging two stakeholders returned none');
  return merged;
}

function tieKey(t: Pick<Tie, 'source' | 'target' | 'type'>): string {
  const [a, b] = DIRECTED_TIE_TYPES.includes(t.type) || t.source < t.target ? [t.source, t.target] : [t.target, t.source];
  return `${a}\u0000${b}\u0000${t.type}`;
}

/**
 * Adds the incoming map to the base map, merging each accepted pair into the base record.
 * All or nothing: either the returned map is valid, or an ImportError says why and nothing changed.
 */
export function mergeMaps(base: MapDocument, incoming: MapDocument, decisions: MergeDecisions, ctx: MergeContext): MergeResult {
  const label = (ctx.sourceLabel?.trim() || incoming.coalition.name).slice(0, MAX_LABEL);
  const accepted = checkDecisions(base, incoming, decisions, label);
  const catalog = uniteCatalogs(base.coalition.serviceCatalog, incoming.coalition.serviceCatalog);

  const takenIds = new Set(base.stakeholders.map((s) => s.id));
  const idMap = new Map<string, string>();
  const added: Stakeholder[] = [];
  const mergedInto = new Map<string, Stakeholder>(base.stakeholders.map((s) => [s.id, s]));
  let idsRenamed = 0;
  for (const s of incoming.stakeholders) {
    const arriving: Stakeholder = { ...s, services: remapServices(s.services, catalog.serviceIds), source: label, updatedAt: ctx.now };
    const baseId = accepted.get(s.id);
    if (baseId !== undefined) {
      const keep = mergedInto.get(baseId);
      if (keep) mergedInto.set(baseId, mergeRecord(base, keep, arriving, ctx));
      idMap.set(s.id, baseId);
      continue;
    }
    const id = takenIds.has(s.id) ? freshId(takenIds, ctx.newId) : s.id;
    if (id !== s.id) idsRenamed += 1;
    takenIds.add(id);
    idMap.set(s.id, id);
    added.push({ ...arriving, id });
  }

  const takenTieIds = new Set(base.ties.map((t) => t.id));
  const seen = new Set(base.ties.map(tieKey));
  const addedTies: Tie[] = [];
  let tiesCollapsed = 0;
  incoming.ties.forEach((t, i) => {
    const source = idMap.get(t.source);
    const target = idMap.get(t.target);
    if (source === undefined || target === undefined) throw new ImportError(label, `tie ${i + 1}`, 'the tie refers to a stakeholder that is not on the incoming map');
    const key = tieKey({ source, target, type: t.type });
    if (source === target || seen.has(key)) {
      tiesCollapsed += 1;
      return;
    }
    seen.add(key);
    const id = takenTieIds.has(t.id) ? freshId(takenTieIds, ctx.newId) : t.id;
    if (id !== t.id) idsRenamed += 1;
    takenTieIds.add(id);
    addedTies.push({ ...t, id, source, target, source_map: label, updatedAt: ctx.now });
  });

  const stakeholders = [...base.stakeholders.map((s) => mergedInto.get(s.id) ?? s), ...added];
  const anchor = incoming.coalition.anchorId === null ? undefined : idMap.get(incoming.coalition.anchorId);
  const anchorIsOrganization = stakeholders.some((s) => s.id === anchor && s.kind === 'organization');
  const next: MapDocument = {
    ...base,
    coalition: fillCoalition(base.coalition, incoming.coalition, { catalog, incomingAnchor: anchorIsOrganization ? (anchor ?? null) : null }),
    stakeholders,
    ties: [...base.ties, ...addedTies],
  };
  const checked = mapDocumentSchema.safeParse(next);
  if (!checked.success) {
    throw new ImportError(label, null, `the merged map would not be valid, so nothing was merged:\n${describeSchemaError(checked.error)}`);
  }
  const summary: MergeSummary = {
    stakeholdersAdded: added.length,
    stakeholdersMerged: accepted.size,
    tiesAdded: addedTies.length,
    tiesCollapsed,
    idsRenamed,
    servicesAdded: catalog.added,
  };
  return { map: next, summary, idMap, sourceLabel: label };
}
