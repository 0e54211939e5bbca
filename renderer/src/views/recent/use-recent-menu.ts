// The open/closed state of the "Open recent" menu and its keyboard: the list is fetched afresh on
// each opening, the first item takes the focus once it arrives, arrows move, Home/End jump,
// Escape closes and returns focus, Tab or a press outside closes.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { RecentMap } from '../../../../shared/ipc';
import { describeFailure } from '../../state/core/failure';
import { useActions } from '../../state/core/use-store';

export type Listing = { readonly state: 'loading' } | { readonly state: 'ready'; readonly maps: readonly RecentMap[] } | { readonly state: 'failed'; readonly message: string };

export function useRecentMenu() {
  const actions = useActions();
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

  return { open, listing, buttonRef, menuRef, wrapRef, menuId, close, show, onMenuKey };
}
