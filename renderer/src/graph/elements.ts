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

/** A pie slot's colour (0-based slot): its category's, or the uncategorized grey for an unused slot. */
export function pieColour(s: Stakeholder, slot: number): string {
  const category = s.categories[slot];
  return category ? categoryInfo(category).colour : UNCATEGORIZED_COLOUR;
}

/** A pie slot's size in percent: equal slices in category order; 0 for unused slots, and for all under a single fill. */
export function pieSize(s: Stakeholder, slot: number, singleFill: boolean): number {
  return s.categories[slot] && !singleFill ? 100 / s.categories.length : 0;
}

function pieData(s: Stakeholder, singleFill: boolean): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  for (let i = 0; i < PIE_SLOTS; i += 1) {
    data[`pie${i + 1}Colour`] = pieColour(s, i);
    data[`pie${i + 1}Size`] = pieSize(s, i, singleFill);
  }
  return data;
}

/** The node's fill: the look's single fill, else its first category's colour. */
export function nodeColour(s: Stakeholder, fill: string | null): string {
  return fill ?? pieColour(s, 0);
}

/** Where the node is drawn: the previewed layout's place, else its saved one; undefined while unplaced. */
export function placeOf(s: Stakeholder, preview: GraphInput['preview']): { readonly x: number; readonly y: number } | undefined {
  return preview?.[s.id] ?? s.position;
}

/** What every element of one build shares. */
export interface ElementContext {
  readonly map: MapDocument;
  readonly selection: string | null;
  readonly checked: ReadonlySet<string> | undefined;
  readonly look: NodeLook;
  readonly neighbours: ReadonlySet<string>;
}

export function elementContext(input: GraphInput): ElementContext {
  return { map: input.map, selection: input.selection, checked: input.checked, look: input.look ?? defaultNodeLook(input.map), neighbours: neighbourIds(input.map.ties, input.selection) };
}

/** Whether the filters and the look's own filter let the stakeholder show. */
export function isShown(s: Stakeholder, filters: Filters, look: NodeLook): boolean {
  return matchesFilters(s, filters, { text: false }) && look.shows(s);
}

/**
 * The node's classes, space-separated: everything the look table styles it by. Written as one
 * string (no list to join) since the canvas builds it for each of a big map's 20,000 nodes.
 */
export function nodeClasses(s: Stakeholder, context: ElementContext, visible: boolean, fill: string | null): string {
  const { map, selection, neighbours, look } = context;
  let classes: string = s.kind;
  if (map.coalition.anchorId === s.id) classes += ' anchor';
  if (s.confidential) classes += ' confidential';
  if (s.categories.length === 0) classes += ' uncategorized';
  if (!visible) classes += ' hidden';
  if (selection !== null) classes += s.id === selection ? ' chosen' : neighbours.has(s.id) ? ' neighbour' : ' faded';
  if (fill !== null) classes += ' single-fill';
  if (context.checked?.has(s.id) === true) classes += ' ticked';
  for (const c of look.nodeClasses(s.id)) classes += ` ${c}`;
  return classes;
}

function nodeElement(s: Stakeholder, context: ElementContext, visible: boolean, preview: GraphInput['preview']): ElementDefinition {
  const fill = context.look.fill(s);
  const place = placeOf(s, preview);
  return {
    group: 'nodes',
    data: {
      id: s.id,
      label: s.name,
      kind: s.kind,
      colour: nodeColour(s, fill),
      size: context.look.size(s),
      ...pieData(s, fill !== null),
    },
    classes: nodeClasses(s, context, visible, fill),
    ...(place ? { position: { x: place.x, y: place.y } } : {}),
  };
}

/** The tie's classes, space-separated: its type, direction, whether both ends show, and the selection's and look's marks. */
export function edgeClasses(t: Tie, visibleNodes: ReadonlySet<string>, selection: string | null, look: NodeLook): string {
  let classes: string = t.type;
  if (TIE_STYLES[t.type].directed) classes += ' directed';
  if (!visibleNodes.has(t.source) || !visibleNodes.has(t.target)) classes += ' hidden';
  if (selection !== null) classes += t.source === selection || t.target === selection ? ' touching' : ' faded';
  for (const c of look.edgeClasses(t)) classes += ` ${c}`;
  return classes;
}

function edgeElement(t: Tie, visibleNodes: ReadonlySet<string>, selection: string | null, look: NodeLook): ElementDefinition {
  return { group: 'edges', data: { id: t.id, source: t.source, target: t.target, type: t.type, strength: t.strength }, classes: edgeClasses(t, visibleNodes, selection, look) };
}

export function buildElements(input: GraphInput): ElementDefinition[] {
  const context = elementContext(input);
  const visible = new Set<string>();
  const nodes = input.map.stakeholders.map((s) => {
    const shown = isShown(s, input.filters, context.look);
    if (shown) visible.add(s.id);
    return nodeElement(s, context, shown, input.preview ?? null);
  });
  return [...nodes, ...input.map.ties.map((t) => edgeElement(t, visible, input.selection, context.look))];
}
