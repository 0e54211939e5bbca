// Pure: how big a node is, what colour it takes and whether a highlight lights it or dims it.
// The map's elements ask one NodeLook for all three, so the sidebar's choices and the insights
// panel's highlight reach the picture without the map view knowing about the analysis.
import type { StakeholderFigures } from '../../../shared/analysis';
import type { Stakeholder, Tie } from '../../../shared/model';
import type { ColourBy, SizeFigure } from '../state/insights/insights-state';
import { communityColour } from './community-colours';

export const MIN_NODE_SIZE = 24;
export const MAX_NODE_SIZE = 72;
/** Size of a node the chosen figure knows nothing about yet (added since the last analysis). */
export const UNKNOWN_NODE_SIZE = 34;

export interface LookInput {
  readonly sizeBy: SizeFigure;
  readonly colourBy: ColourBy;
  /** Figures of the newest analysis; null before the first one finishes. */
  readonly figures: readonly StakeholderFigures[] | null;
  /** Ids to light up (everyone else dims); null when nothing is highlighted. */
  readonly highlight: ReadonlySet<string> | null;
}

export interface NodeLook {
  size(s: Stakeholder): number;
  /** A single fill replacing the category pie, or null to keep colouring by category. */
  fill(s: Stakeholder): string | null;
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

function figureSizes(figure: Exclude<SizeFigure, 'influence'>, figures: readonly StakeholderFigures[]): Map<string, number> {
  const values = figures.map((f) => f[figure]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return new Map(figures.map((f) => [f.id, scaleSize(f[figure], min, max)]));
}

export function createNodeLook(input: LookInput): NodeLook {
  const { sizeBy, colourBy, figures, highlight } = input;
  const sizes = sizeBy === 'influence' || !figures ? null : figureSizes(sizeBy, figures);
  const communities = colourBy === 'community' && figures ? new Map(figures.map((f) => [f.id, f.community])) : null;
  const lit = (id: string) => highlight?.has(id) ?? false;
  return {
    size: (s) => (sizeBy === 'influence' ? influenceSize(s) : (sizes?.get(s.id) ?? UNKNOWN_NODE_SIZE)),
    fill: (s) => {
      if (colourBy === 'category') return null;
      const community = communities?.get(s.id);
      return communityColour(community ?? null);
    },
    nodeClasses: (id) => (highlight === null ? [] : [lit(id) ? 'highlighted' : 'dimmed']),
    edgeClasses: (t) => (highlight === null ? [] : [lit(t.source) && lit(t.target) ? 'highlighted' : 'dimmed']),
  };
}

/** The look before any choice: size by influence, colour by category, nothing highlighted. */
export const defaultNodeLook: NodeLook = createNodeLook({ sizeBy: 'influence', colourBy: 'category', figures: null, highlight: null });
