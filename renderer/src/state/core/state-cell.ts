// The store's one cell of state: read it, replace part of it, and hear of every change. Listeners
// (React's useSyncExternalStore) run after each write.
import type { AppState } from './app-state';

export type StateUpdate = Partial<AppState> | ((s: AppState) => Partial<AppState>);

export interface StateCell {
  getState(): AppState;
  setState(update: StateUpdate): void;
  subscribe(listener: () => void): () => void;
}

export function createStateCell(initial: AppState): StateCell {
  let state = initial;
  const listeners = new Set<() => void>();
  const getState = (): AppState => state;
  const setState = (update: StateUpdate): void => {
    const patch = typeof update === 'function' ? update(state) : update;
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return { getState, setState, subscribe };
}
