// The `?` list: every keyboard shortcut in one dialog (shortcuts.ts), opened by `?` anywhere outside
// a text field, from Help > Keyboard shortcuts and from the toolbar's "More…". Focus returns to
// whatever opened it (Dialog.tsx).
import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../../shared/ipc';
import { Dialog } from './Dialog';
import { CloseRow } from './CloseRow';
import { SHORTCUTS } from './shortcuts';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Opens on `?` (outside text fields and open dialogs), on the menu command, and on request. */
export function useShortcutList(subscribeMenu: (listener: (command: MenuCommand) => void) => () => void) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = subscribeMenu((command) => command === 'show-shortcuts' && setOpen(true));
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [subscribeMenu]);
  return { open, show: () => setOpen(true), close: () => setOpen(false) };
}

export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {/* Scrolls in a small window; focusable so the keyboard can scroll it. */}
      <div className="shortcut-groups" role="region" aria-label="Every shortcut" tabIndex={0}>
        {SHORTCUTS.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3>{group.title}</h3>
            <dl className="shortcut-list">
              {group.shortcuts.map((s) => (
                <div key={`${s.keys} ${s.does}`}>
                  <dt>
                    <kbd>{s.keys}</kbd>
                  </dt>
                  <dd>{s.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <CloseRow onClose={onClose} primary focus />
    </Dialog>
  );
}
