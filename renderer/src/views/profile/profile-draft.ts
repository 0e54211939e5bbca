// The profile editor's working copy and its checks, kept apart from React so they can be tested
// plainly. Numbers stay as typed text until Save, so a half-typed value is never silently changed.
import { CATEGORY_IDS, type CategoryId } from '../../../../shared/categories';
import { providersOf, removedServiceIds, serviceIdFor } from '../../../../shared/edits-catalog';
import { goalsFromLines } from '../../../../shared/journey/goals';
import type { CategoryTarget, Coalition, MapDocument, ServiceCatalogEntry } from '../../../../shared/model';

export interface TargetDraft {
  readonly minMembers: string;
  /** Percent of members, as typed. */
  readonly minSharePercent: string;
}

export interface ProfileDraft {
  readonly name: string;
  readonly focusIssue: string;
  readonly mission: string;
  readonly values: readonly string[];
  readonly goals: readonly string[];
  readonly area: string;
  readonly services: readonly ServiceCatalogEntry[];
  readonly servicesWanted: readonly string[];
  readonly targets: Readonly<Record<CategoryId, TargetDraft>>;
  /** '' means no anchor organization. */
  readonly anchorId: string;
}

/** Field key -> message; keys are "name", "values.2", "services.<id>", "targets.<category>.minMembers". */
export type ProfileErrors = Readonly<Record<string, string>>;

export const LIMITS = { shortText: 500, mission: 20_000, name: 200, listItems: 50, services: 500, serviceLabel: 200, minMembers: 10_000 } as const;

/** 0.2 -> "20"; 0.125 -> "12.5" (rounded so float noise never shows). */
export function percentText(share: number): string {
  return String(Math.round(share * 100 * 100) / 100);
}

export function draftFromCoalition(c: Coalition): ProfileDraft {
  const targets = {} as Record<CategoryId, TargetDraft>;
  for (const id of CATEGORY_IDS) {
    const t = c.targets[id];
    targets[id] = { minMembers: String(t.minMembers), minSharePercent: percentText(t.minShare) };
  }
  return {
    name: c.name,
    focusIssue: c.focusIssue,
    mission: c.mission,
    values: [...c.values],
    goals: c.goals.map((g) => g.title),
    area: c.area,
    services: c.serviceCatalog.map((s) => ({ ...s })),
    servicesWanted: [...c.servicesWanted],
    targets,
    anchorId: c.anchorId ?? '',
  };
}

/**
 * Adds a service to the draft's catalog under a fresh id. Ids of services removed in this editing
 * session stay taken, so a new service never inherits an old one's providers by accident.
 */
export function addService(draft: ProfileDraft, label: string, original: readonly ServiceCatalogEntry[]): ProfileDraft {
  const taken = new Set([...draft.services.map((s) => s.id), ...original.map((s) => s.id)]);
  return { ...draft, services: [...draft.services, { id: serviceIdFor(label, taken), label: label.trim() }] };
}

export function removeService(draft: ProfileDraft, id: string): ProfileDraft {
  return { ...draft, services: draft.services.filter((s) => s.id !== id), servicesWanted: draft.servicesWanted.filter((w) => w !== id) };
}

/** Why a new service's name cannot be added, or null when it can. */
export function newServiceProblem(draft: ProfileDraft, label: string): string | null {
  const trimmed = label.trim();
  if (trimmed === '') return 'Type the service’s name first.';
  if (trimmed.length > LIMITS.serviceLabel) return `Keep the name under ${LIMITS.serviceLabel} characters.`;
  if (draft.services.some((s) => s.label.trim().toLowerCase() === trimmed.toLowerCase())) return `“${trimmed}” is already in the catalog.`;
  if (draft.services.length >= LIMITS.services) return `The catalog holds at most ${LIMITS.services} services.`;
  return null;
}

function parseWhole(text: string, max: number): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n <= max ? n : null;
}

function parsePercent(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n <= 100 ? n : null;
}

function checkList(list: readonly string[], key: 'values' | 'goals', errors: Record<string, string>): void {
  list.forEach((item, i) => {
    if (item.trim() === '') errors[`${key}.${i}`] = 'Write something here, or remove this line.';
    else if (item.length > LIMITS.shortText) errors[`${key}.${i}`] = `Keep this under ${LIMITS.shortText} characters.`;
  });
  if (list.length > LIMITS.listItems) errors[key] = `At most ${LIMITS.listItems} lines.`;
}

/** Checks every field; returns the profile to save, or the problems to show beside the fields. */
export function validateDraft(draft: ProfileDraft, map: MapDocument): { readonly profile: Coalition } | { readonly errors: ProfileErrors } {
  const errors: Record<string, string> = {};
  if (draft.name.trim() === '') errors.name = 'The coalition needs a name.';
  else if (draft.name.trim().length > LIMITS.name) errors.name = `Keep the name under ${LIMITS.name} characters.`;
  if (draft.focusIssue.length > LIMITS.shortText) errors.focusIssue = `Keep the focus issue under ${LIMITS.shortText} characters.`;
  if (draft.area.length > LIMITS.shortText) errors.area = `Keep the area under ${LIMITS.shortText} characters.`;
  if (draft.mission.length > LIMITS.mission) errors.mission = `Keep the mission under ${LIMITS.mission.toLocaleString('en')} characters.`;
  checkList(draft.values, 'values', errors);
  checkList(draft.goals, 'goals', errors);

  const seen = new Set<string>();
  for (const s of draft.services) {
    const label = s.label.trim().toLowerCase();
    if (label === '') errors[`services.${s.id}`] = 'A service needs a name (or remove it).';
    else if (s.label.trim().length > LIMITS.serviceLabel) errors[`services.${s.id}`] = `Keep the name under ${LIMITS.serviceLabel} characters.`;
    else if (seen.has(label)) errors[`services.${s.id}`] = 'Another service already has this name.';
    seen.add(label);
  }

  const targets = {} as Record<CategoryId, CategoryTarget>;
  for (const id of CATEGORY_IDS) {
    const t = draft.targets[id];
    const minMembers = parseWhole(t.minMembers, LIMITS.minMembers);
    const percent = parsePercent(t.minSharePercent);
    if (minMembers === null) errors[`targets.${id}.minMembers`] = `A whole number from 0 to ${LIMITS.minMembers.toLocaleString('en')}.`;
    if (percent === null) errors[`targets.${id}.minShare`] = 'A percentage from 0 to 100.';
    targets[id] = { minMembers: minMembers ?? 0, minShare: Number(((percent ?? 0) / 100).toFixed(6)) };
  }

  if (draft.anchorId !== '') {
    const anchor = map.stakeholders.find((s) => s.id === draft.anchorId);
    if (!anchor) errors.anchorId = 'That organization is no longer on the map; choose another.';
    else if (anchor.kind !== 'organization') errors.anchorId = 'Only an organization can be the anchor.';
  }

  if (Object.keys(errors).length > 0) return { errors };
  const inCatalog = new Set(draft.services.map((s) => s.id));
  return {
    profile: {
      name: draft.name.trim(),
      focusIssue: draft.focusIssue.trim(),
      mission: draft.mission.trim(),
      values: draft.values.map((v) => v.trim()),
      // Each line keeps its goal's status, outcome and funders (see goalsFromLines).
      goals: goalsFromLines(draft.goals.map((g) => g.trim()), map.coalition.goals),
      area: draft.area.trim(),
      serviceCatalog: draft.services.map((s) => ({ id: s.id, label: s.label.trim() })),
      servicesWanted: draft.servicesWanted.filter((id) => inCatalog.has(id)),
      targets,
      anchorId: draft.anchorId === '' ? null : draft.anchorId,
    },
  };
}

export interface RemovalImpact {
  readonly label: string;
  readonly wasWanted: boolean;
  readonly providers: readonly string[];
}

/** What removing services from the catalog will also change, to tell the user before saving. */
export function removalImpact(map: MapDocument, profile: Coalition): RemovalImpact[] {
  return removedServiceIds(map.coalition.serviceCatalog, profile.serviceCatalog).map((id) => ({
    label: map.coalition.serviceCatalog.find((s) => s.id === id)?.label ?? id,
    wasWanted: map.coalition.servicesWanted.includes(id),
    providers: providersOf(map, [id]).map((s) => s.name),
  }));
}
