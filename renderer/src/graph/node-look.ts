// Pure: how big a node is, what colour it takes, whether the look's filter shows it and whether a
// highlight lights it or dims it.
// The map's elements ask one NodeLook for all three, so the sidebar's choices and the insights
// panel's highlight reach the picture without the map view knowing about the analysis.
import type { StakeholderFigures } from '../../../shared/analysis';
import type { MapDocument, Stakeholder, Tie } from '../../../shared/model';
import type { ColourField, LookFilter, SizeField } from '../../../shared/views';
import { colourEncoding, passesLookFilter, sizeValue, type ColourEncoding } from './encodings';

export const MIN_NODE_SIZE = 24;
export const MAX_NODE_SIZE = 72;
/** Size of a node the chosen figure knows nothing about yet (added since the last analysis). */
export const UNKNOWN_NODE_SIZE = 34;

export interface LookInput {
  readonly map: MapDocument;
  readonly sizeBy: SizeField;
  readonly colourBy: ColourField;
  /** Show only people whose field has this value; null shows everyone. */
  readonly filter?: LookFilter | null;
  /** Figures of the newest analysis; null before the first one finishes. */
  readonly figures: readonly StakeholderFigures[] | null;
  /** Ids to light up (everyone else dims); null when nothing is highlighted. */
  readonly highlight: ReadonlySet<string> | null;
}

export interface NodeLook {
  size(s: Stakeholder): number;
  /** A single fill replacing the category pie, or null to keep colouring by category. */
  fill(s: Stakeholder): string | null;
  /** Whether the look's filter lets the stakeholder show. */
  shows(s: Stakeholder): boolean;
  /** How the colour field maps to colours (the legend reads it); null when colouring by category pies. */
  readonly colours: ColourEncoding | null;
  nodeClasses(id: string): readonly string[];
  edgeClasses(t: Tie): readonly string[];
}

/** Today's sizing by the stakeholder's own influence rating (1-5; unrated counts as 2). */
export function influenceSize(s: Stakeholder): number {
  return 30 + (s.influence ?? 2) * 6;
}

/**
 * Maps a figure onto the size range. The node's area (not its width) grows with the figure, which
 * reads fairly to the eye and keeps a few high-betweenness brokers from dwarfing everyone else.
 */
export function scaleSize(value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || !(max > min)) return (MIN_NODE_SIZE + MAX_NODE_SIZE) / 2;
  const t = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(t);
}

function sizesBy(field: SizeField, map: MapDocument, figures: ReadonlyMap<string, StakeholderFigures> | null): ReadonlyMap<string, number> {
  const values = map.stakeholders.map((s) => [s.id, sizeValue(s, field, figures)] as const).filter(([, v]) => Number.isFinite(v));
  let min = Infinity;
  let max = -Infinity;
  for (const [, v] of values) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return new Map(values.map(([id, v]) => [id, scaleSize(v, min, max)]));
}

export function createNodeLook(input: LookInput): NodeLook {
  const { map, sizeBy, colourBy, highlight } = input;
  const figures = input.figures ? new Map(input.figures.map((f) => [f.id, f])) : null;
  const sizes = sizeBy === 'influence' ? null : sizesBy(sizeBy, map, figures);
  const colours = colourBy === 'category' ? null : colourEncoding(map, colourBy, figures);
  const filter = input.filter ?? null;
  const lit = (id: string) => highlight?.has(id) ?? false;
  return {
    size: (s) => (sizes === null ? influenceSize(s) : (sizes.get(s.id) ?? UNKNOWN_NODE_SIZE)),
    fill: (s) => colours?.colourOf(s) ?? null,
    shows: (s) => passesLookFilter(s, filter, figures),
    colours,
    nodeClasses: (id) => (highlight === null ? [] : [lit(id) ? 'highlighted' : 'dimmed']),
    edgeClasses: (t) => (highlight === null ? [] : [lit(t.source) && lit(t.target) ? 'highlighted' : 'dimmed']),
  };
}

/** The look before any choice: size by influence, colour by category, nothing highlighted. */
export function defaultNodeLook(map: MapDocument): NodeLook {
  return createNodeLook({ map, sizeBy: 'influence', colourBy: 'category', figures: null, highlight: null });
}
