// Pure: (map, filters, selection) -> Cytoscape element definitions. Everything the picture shows
// about a stakeholder is in its data and classes here, so the map view only has to apply them. The
// big-map canvas reads the same classes and data through the parts exported here (scene-from-map.ts).
import type { ElementDefinition } from 'cytoscape';
import { categoryInfo, UNCATEGORIZED_COLOUR } from '../../../shared/categories';
import type { MapDocument, Stakeholder, Tie } from '../../../shared/model';
import { KINDS, TIE_TYPES } from '../../../shared/schema';
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

const KIND_INDEX = new Map(KINDS.map((kind, i) => [kind, i]));
/** The classes a node code's bits stand for, above its kind's, in the order the list writes them. */
const NODE_FLAGS = ['anchor', 'confidential', 'uncategorized', 'hidden', 'chosen', 'neighbour', 'faded', 'single-fill', 'ticked'] as const;
const FLAG = Object.fromEntries(NODE_FLAGS.map((name, i) => [name, KINDS.length * 2 ** i])) as Record<(typeof NODE_FLAGS)[number], number>;

/**
 * A node's own classes as one number (its kind and a bit per class the map gives it); the canvas
 * keys its looks on it, so 20,000 nodes need no string each (nodeClassesOf writes the list).
 */
export function nodeCode(s: Stakeholder, context: ElementContext, visible: boolean, fill: string | null): number {
  const { map, selection, neighbours } = context;
  let code = KIND_INDEX.get(s.kind)!;
  if (map.coalition.anchorId === s.id) code += FLAG.anchor;
  if (s.confidential) code += FLAG.confidential;
  if (s.categories.length === 0) code += FLAG.uncategorized;
  if (!visible) code += FLAG.hidden;
  if (selection !== null) code += s.id === selection ? FLAG.chosen : neighbours.has(s.id) ? FLAG.neighbour : FLAG.faded;
  if (fill !== null) code += FLAG['single-fill'];
  if (context.checked?.has(s.id) === true) code += FLAG.ticked;
  return code;
}

/** The classes, space-separated, of a node with this code and the look's own classes for it. */
export function nodeClassesOf(code: number, extra: readonly string[]): string {
  let classes: string = KINDS[code % KINDS.length]!;
  for (const name of NODE_FLAGS) if (Math.floor(code / FLAG[name]) % 2 === 1) classes += ` ${name}`;
  for (const c of extra) classes += ` ${c}`;
  return classes;
}

/** The node's classes, space-separated: everything the look table styles it by. */
export function nodeClasses(s: Stakeholder, context: ElementContext, visible: boolean, fill: string | null): string {
  return nodeClassesOf(nodeCode(s, context, visible, fill), context.look.nodeClasses(s.id));
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

const TIE_TYPE_INDEX = new Map(TIE_TYPES.map((type, i) => [type, i]));
/** Selection marks a tie can carry: none (nothing selected), touching the selection, or faded. */
const SELECTION_MARKS = ['', ' touching', ' faded'] as const;

/**
 * A tie's own classes as one number: its type, whether both ends show, and how it stands to the
 * selection; the canvas keys its looks on it, so 60,000 ties need no string each (edgeClassesOf).
 */
export function edgeCode(t: Tie, visibleNodes: ReadonlySet<string>, selection: string | null): number {
  const hidden = !visibleNodes.has(t.source) || !visibleNodes.has(t.target) ? 1 : 0;
  const mark = selection === null ? 0 : t.source === selection || t.target === selection ? 1 : 2;
  return (TIE_TYPE_INDEX.get(t.type)! * 2 + hidden) * SELECTION_MARKS.length + mark;
}

/** The classes, space-separated, of a tie with this code and the look's own classes for it. */
export function edgeClassesOf(code: number, extra: readonly string[]): string {
  const mark = code % SELECTION_MARKS.length;
  const hidden = Math.floor(code / SELECTION_MARKS.length) % 2 === 1;
  const type = TIE_TYPES[Math.floor(code / SELECTION_MARKS.length / 2)]!;
  let classes: string = type;
  if (TIE_STYLES[type].directed) classes += ' directed';
  if (hidden) classes += ' hidden';
  classes += SELECTION_MARKS[mark];
  for (const c of extra) classes += ` ${c}`;
  return classes;
}

/** The tie's classes, space-separated: its type, direction, whether both ends show, and the selection's and look's marks. */
export function edgeClasses(t: Tie, visibleNodes: ReadonlySet<string>, selection: string | null, look: NodeLook): string {
  return edgeClassesOf(edgeCode(t, visibleNodes, selection), look.edgeClasses(t));
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
