// Pure: which stakeholders an insight names, as a Highlight, and which of them are still on the map.
// Every label says in words what is highlighted, so the highlight bar can name it.
import type { AnalysisWarning, CoreCandidate, CoreGroup, Insights, RecruitmentSuggestion, ServiceRow } from '../../../../shared/analysis';
import { categoryInfo, type CategoryId } from '../../../../shared/categories';
import type { MapDocument } from '../../../../shared/model';
import { isMember } from '../../../../shared/model';
import type { Highlight } from './insights-state';

export type NameOf = (id: string) => string;

/** Each answer's names, indexed once: three sections ask for them in the same render (20,000 people on a big map). */
const namesOfAnswer = new WeakMap<Insights, NameOf>();

/** Names as the analysis reported them (a stakeholder removed since then reads as "a stakeholder"). */
export function namesFrom(insights: Insights): NameOf {
  const known = namesOfAnswer.get(insights);
  if (known !== undefined) return known;
  const names = new Map(insights.stakeholders.map((s) => [s.id, s.name]));
  const nameOf: NameOf = (id) => names.get(id) ?? 'a stakeholder';
  namesOfAnswer.set(insights, nameOf);
  return nameOf;
}

export function categoryHighlight(insights: Insights, category: CategoryId, scope: 'members' | 'map'): Highlight {
  const ids = insights.stakeholders
    .filter((s) => s.categories.includes(category) && (scope === 'map' || isMember(s)))
    .map((s) => s.id);
  const label = categoryInfo(category).label.toLowerCase();
  return { ids, label: scope === 'map' ? `Everyone on the map who is ${label}` : `Members who are ${label}` };
}

export function serviceHighlight(row: ServiceRow): Highlight {
  return { ids: row.providers, label: `Providers of ${row.label.toLowerCase()}` };
}

export function uncoordinatedHighlight(row: ServiceRow, pair: readonly [string, string], nameOf: NameOf): Highlight {
  return { ids: [...pair], label: `${nameOf(pair[0])} and ${nameOf(pair[1])}: both offer ${row.label.toLowerCase()}, with no tie between them` };
}

export function candidateHighlight(candidate: CoreCandidate): Highlight {
  return { ids: [candidate.id], label: `Core candidate ${candidate.name}` };
}

export function coreGroupHighlight(group: CoreGroup): Highlight {
  return { ids: group.members, label: 'The core group' };
}

/** The whole warm path, introducer first, so the map shows who introduces whom through whom. */
export function recruitmentHighlight(suggestion: RecruitmentSuggestion, nameOf: NameOf): Highlight {
  if (suggestion.path.length === 0) return { ids: [suggestion.id], label: `${suggestion.name}: no member can reach them yet` };
  const via = suggestion.path.slice(1, -1).map(nameOf);
  const introducer = suggestion.introducer === null ? '' : `, introduced by ${nameOf(suggestion.introducer)}`;
  return {
    ids: suggestion.path,
    label: `${suggestion.name}${introducer}${via.length > 0 ? ` through ${via.join(', ')}` : ''}`,
  };
}

export function warningHighlight(warning: AnalysisWarning): Highlight {
  return { ids: warning.stakeholders, label: warning.message };
}

export function communityHighlight(insights: Insights, community: number): Highlight {
  const ids = insights.stakeholders.filter((s) => s.community === community).map((s) => s.id);
  return { ids, label: `Group ${community + 1} (found by the community detection)` };
}

/** The highlighted ids that still exist on the map; null when nothing is highlighted. */
export function highlightedOnMap(highlight: Highlight | null, map: MapDocument | null): ReadonlySet<string> | null {
  if (!highlight || !map) return null;
  const present = new Set(map.stakeholders.map((s) => s.id));
  return new Set(highlight.ids.filter((id) => present.has(id)));
}

/** The people of one committee carrying a category, as the coverage section scoped to it counts them. */
export function committeeCategoryHighlight(insights: Insights, committee: { readonly name: string; readonly memberIds: readonly string[] }, category: CategoryId): Highlight {
  const onCommittee = new Set(committee.memberIds);
  const ids = insights.stakeholders.filter((s) => onCommittee.has(s.id) && s.categories.includes(category)).map((s) => s.id);
  return { ids, label: `People on ${committee.name} who are ${categoryInfo(category).label.toLowerCase()}` };
}
