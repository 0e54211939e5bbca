// What every answer needs besides the figures: lookups by id, who the members are, and the
// names to show (confidential stakeholders under a placeholder unless the user chose otherwise).
import type { AnalysisMap, AnalysisStakeholder } from './analysis-map';
import { isMember } from '../model';
import type { StructureFigures } from './structure';

export interface AnalysisContext {
  readonly map: AnalysisMap;
  readonly figures: StructureFigures;
  readonly byId: ReadonlyMap<string, AnalysisStakeholder>;
  /** Ids of members (stage member or core), in map order. */
  readonly members: readonly string[];
  readonly memberSet: ReadonlySet<string>;
  /** The name an answer may print for a stakeholder. */
  readonly nameOf: (id: string) => string;
  /** Node index in the figures' graph. */
  readonly indexOf: (id: string) => number;
}

export function confidentialPlaceholder(ordinal: number): string {
  return `Confidential stakeholder ${ordinal}`;
}

export function createContext(map: AnalysisMap, figures: StructureFigures, includeConfidential: boolean): AnalysisContext {
  const byId = new Map(map.stakeholders.map((s) => [s.id, s]));
  const shownName = new Map<string, string>();
  let ordinal = 0;
  for (const s of map.stakeholders) {
    // Placeholders are numbered in map order so the same map always gives the same numbers.
    shownName.set(s.id, s.confidential && !includeConfidential ? confidentialPlaceholder(++ordinal) : s.name);
  }
  const members = map.stakeholders.filter(isMember).map((s) => s.id);
  return {
    map,
    figures,
    byId,
    members,
    memberSet: new Set(members),
    nameOf: (id) => shownName.get(id) ?? id,
    indexOf: (id) => {
      const index = figures.graph.indexOf.get(id);
      if (index === undefined) throw new Error(`analysis: stakeholder "${id}" is not in the graph`);
      return index;
    },
  };
}

/** "A", "A and B", "A, B and 3 others": names in reasons stay short. */
export function listNames(names: readonly string[], limit = 3): string {
  if (names.length === 0) return 'no one';
  if (names.length <= limit) {
    return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  }
  const rest = names.length - (limit - 1);
  return `${names.slice(0, limit - 1).join(', ')} and ${rest} others`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
