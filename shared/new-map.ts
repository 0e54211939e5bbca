// A fresh, empty map with the defaults a new coalition starts from.
import { CATEGORY_IDS, type CategoryId } from './categories';
import type { CategoryTarget, MapDocument } from './model';
import { MAP_FORMAT, MAP_VERSION } from './schema';
import { DEFAULT_SERVICE_CATALOG } from './services';

/** At least one member in every category, and a fifth of members with lived experience. */
export function defaultTargets(): Record<CategoryId, CategoryTarget> {
  const targets = {} as Record<CategoryId, CategoryTarget>;
  for (const c of CATEGORY_IDS) targets[c] = { minMembers: 1, minShare: c === 'directly-affected' ? 0.2 : 0 };
  return targets;
}

export function emptyMap(name: string): MapDocument {
  return {
    format: MAP_FORMAT,
    version: MAP_VERSION,
    coalition: {
      name,
      focusIssue: '',
      mission: '',
      values: [],
      goals: [],
      area: '',
      serviceCatalog: DEFAULT_SERVICE_CATALOG.map((s) => ({ ...s })),
      servicesWanted: DEFAULT_SERVICE_CATALOG.slice(0, 6).map((s) => s.id),
      targets: defaultTargets(),
      anchorId: null,
    },
    stakeholders: [],
    ties: [],
    steps: [],
    meetings: [],
    tasks: [],
    committees: [],
    snapshots: [],
    roles: [],
    oriented: [],
    unsafePlaces: [],
    evaluations: [],
  };
}
