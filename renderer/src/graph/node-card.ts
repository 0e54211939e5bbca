// Pure: what the map's hover card (and the keyboard announcement) says about a stakeholder. It reads
// the map the view is given, which presentation mode has already redacted, so a hidden person shows
// as their placeholder; their organisation is never shown, since it could point to them.
import { categoryInfo } from '../../../shared/categories';
import { STAGE_LABELS } from '../../../shared/labels';
import type { MapDocument } from '../../../shared/model';
import { plural } from '../../../shared/analysis/context';

export interface NodeCard {
  readonly name: string;
  /** Category labels, or "No category". */
  readonly categories: string;
  /** The stage's label ("To contact"), never its id. */
  readonly stage: string;
  /** Organisations they work at (by "works at" ties), empty for confidential people. */
  readonly organisations: readonly string[];
  readonly ties: number;
  readonly confidential: boolean;
}

export function nodeCard(map: MapDocument, id: string): NodeCard | null {
  const s = map.stakeholders.find((x) => x.id === id);
  if (!s) return null;
  const names = new Map(map.stakeholders.map((x) => [x.id, x]));
  let ties = 0;
  const organisations: string[] = [];
  for (const t of map.ties) {
    if (t.source !== id && t.target !== id) continue;
    ties += 1;
    const org = t.type === 'works-at' && t.source === id ? names.get(t.target) : undefined;
    // A confidential organisation's name is not shown beside someone else either.
    if (org && !org.confidential) organisations.push(org.name);
  }
  return {
    name: s.name,
    categories: s.categories.length > 0 ? s.categories.map((c) => categoryInfo(c).label).join(', ') : 'No category',
    stage: STAGE_LABELS[s.stage],
    organisations: s.confidential ? [] : organisations,
    ties,
    confidential: s.confidential,
  };
}

/** One sentence for the screen reader: name, categories, organisation, stage and ties. */
export function announcement(card: NodeCard): string {
  const org = card.organisations.length > 0 ? ` at ${card.organisations.join(', ')}` : '';
  return `${card.name}${card.confidential ? ' (confidential)' : ''}: ${card.categories}${org}. Stage: ${card.stage}. ${plural(card.ties, 'tie')}.`;
}
