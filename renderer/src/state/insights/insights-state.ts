// What the window knows about the analysis and how the map presents it. Plain data, kept in the
// app store under `insights`, changed only through the insights actions.
import type { Insights } from '../../../../shared/analysis';

import type { ColourField, LayoutChoice, LookFilter, SizeField } from '../../../../shared/views';

/** The figure a node's size shows: a measure (`influence` is the stakeholder's own rating, no analysis needed) or a numeric custom field. */
export type SizeFigure = SizeField;
/** The field a node's colour shows: category (pie slices), community, kind, stage or a custom field. */
export type ColourBy = ColourField;
export type SideTab = 'details' | 'insights';

/** Stakeholders an insight names, shown on the map and in the list; `label` says where they came from. */
export interface Highlight {
  readonly ids: readonly string[];
  readonly label: string;
}

/**
 * Each map handed to the analysis gets the next sequence number. A result or failure is kept only
 * when it answers the newest request, so an answer for an older map can never pass for current.
 */
export interface AnalysisTrack {
  /** The newest request (0 before the first). */
  readonly requested: number;
  /** The newest result accepted; its `seq` is below `requested` while a newer run is on its way. */
  readonly result: { readonly seq: number; readonly insights: Insights } | null;
  readonly failure: { readonly seq: number; readonly message: string } | null;
}

export interface InsightsState {
  readonly analysis: AnalysisTrack;
  readonly highlight: Highlight | null;
  readonly sizeBy: SizeFigure;
  readonly colourBy: ColourBy;
  /** Show only people whose field has this value (the map only; the list keeps its own filters). */
  readonly lookFilter: LookFilter | null;
  /** The layout last chosen, saved with a view. */
  readonly layout: LayoutChoice;
  /** Positions of a layout being previewed (drawn, not saved) until kept or cancelled; null when none. */
  readonly layoutPreview: Readonly<Record<string, { readonly x: number; readonly y: number }>> | null;
  readonly tab: SideTab;
  /** The committee whose people the coverage section counts; null for the whole coalition. */
  readonly coverageScope: string | null;
}

export const initialInsightsState: InsightsState = {
  analysis: { requested: 0, result: null, failure: null },
  highlight: null,
  sizeBy: 'influence',
  colourBy: 'category',
  lookFilter: null,
  layout: { name: 'force', spacing: 1, measure: 'degree' },
  layoutPreview: null,
  tab: 'details',
  coverageScope: null,
};
