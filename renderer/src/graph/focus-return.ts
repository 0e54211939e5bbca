// Pure: leaving a focus (a neighbourhood, an insight's highlight) returns the map to the view it had
// before the focus moved it. The view is remembered when a focus starts, kept while one focus follows
// another (widening from 1 to 2 steps), and handed back once when the last focus ends.

export interface FocusReturn<V> {
  /** The view to remember from now on (null when no focus is on). */
  readonly saved: V | null;
  /** The view to go back to now, or null to leave the view where it is. */
  readonly restore: V | null;
}

export function focusReturn<V>(saved: V | null, focusOn: boolean, current: V): FocusReturn<V> {
  if (focusOn) return { saved: saved ?? current, restore: null };
  return { saved: null, restore: saved };
}
