// The main commands: maps, undo/redo, adding, search and the Map | List switch; what the row has no
// room for moves under "More…" (ToolbarMore.tsx, use-toolbar-fit.ts) so the toolbar stays one row.
import type { ReactNode, Ref } from 'react';
import { useActions, useAppState } from '../state/core/use-store';
import { ExportButton } from './export/ExportButton';
import { ImportButtons } from './import/ImportButtons';
import { RecentMapsMenu } from './recent/RecentMapsMenu';
import { SearchBox } from './SearchBox';
import { PresentationToggle } from './security/PresentationToggle';
import { SecurityMenu } from './security/SecurityMenu';
import { ToolbarMore } from './ToolbarMore';
import { ROW_ORDER, type Foldable } from './toolbar-fit';
import { useToolbarFit } from './use-toolbar-fit';

interface ToolbarProps {
  readonly onNewMap: () => void;
  readonly searchRef: Ref<HTMLInputElement>;
  readonly filtersOpen: boolean;
  readonly onToggleFilters: () => void;
  readonly onShowShortcuts: () => void;
}

export function Toolbar({ onNewMap, searchRef, filtersOpen, onToggleFilters, onShowShortcuts }: ToolbarProps) {
  const actions = useActions();
  const ownStep = useAppState((s) => s.history.past.length > 0);
  // On a shared map, once the others' changes came in, Undo takes back your own last change for everyone.
  const sharedUndo = useAppState((s) => s.history.past.length === 0 && s.sharedUndo);
  const canUndo = ownStep || sharedUndo;
  const canRedo = useAppState((s) => s.history.future.length > 0);
  const view = useAppState((s) => s.view);
  const presenting = useAppState((s) => s.security.presenting);
  const { ref, folded } = useToolbarFit();
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
  const commands: Record<Foldable, ReactNode> = { files, import: <ImportButtons />, export: <ExportButton />, safety: <SecurityMenu />, presentation: <PresentationToggle /> };
  // Each foldable command in its own wrapper (display: contents), named for the measure.
  const place = (inMore: boolean) =>
    ROW_ORDER.filter((f) => folded.has(f) === inMore).map((f) => (
      <div key={f} className="toolbar-fold" data-fold={f}>
        {commands[f]}
      </div>
    ));
  return (
    <div ref={ref} className="toolbar" role="toolbar" aria-label="Map commands">
      {place(false)}
      <div className="button-group">
        <button type="button" onClick={() => void actions.undo()} disabled={!canUndo} title={sharedUndo ? 'Undo your last change to the shared map, for everyone (Ctrl+Z)' : 'Undo (Ctrl+Z)'}>
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
        {place(true)}
        <button type="button" onClick={onShowShortcuts} title="Keyboard shortcuts (?)">
          Keyboard shortcuts
        </button>
      </ToolbarMore>
    </div>
  );
}
