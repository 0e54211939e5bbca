// Keyboard shortcuts and application-menu commands, both routed to the same actions.
import { useEffect, useRef, type RefObject } from 'react';
import type { MenuCommand } from '../../../shared/ipc';
import type { Actions } from '../state/core/actions';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

interface Handlers {
  readonly actions: Actions;
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly openNewMap: () => void;
  readonly subscribeMenu: (listener: (command: MenuCommand) => void) => () => void;
}

export function useCommands({ actions, searchRef, openNewMap, subscribeMenu }: Handlers): void {
  const latest = useRef({ actions, openNewMap });
  useEffect(() => {
    latest.current = { actions, openNewMap };
  }, [actions, openNewMap]);

  useEffect(() => {
    const focusSearch = () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    const run = (command: MenuCommand): void => {
      const a = latest.current.actions;
      switch (command) {
        case 'new-map':
          return latest.current.openNewMap();
        case 'new-sample-map':
          return void a.newMap('sample', 'Sample coalition');
        case 'open-map':
          return void a.openMap();
        case 'save-map-as':
          return void a.saveAs();
        case 'undo':
          return void a.undo();
        case 'redo':
          return void a.redo();
        case 'fit-map':
          return a.fitMap();
        case 'show-list':
          return a.setView('list');
        case 'show-map':
          return a.setView('map');
        case 'find':
          return focusSearch();
        case 'lock-now':
          // The Node side already dropped the key; the window forgets the map and shows the unlock screen.
          return void a.lockNow();
        case 'show-shortcuts':
          // The shortcut list listens for it itself (ShortcutsDialog.tsx).
          return;
      }
    };
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'f') {
        event.preventDefault();
        return focusSearch();
      }
      // In a text field, the field's own undo wins.
      if (isEditable(event.target)) return;
      if (key === 'z' && !event.shiftKey) run('undo');
      else if ((key === 'z' && event.shiftKey) || key === 'y') run('redo');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = subscribeMenu(run);
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [searchRef, subscribeMenu]);
}
