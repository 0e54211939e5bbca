// The session (the map to reopen) asked for as the window starts, before React and the rest of the
// app are evaluated and drawn, so reading the map file overlaps the window's own start. The page's
// first script (public/ask-session.js) asks while the HTML is read; when it could not (a page
// without it), this module asks as soon as the app's script starts. main.tsx imports this first
// and hands the answer to the store.
import { findWindowCoalition, type RendererApi } from './api';

type Session = ReturnType<RendererApi['startSession']>;

/** Where ask-session.js leaves its answer. */
const EARLY_GLOBAL = '__coalitionEarlySession';

let early: Session | null = null;

function askedByThePage(): Session | null {
  const holder = window as unknown as Record<string, unknown>;
  const answer = holder[EARLY_GLOBAL];
  // Any promise the Node side gave (one made in the preload's world may not be this world's Promise).
  if (typeof (answer as { then?: unknown } | null | undefined)?.then !== 'function') return null;
  // Taken once: a later start asks again.
  delete holder[EARLY_GLOBAL];
  return answer as Session;
}

function askEarly(): void {
  early = askedByThePage();
  if (early) return;
  const api = findWindowCoalition();
  if (!api) return; // the store says the connection is missing when it starts
  // For the bench (test/bench/ui-bench.ts): opening a map counts from here.
  performance.mark('session:asked');
  early = api.startSession({});
  // A failure is reported by the store when it takes the answer, not as an unhandled rejection.
  early.catch(() => undefined);
}

/** The answer asked for at start, once; null afterwards (a later start asks again). */
export function takeEarlySession(): Session | null {
  const taken = early;
  early = null;
  return taken;
}

askEarly();
