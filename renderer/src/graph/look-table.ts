// The map's look as data, read by both renderers: Cytoscape gets it as its stylesheet
// (stylesheet.ts) and the big-map canvas resolves each element from it (look-resolve.ts). A rule
// applies to a group (node or edge, or both) carrying all its classes; later rules win, as in a
// Cytoscape stylesheet. Property names are Cytoscape's; a value is a constant, one field of the
// element's data, or a field mapped linearly onto a range. The parity test runs real headless
// Cytoscape on this table and compares its computed styles with what the canvas resolves.
import { PIE_SLOTS } from './elements';
import { CONFLICT_COLOUR, TIE_COLOUR } from './tie-styles';

export const INK = '#1F2933';
export const SELECTION_COLOUR = '#1D4ED8';
export const HIGHLIGHT_COLOUR = '#F59E0B';
export const HIGHLIGHT_TIE_COLOUR = '#B45309';
export const LINK_SOURCE_COLOUR = '#B45309';
export const TOUCHING_COLOUR = '#52606D';
/**
 * The ring of people ticked for the bulk bar: ink, solid and heavy, which shows on every category
 * colour (the selection's blue did not, on the service providers' blue); the selection's and the
 * highlight's rings, later in the table, win over it.
 */
export const TICKED_COLOUR = INK;
export const TICKED_RING_WIDTH = 5;
export const NODE_BORDER = { colour: '#FFFFFF', width: 1.5 } as const;
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const LABEL_MAX_WIDTH = 140;

/** One field of the element's data. */
export interface DataRef {
  readonly data: string;
}
/** A field mapped linearly from [lo, hi] onto [from, to], clamped. */
export interface MappedRef {
  readonly mapData: readonly [field: string, lo: number, hi: number, from: number, to: number];
}
export type LookValue = string | number | readonly number[] | DataRef | MappedRef;

export interface LookRule {
  readonly group?: 'node' | 'edge';
  readonly classes?: readonly string[];
  /** A pointer state (Cytoscape only: the canvas gives its own feedback while pressing). */
  readonly pointer?: 'active';
  readonly style: Readonly<Record<string, LookValue>>;
}

const pie: Record<string, LookValue> = { 'pie-size': '100%' };
for (let i = 1; i <= PIE_SLOTS; i += 1) {
  pie[`pie-${i}-background-color`] = { data: `pie${i}Colour` };
  pie[`pie-${i}-background-size`] = { data: `pie${i}Size` };
}

const LABEL: Record<string, LookValue> = {
  label: { data: 'label' },
  'font-family': LABEL_FONT_FAMILY,
  'font-size': 12,
  color: INK,
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-wrap': 'ellipsis',
  'text-max-width': `${LABEL_MAX_WIDTH}px`,
  'min-zoomed-font-size': 7,
  'text-background-color': '#FFFFFF',
  'text-background-opacity': 0.75,
  'text-background-padding': '1px',
};

const ring = (colour: string, width: number, style: string) => ({ 'border-width': width, 'border-color': colour, 'border-style': style });
const halo = (colour: string, padding: number, opacity: number) => ({ 'underlay-color': colour, 'underlay-padding': padding, 'underlay-opacity': opacity });

/**
 * Fill by `data(colour)` (category, or the field the user colours by) with pie slices for several
 * categories, shape by kind, a double ring for the anchor, a dashed ring for the confidential, red
 * dashed conflict ties, arrows on directed ties, the selection ringed and haloed in blue, a
 * highlight ringed and haloed in amber (shape plus ring, not colour alone), everything else dimmed.
 */
export const LOOK_TABLE: readonly LookRule[] = [
  {
    group: 'node',
    style: { 'background-color': { data: 'colour' }, width: { data: 'size' }, height: { data: 'size' }, ...ring(NODE_BORDER.colour, NODE_BORDER.width, 'solid'), ...LABEL, ...pie },
  },
  { group: 'node', classes: ['person'], style: { shape: 'ellipse' } },
  { group: 'node', classes: ['organization'], style: { shape: 'round-rectangle' } },
  { group: 'node', classes: ['anchor'], style: { ...ring(INK, 6, 'double'), 'font-weight': 'bold' } },
  { group: 'node', classes: ['confidential'], style: ring(INK, 3, 'dashed') },
  { group: 'node', classes: ['ticked'], style: ring(TICKED_COLOUR, TICKED_RING_WIDTH, 'solid') },
  { group: 'edge', style: { width: { mapData: ['strength', 1, 3, 1.2, 3.6] }, 'line-color': TIE_COLOUR, opacity: 0.8, 'target-arrow-shape': 'none', 'curve-style': 'bezier' } },
  { group: 'edge', classes: ['directed'], style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': TIE_COLOUR, 'arrow-scale': 1.1 } },
  { group: 'edge', classes: ['conflict'], style: { 'line-color': CONFLICT_COLOUR, 'line-style': 'dashed', 'line-dash-pattern': [7, 4], opacity: 1 } },
  { classes: ['faded'], style: { opacity: 0.22, 'text-opacity': 0.35 } },
  { group: 'edge', classes: ['touching'], style: { opacity: 1, 'line-color': TOUCHING_COLOUR, 'target-arrow-color': TOUCHING_COLOUR, 'z-index': 5 } },
  { group: 'edge', classes: ['touching', 'conflict'], style: { 'line-color': CONFLICT_COLOUR } },
  { group: 'node', classes: ['neighbour'], style: { 'z-index': 8 } },
  { group: 'node', classes: ['chosen'], style: { ...ring(INK, 3, 'solid'), ...halo(SELECTION_COLOUR, 8, 0.28), 'z-index': 10, 'font-weight': 'bold' } },
  { group: 'node', classes: ['chosen', 'person'], style: { 'underlay-shape': 'ellipse' } },
  { group: 'node', classes: ['link-source'], style: ring(LINK_SOURCE_COLOUR, 4, 'solid') },
  { classes: ['dimmed'], style: { opacity: 0.16, 'text-opacity': 0.3 } },
  {
    group: 'node',
    classes: ['highlighted'],
    style: { ...ring(INK, 3, 'solid'), ...halo(HIGHLIGHT_COLOUR, 10, 0.55), opacity: 1, 'text-opacity': 1, 'z-index': 9, 'font-weight': 'bold' },
  },
  // The stakeholder open in the panel stays readable under someone else's highlight.
  { group: 'node', classes: ['chosen'], style: { opacity: 1, 'text-opacity': 1 } },
  { group: 'node', classes: ['highlighted', 'person'], style: { 'underlay-shape': 'ellipse' } },
  {
    group: 'edge',
    classes: ['highlighted'],
    style: { 'line-color': HIGHLIGHT_TIE_COLOUR, 'target-arrow-color': HIGHLIGHT_TIE_COLOUR, width: 4, opacity: 1, 'z-index': 7 },
  },
  { classes: ['hidden'], style: { display: 'none' } },
  { group: 'node', pointer: 'active', style: { 'overlay-opacity': 0.12, 'overlay-color': SELECTION_COLOUR } },
];
