// Pure: (map, filters, selection) -> Cytoscape element definitions. Everything the picture shows
// about a stakeholder is in its data and classes here, so the map view only has to apply them.
import type { ElementDefinition } from 'cytoscape';
import { categoryInfo, UNCATEGORIZED_COLOUR } from '../../../shared/categories';
import type { MapDocument, Stakeholder, Tie } from '../../../shared/model';
import type { Filters } from '../state/core/app-state';
import { matchesFilters } from './filters';
import { defaultNodeLook, type NodeLook } from './node-look';
import { TIE_STYLES } from './tie-styles';

/** Slots for pie slices: one per category. */
export const PIE_SLOTS = 5;

export interface GraphInput {
  readonly map: MapDocument;
  readonly filters: Filters;
  readonly selection: string | null;
  /** People ticked in the list (or Shift+clicked): ringed on the map so the choice shows there too. */
  readonly checked?: ReadonlySet<string>;
  /** Size, fill and highlight; by default influence sizes and categories colour. */
  readonly look?: NodeLook;
  /** Positions shown instead of the saved ones (a layout being previewed). */
  readonly preview?: Readonly<Record<string, { readonly x: number; readonly y: number }>> | null;
}

function neighbourIds(ties: readonly Tie[], id: string | null): Set<string> {
  const result = new Set<string>();
  if (id === null) return result;
  for (const t of ties) {
    if (t.source === id) result.add(t.target);
    if (t.target === id) result.add(t.source);
  }
  return result;
}

/** Pie data: equal slices in category order; unused slots get size 0 (all of them under a single fill). */
function pieData(s: Stakeholder, singleFill: boolean): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  const share = s.categories.length > 0 && !singleFill ? 100 / s.categories.length : 0;
  for (let i = 0; i < PIE_SLOTS; i += 1) {
    const category = s.categories[i];
    data[`pie${i + 1}Colour`] = category ? categoryInfo(category).colour : UNCATEGORIZED_COLOUR;
    data[`pie${i + 1}Size`] = category ? share : 0;
  }
  return data;
}

function positionOf(s: Stakeholder, preview: GraphInput['preview']): { position?: { x: number; y: number } } {
  const p = preview?.[s.id] ?? s.position;
  return p ? { position: { x: p.x, y: p.y } } : {};
}

function nodeElement(s: Stakeholder, input: GraphInput, visible: boolean, neighbours: Set<string>): ElementDefinition {
  const { map, selection } = input;
  const look = input.look ?? defaultNodeLook(map);
  const fill = look.fill(s);
  const classes: string[] = [s.kind];
  if (map.coalition.anchorId === s.id) classes.push('anchor');
  if (s.confidential) classes.push('confidential');
  if (s.categories.length === 0) classes.push('uncategorized');
  if (!visible) classes.push('hidden');
  if (selection !== null) classes.push(s.id === selection ? 'chosen' : neighbours.has(s.id) ? 'neighbour' : 'faded');
  if (fill !== null) classes.push('single-fill');
  if (input.checked?.has(s.id) === true) classes.push('ticked');
  classes.push(...look.nodeClasses(s.id));
  const first = s.categories[0];
  return {
    group: 'nodes',
    data: {
      id: s.id,
      label: s.name,
      kind: s.kind,
      colour: fill ?? (first ? categoryInfo(first).colour : UNCATEGORIZED_COLOUR),
      size: look.size(s),
      ...pieData(s, fill !== null),
    },
    classes: classes.join(' '),
    ...positionOf(s, input.preview ?? null),
  };
}

function edgeElement(t: Tie, visibleNodes: Set<string>, selection: string | null, look: NodeLook): ElementDefinition {
  const style = TIE_STYLES[t.type];
  const classes: string[] = [t.type];
  if (style.directed) classes.push('directed');
  if (!visibleNodes.has(t.source) || !visibleNodes.has(t.target)) classes.push('hidden');
  if (selection !== null) classes.push(t.source === selection || t.target === selection ? 'touching' : 'faded');
  classes.push(...look.edgeClasses(t));
  return { group: 'edges', data: { id: t.id, source: t.source, target: t.target, type: t.type, strength: t.strength }, classes: classes.join(' ') };
}

export function buildElements(input: GraphInput): ElementDefinition[] {
  const { map, filters, selection } = input;
  const neighbours = neighbourIds(map.ties, selection);
  const visible = new Set<string>();
  const look = input.look ?? defaultNodeLook(map);
  const withLook = { ...input, look };
  const nodes = map.stakeholders.map((s) => {
    const shown = matchesFilters(s, filters, { text: false }) && look.shows(s);
    if (shown) visible.add(s.id);
    return nodeElement(s, withLook, shown, neighbours);
  });
  return [...nodes, ...map.ties.map((t) => edgeElement(t, visible, selection, look))];
}
