// The coalition profile side of merging two maps: the base map's profile stays as its organizer
// wrote it, the incoming one only fills blanks, and the two service catalogs become one.
import { serviceIdFor } from '../edits-catalog';
import type { Coalition, ServiceCatalogEntry } from '../model';

export interface UnitedCatalog {
  readonly catalog: ServiceCatalogEntry[];
  /** Incoming service id -> the id it has in the united catalog. */
  readonly serviceIds: ReadonlyMap<string, string>;
  readonly added: number;
}

function labelKey(label: string): string {
  return label.trim().toLowerCase();
}

/**
 * A service with the same name (ignoring case) is the same service, whatever its id. An incoming
 * id the base already uses for a differently named service gets a fresh id, so "legal" in one map
 * never silently becomes the other map's unrelated "legal".
 */
export function uniteCatalogs(base: readonly ServiceCatalogEntry[], incoming: readonly ServiceCatalogEntry[]): UnitedCatalog {
  const catalog = [...base];
  const byLabel = new Map(base.map((s) => [labelKey(s.label), s.id]));
  const taken = new Set(base.map((s) => s.id));
  const serviceIds = new Map<string, string>();
  let added = 0;
  for (const entry of incoming) {
    const sameName = byLabel.get(labelKey(entry.label));
    if (sameName !== undefined) {
      serviceIds.set(entry.id, sameName);
      continue;
    }
    const id = taken.has(entry.id) ? serviceIdFor(entry.label, taken) : entry.id;
    catalog.push({ id, label: entry.label });
    byLabel.set(labelKey(entry.label), id);
    taken.add(id);
    serviceIds.set(entry.id, id);
    added += 1;
  }
  return { catalog, serviceIds, added };
}

/** Service ids moved into the united catalog, without repeats; ids not in the catalog stay as they were. */
export function remapServices(ids: readonly string[], serviceIds: ReadonlyMap<string, string>): string[] {
  return [...new Set(ids.map((id) => serviceIds.get(id) ?? id))];
}

function fill(mine: string, theirs: string): string {
  return mine.trim() !== '' ? mine : theirs;
}

function fillList<T>(mine: readonly T[], theirs: readonly T[]): T[] {
  return mine.length > 0 ? [...mine] : [...theirs];
}

export interface ProfileFillInput {
  readonly catalog: UnitedCatalog;
  /** The incoming anchor's id in the merged map, when it is an organization there; else null. */
  readonly incomingAnchor: string | null;
}

/**
 * The base profile with its blanks filled from the incoming one. Targets are never taken from the
 * incoming map: they are a decision of the coalition that owns the base map, not a blank.
 */
export function fillCoalition(base: Coalition, incoming: Coalition, input: ProfileFillInput): Coalition {
  return {
    ...base,
    focusIssue: fill(base.focusIssue, incoming.focusIssue),
    mission: fill(base.mission, incoming.mission),
    area: fill(base.area, incoming.area),
    values: fillList(base.values, incoming.values),
    goals: fillList(base.goals, incoming.goals),
    serviceCatalog: input.catalog.catalog,
    servicesWanted: fillList(base.servicesWanted, remapServices(incoming.servicesWanted, input.catalog.serviceIds)),
    anchorId: base.anchorId ?? input.incomingAnchor,
  };
}
