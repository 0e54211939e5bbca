// "Open recent" in the toolbar: a menu button listing the maps the app remembers (coalition name and
// file name), so the list is reachable in every window, with or without a native menu. Keyboard:
// Enter/Space/ArrowDown open it, arrows move, Home/End jump, Escape closes and returns focus.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecentMap } from '../../../../shared/ipc';
import { describeFailure } from '../../state/core/failure';
import { useActions, useAppState } from '../../state/core/use-store';
import './recent-menu.css';

type Listing = { readonly state: 'loading' } | { readonly state: 'ready'; readonly maps: readonly RecentMap[] } | { readonly state: 'failed'; readonly message: string };

export function RecentMapsMenu() {
  const actions = useActions();
  const openPath = useAppState((s) => s.file?.path ?? null);
  // The folder a map lives in names the user: no path in the tooltip while presenting.
  const presenting = useAppState((s) => s.security.presenting);
  const [open, setOpen] = useState(false);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  // Set at once by show/close, unlike `open`: an Escape that closes the menu in the same moment the
  // list arrives must not let the first item take the focus just before the list goes away (the
  // focus would fall to the page and the next Enter would do nothing).
  const wanted = useRef(false);

  const items = (): HTMLElement[] => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    wanted.current = false;
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const show = () => {
    wanted.current = true;
    setOpen(true);
    setListing({ state: 'loading' });
    actions.listRecent().then(
      (maps) => setListing({ state: 'ready', maps }),
      (error: unknown) => setListing({ state: 'failed', message: `Could not read the recent maps: ${describeFailure(error)}` }),
    );
  };

  useEffect(() => {
    // The first item takes the focus once the list has arrived, as in a native menu.
    if (open && wanted.current && listing.state !== 'loading') items()[0]?.focus();
  }, [open, listing.state]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const pick = (map: RecentMap) => {
    if (map.path === openPath) return;
    close(true);
    void actions.openRecent(map.path);
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="recent-menu" ref={wrapRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : show())}
        onKeyDown={(event) => {
          // While the list is still loading the focus is on this button, so Escape must close here too.
          if (event.key === 'Escape' && open) close(true);
          else if (event.key === 'ArrowDown' && !open) show();
          else return;
          event.preventDefault();
        }}
      >
        Open recent <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul className="recent-list" role="menu" id={menuId} aria-label="Recent maps" ref={menuRef} onKeyDown={onMenuKey}>
          {listing.state === 'loading' && <li className="recent-note">Loading…</li>}
          {listing.state === 'failed' && <li className="recent-note">{listing.message}</li>}
          {listing.state === 'ready' && listing.maps.length === 0 && <li className="recent-note">No recent maps yet.</li>}
          {listing.state === 'ready' &&
            listing.maps.map((map) => {
              const current = map.path === openPath;
              return (
                <li key={map.path} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    tabIndex={-1}
                    aria-disabled={current}
                    title={presenting ? map.fileName : map.path}
                    onClick={() => pick(map)}
                  >
                    <span className="recent-name">{map.coalitionName || 'Protected map'}</span>
                    <span className="recent-file">
                      {map.fileName}
                      {current ? ' · open now' : ''}
                    </span>
                  </button>
                </li>
              );
            })}
        </ul>
      )}
    </div>
  );
}
