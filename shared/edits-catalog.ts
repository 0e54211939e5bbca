// Saving the coalition profile as one pure edit. The service catalog is the list every other
// service reference points into, so taking a service out of it also takes it out of the services
// wanted and out of every stakeholder who offered it: no reference is left pointing at nothing.
import { EditError, updateCoalition } from './edits';
import type { Coalition, MapDocument, ServiceCatalogEntry, Stakeholder } from './model';
import { slugOf } from './slug';

/** Catalog ids the edit drops: in the old catalog, not in the new one. */
export function removedServiceIds(before: readonly ServiceCatalogEntry[], after: readonly ServiceCatalogEntry[]): string[] {
  const kept = new Set(after.map((s) => s.id));
  return before.filter((s) => !kept.has(s.id)).map((s) => s.id);
}

/** Stakeholders who offer any of the given services (to tell the user before they are removed). */
export function providersOf(map: MapDocument, serviceIds: readonly string[]): Stakeholder[] {
  const wanted = new Set(serviceIds);
  return map.stakeholders.filter((s) => s.services.some((id) => wanted.has(id)));
}

/** "Peer support (groups)" -> "peer-support-groups", made unique among `taken` with -2, -3, ... */
export function serviceIdFor(label: string, taken: ReadonlySet<string>): string {
  const stem = slugOf(label) || 'service';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function checkCatalog(catalog: readonly ServiceCatalogEntry[]): void {
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const entry of catalog) {
    const label = entry.label.trim();
    if (label === '') throw new EditError('Every service in the catalog needs a name.');
    if (ids.has(entry.id)) throw new EditError(`The service catalog lists the id "${entry.id}" twice.`);
    if (labels.has(label.toLowerCase())) throw new EditError(`The service catalog lists “${label}” twice.`);
    ids.add(entry.id);
    labels.add(label.toLowerCase());
  }
}

/**
 * Replaces the coalition profile. Services removed from the catalog are also removed from the
 * services wanted and from each stakeholder's services (those stakeholders get a new `updatedAt`);
 * renaming a service keeps its id, so nothing else changes. Refuses a duplicated service or an
 * anchor that is not an organization on the map.
 */
export function applyCoalitionProfile(map: MapDocument, profile: Coalition, ctx: { readonly now: string }): MapDocument {
  checkCatalog(profile.serviceCatalog);
  const removed = new Set(removedServiceIds(map.coalition.serviceCatalog, profile.serviceCatalog));
  const inCatalog = new Set(profile.serviceCatalog.map((s) => s.id));
  const servicesWanted = [...new Set(profile.servicesWanted)].filter((id) => inCatalog.has(id));
  const stakeholders =
    removed.size === 0
      ? map.stakeholders
      : map.stakeholders.map((s): Stakeholder => {
          if (!s.services.some((id) => removed.has(id))) return s;
          return { ...s, services: s.services.filter((id) => !removed.has(id)), updatedAt: ctx.now };
        });
  const coalition: Coalition = {
    ...profile,
    name: profile.name.trim(),
    serviceCatalog: profile.serviceCatalog.map((s) => ({ id: s.id, label: s.label.trim() })),
    servicesWanted,
  };
  // Tasks that served a goal the profile removed stay, no longer linked to a goal.
  const goalIds = new Set(coalition.goals.map((g) => g.id));
  const tasks = map.tasks.some((t) => t.goalId !== null && !goalIds.has(t.goalId))
    ? map.tasks.map((t) => (t.goalId !== null && !goalIds.has(t.goalId) ? { ...t, goalId: null } : t))
    : map.tasks;
  return updateCoalition({ ...map, stakeholders, tasks }, coalition);
}
