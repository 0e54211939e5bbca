// The main commands: maps, undo/redo, adding, search and the Map | List switch; in a smaller window
// the less used ones move under "More…" (ToolbarMore.tsx) so the toolbar stays one row.
import type { Ref } from 'react';
import { useActions, useAppState } from '../state/core/use-store';
import { ExportButton } from './export/ExportButton';
import { ImportButtons } from './import/ImportButtons';
import { RecentMapsMenu } from './recent/RecentMapsMenu';
import { SearchBox } from './SearchBox';
import { PresentationToggle } from './security/PresentationToggle';
import { SecurityMenu } from './security/SecurityMenu';
import { ToolbarMore } from './ToolbarMore';
import { useToolbarTier } from './use-toolbar-tier';

interface ToolbarProps {
  readonly onNewMap: () => void;
  readonly searchRef: Ref<HTMLInputElement>;
  readonly filtersOpen: boolean;
  readonly onToggleFilters: () => void;
  readonly onShowShortcuts: () => void;
}

export function Toolbar({ onNewMap, searchRef, filtersOpen, onToggleFilters, onShowShortcuts }: ToolbarProps) {
  const actions = useActions();
  const canUndo = useAppState((s) => s.history.past.length > 0);
  const canRedo = useAppState((s) => s.history.future.length > 0);
  const view = useAppState((s) => s.view);
  const presenting = useAppState((s) => s.security.presenting);
  const tier = useToolbarTier();
  const files = (
    <div className="button-group">
      <button type="button" onClick={onNewMap}>
        New map
      </button>
      <button type="button" onClick={() => void actions.openMap()}>
        Open
      </button>
      <RecentMapsMenu />
      <button type="button" onClick={() => void actions.saveAs()}>
        Save as
      </button>
    </div>
  );
  // In a window narrower than the whole row, the less used commands wait under "More…".
  const rare = (
    <>
      {files}
      <ImportButtons />
      <ExportButton />
      <SecurityMenu />
    </>
  );
  return (
    <div className={`toolbar toolbar-${tier}`} role="toolbar" aria-label="Map commands">
      {tier === 'wide' && rare}
      {tier !== 'narrow' && <PresentationToggle />}
      <div className="button-group">
        <button type="button" onClick={() => void actions.undo()} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={() => void actions.redo()} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </div>
      <button type="button" className="primary" onClick={actions.startAdding}>
        Add stakeholder
      </button>
      {/* A new box when presenting starts: the last name typed is not shown to the room. */}
      <SearchBox key={presenting ? 'presenting' : 'working'} ref={searchRef} />
      <button type="button" aria-expanded={filtersOpen} aria-controls="filters-sidebar" onClick={onToggleFilters}>
        Filters
      </button>
      <div className="segmented" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'map'} onClick={() => actions.setView('map')}>
          Map
        </button>
        <button type="button" aria-pressed={view === 'list'} onClick={() => actions.setView('list')}>
          List
        </button>
      </div>
      <ToolbarMore>
        {tier !== 'wide' && rare}
        {tier === 'narrow' && <PresentationToggle />}
        <button type="button" onClick={onShowShortcuts} title="Keyboard shortcuts (?)">
          Keyboard shortcuts
        </button>
      </ToolbarMore>
    </div>
  );
}
