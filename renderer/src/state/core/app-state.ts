// What the window knows at any moment. Everything here is plain data; the store replaces it whole.
import type { CategoryId } from '../../../../shared/categories';
import type { MapFileInfo, MapProblem, Notice } from '../../../../shared/ipc';
import type { MapDocument, Stage } from '../../../../shared/model';
import { noDrafts, type Drafts } from './drafts';
import { emptyHistory, type History } from './history';
import { initialInsightsState, type InsightsState } from '../insights/insights-state';
import { initialSecurityState, type SecurityState } from '../safety/security-state';

export type View = 'map' | 'list';
export type CategoryFilter = CategoryId | 'uncategorized';

/** Empty lists mean "no filter": everything shows. */
export interface Filters {
  readonly categories: readonly CategoryFilter[];
  readonly stages: readonly Stage[];
  readonly text: string;
}

export interface NoticeItem extends Notice {
  readonly id: number;
}

/** The side panel shows nothing, a blank form for a new stakeholder, or the selected one. */
export type PanelMode = 'closed' | 'adding' | 'selected';

export interface AppState {
  readonly phase: 'starting' | 'ready' | 'problem';
  readonly file: MapFileInfo | null;
  readonly map: MapDocument | null;
  readonly problem: MapProblem | null;
  readonly history: History;
  /**
   * A shared map's sync holds a change of this organizer's own that Undo can take back once the
   * window's own history is empty (the others' changes taken in: state/sharing/shared-undo.ts).
   */
  readonly sharedUndo: boolean;
  /** Number of saves in flight; the toolbar shows "Saving…" while it is above zero. */
  readonly pendingSaves: number;
  readonly lastSavedAt: string | null;
  readonly notices: readonly NoticeItem[];
  readonly selection: string | null;
  readonly panel: PanelMode;
  readonly view: View;
  readonly filters: Filters;
  /** Changes whenever a different map is loaded, so the map view knows to start afresh. */
  readonly mapSession: number;
  /** Bumped to ask the map view to centre on the selection (search, list). */
  readonly focusRequest: number;
  /** Bumped to ask the map view to fit the whole map in the window (menu View → Fit). */
  readonly fitRequest: number;
  /** The analysis, the highlight it asks for, and how the map is sized and coloured. */
  readonly insights: InsightsState;
  /** Encryption, presentation mode and auto-lock (views read the map through presentation-state). */
  readonly security: SecurityState;
  /** Typed work not saved yet (panel forms, step notes), per record. */
  readonly drafts: Drafts;
  /** Rows ticked in the list for the bulk bar, in the order they were shown. */
  readonly checked: readonly string[];
}

export const noFilters: Filters = { categories: [], stages: [], text: '' };

export const initialState: AppState = {
  phase: 'starting',
  file: null,
  map: null,
  problem: null,
  history: emptyHistory,
  sharedUndo: false,
  pendingSaves: 0,
  lastSavedAt: null,
  notices: [],
  selection: null,
  panel: 'closed',
  view: 'map',
  filters: noFilters,
  mapSession: 0,
  focusRequest: 0,
  fitRequest: 0,
  insights: initialInsightsState,
  security: initialSecurityState,
  drafts: noDrafts,
  checked: [],
};
