// React's view of the store: components read slices with useAppState and act through useActions.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AppState } from './app-state';
import type { Actions, AppStore } from './actions';
import { displayState } from '../safety/presentation-state';

export const StoreContext = createContext<AppStore | null>(null);

function useStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The app store is missing (StoreContext.Provider not set).');
  return store;
}

/**
 * Re-renders only when the selected slice changes (compare by identity, so select stable values).
 * Views see the state as presentation mode shows it: confidential people already redacted.
 */
export function useAppState<T>(select: (state: AppState) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(displayState(store.getState())));
}

export function useActions(): Actions {
  return useStore().actions;
}
