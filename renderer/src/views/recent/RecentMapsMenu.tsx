// "Open recent" in the toolbar: a menu button listing the maps the app remembers (coalition name and
// file name), so the list is reachable in every window, with or without a native menu. Keyboard:
// Enter/Space/ArrowDown open it, arrows move, Home/End jump, Escape closes and returns focus.
import type { RecentMap } from '../../../../shared/ipc';
import { useActions, useAppState } from '../../state/core/use-store';
import { RecentMapItems } from './RecentMapItems';
import { useRecentMenu } from './use-recent-menu';
import './recent-menu.css';

export function RecentMapsMenu() {
  const actions = useActions();
  const openPath = useAppState((s) => s.file?.path ?? null);
  // The folder a map lives in names the user: no path in the tooltip while presenting.
  const presenting = useAppState((s) => s.security.presenting);
  const { open, listing, buttonRef, menuRef, wrapRef, menuId, close, show, onMenuKey } = useRecentMenu();

  const pick = (map: RecentMap) => {
    if (map.path === openPath) return;
    close(true);
    void actions.openRecent(map.path);
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
          <RecentMapItems listing={listing} openPath={openPath} presenting={presenting} pick={pick} />
        </ul>
      )}
    </div>
  );
}
