// Asks the Node side for the session (the map to reopen) as soon as the window's script starts,
// before React and the rest of the app are evaluated and drawn, so reading the map file overlaps
// the window's own start. main.tsx imports this first and hands the answer to the store.
import { findWindowCoalition, type RendererApi } from './api';

type Session = ReturnType<RendererApi['startSession']>;

let early: Session | null = null;

function askEarly(): void {
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
