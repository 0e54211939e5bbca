// The one place the views' state passes through presentation mode: `useAppState` reads the window
// state through `displayState`, so every view (map labels, list, panels, insights, tooltips,
// search, notices) gets the redacted map and sentences, and none can forget to ask for them.
// Actions keep working on the real state. Results are cached so React sees stable values.
import type { AppState } from './app-state';
import { createScrub, presentMap } from './presentation';

let lastIn: AppState | null = null;
let lastOut: AppState | null = null;
let mapIn: AppState['map'] = null;
let mapOut: AppState['map'] = null;
let scrub: ReturnType<typeof createScrub> | null = null;
let insightsIn: AppState['insights'] | null = null;
let insightsOut: AppState['insights'] | null = null;
let noticesIn: AppState['notices'] | null = null;
let noticesOut: AppState['notices'] | null = null;

export function displayState(state: AppState): AppState {
  if (!state.security.presenting || state.map === null) return state;
  if (state === lastIn && lastOut) return lastOut;
  if (state.map !== mapIn || scrub === null) {
    mapIn = state.map;
    scrub = createScrub(state.map);
    mapOut = presentMap(state.map, scrub);
    insightsIn = null;
    noticesIn = null;
  }
  if (state.insights !== insightsIn) {
    insightsIn = state.insights;
    insightsOut = scrub(state.insights);
  }
  if (state.notices !== noticesIn) {
    noticesIn = state.notices;
    noticesOut = scrub(state.notices);
  }
  lastIn = state;
  lastOut = { ...state, map: mapOut, insights: insightsOut ?? state.insights, notices: noticesOut ?? state.notices };
  return lastOut;
}
