// The items of the "Open recent" menu: a note while loading, on failure or when empty, else one
// menu item per remembered map (coalition name and file name; the open one marked and inert).
import type { RecentMap } from '../../../../shared/ipc';
import type { Listing } from './use-recent-menu';

interface Props {
  readonly listing: Listing;
  readonly openPath: string | null;
  /** While presenting a tooltip names the file only, never its folder. */
  readonly presenting: boolean;
  readonly pick: (map: RecentMap) => void;
}

export function RecentMapItems({ listing, openPath, presenting, pick }: Props) {
  return (
    <>
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
    </>
  );
}
