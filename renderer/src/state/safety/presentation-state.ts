// The one place the views' state passes through the display rules: `useAppState` reads the window
// state through `displayState`, so every view (map labels, list, panels, insights, tooltips,
// search, notices) gets the redacted map and sentences, and none can forget to ask for them.
// Two rules apply: presentation mode (confidential people become placeholders) and the map's
// "hide sensitive fields" setting (notes, contact, a person's area, lived experience blanked).
// Actions keep working on the real state. Results are cached so React sees stable values.
import type { AppState } from '../core/app-state';
import { withFileNamesOnly } from './file-paths';
import { createScrub, presentMap, type Scrub } from './presentation';
import { createSensitiveScrub, hideSensitiveFields } from './sensitive-fields';

interface Derived {
  readonly map: NonNullable<AppState['map']>;
  readonly presenting: boolean;
  readonly hideSensitive: boolean;
  readonly shownMap: NonNullable<AppState['map']>;
  readonly scrub: Scrub;
}

let lastIn: AppState | null = null;
let lastOut: AppState | null = null;
let derived: Derived | null = null;
let insightsIn: AppState['insights'] | null = null;
let insightsOut: AppState['insights'] | null = null;
let noticesIn: AppState['notices'] | null = null;
let noticesOut: AppState['notices'] | null = null;

function derive(map: NonNullable<AppState['map']>, presenting: boolean, hideSensitive: boolean): Derived {
  // Sensitive values are found in the real map, before presentation blanks some of them.
  const sensitive = hideSensitive ? createSensitiveScrub(map) : null;
  const confidential = presenting ? createScrub(map) : null;
  let shownMap = map;
  if (confidential) shownMap = presentMap(shownMap, confidential);
  if (sensitive) shownMap = hideSensitiveFields(shownMap, sensitive);
  const scrub: Scrub = <T>(value: T): T => {
    const named = confidential ? confidential(value) : value;
    return sensitive ? sensitive(named) : named;
  };
  return { map, presenting, hideSensitive, shownMap, scrub };
}

export function displayState(state: AppState): AppState {
  const { presenting, hideSensitive } = state.security;
  if ((!presenting && !hideSensitive) || state.map === null) return state;
  if (state === lastIn && lastOut) return lastOut;
  if (derived === null || derived.map !== state.map || derived.presenting !== presenting || derived.hideSensitive !== hideSensitive) {
    derived = derive(state.map, presenting, hideSensitive);
    insightsIn = null;
    noticesIn = null;
  }
  if (state.insights !== insightsIn) {
    insightsIn = state.insights;
    insightsOut = derived.scrub(state.insights);
  }
  if (state.notices !== noticesIn) {
    noticesIn = state.notices;
    const scrubbed = derived.scrub(state.notices);
    // A path names the user's folders: presenting shows the file name only.
    noticesOut = presenting ? scrubbed.map((n) => ({ ...n, message: withFileNamesOnly(n.message) })) : scrubbed;
  }
  lastIn = state;
  lastOut = { ...state, map: derived.shownMap, insights: insightsOut ?? state.insights, notices: noticesOut ?? state.notices };
  return lastOut;
}
