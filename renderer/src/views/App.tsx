// The window's layout: header, toolbar, filters and legend, the map or the list, and the panel.
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { StoreContext, useActions, useAppState } from '../state/core/use-store';
import { FilterPanel } from './FilterPanel';
import { Header } from './Header';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { NewMapDialog } from './NewMapDialog';
import { Notices } from './Notices';
import { ProblemScreen } from './ProblemScreen';
import { StakeholderTable } from './StakeholderTable';
import { ShortcutsDialog, useShortcutList } from './ShortcutsDialog';
import { Toolbar } from './Toolbar';
import { useCommands } from './use-commands';
import { useUnsavedGuard } from './use-unsaved-guard';
import { DisplayControls } from './insights/DisplayControls';
import { SidePanelTabs } from './insights/SidePanelTabs';
import { useAnalysisRunner } from './insights/use-analysis-runner';
import { UnlockScreen } from './security/UnlockScreen';
import { SharingBar } from './sharing/SharingBar';
import { useAutoLock, usePresentationShortcut } from './security/use-auto-lock';
import './security/security.css';

const noMenu = () => () => undefined;
/** Below this window width the filters column starts folded. */
const WIDE_ENOUGH_FOR_FILTERS = 1100;

export function App() {
  const phase = useAppState((s) => s.phase);
  const problem = useAppState((s) => s.problem);
  const view = useAppState((s) => s.view);
  const actions = useActions();
  const store = useContext(StoreContext);
  const searchRef = useRef<HTMLInputElement>(null);
  const [newMapOpen, setNewMapOpen] = useState(false);
  const openNewMap = useCallback(() => setNewMapOpen(true), []);
  // Filters and legend take a column the map needs in a small window: they start folded away there.
  const [filtersOpen, setFiltersOpen] = useState(() => window.innerWidth >= WIDE_ENOUGH_FOR_FILTERS);
  const toggleFilters = useCallback(() => setFiltersOpen((open) => !open), []);
  useEffect(() => {
    // Narrowing the window folds them; widening it brings them back.
    const wide = window.matchMedia(`(min-width: ${WIDE_ENOUGH_FOR_FILTERS}px)`);
    const follow = () => setFiltersOpen(wide.matches);
    wide.addEventListener('change', follow);
    // A resize between the first render and this listener would otherwise be missed.
    follow();
    return () => wide.removeEventListener('change', follow);
  }, []);
  useCommands({ actions, searchRef, openNewMap, subscribeMenu: store?.onMenuCommand ?? noMenu });
  const shortcuts = useShortcutList(store?.onMenuCommand ?? noMenu);
  useAnalysisRunner();
  useAutoLock();
  usePresentationShortcut();
  useUnsavedGuard();

  if (phase === 'starting') {
    return (
      <main className="screen-centre">
        <p role="status">Opening your map…</p>
        <Notices />
      </main>
    );
  }
  if (phase === 'problem' && problem && (problem.reason === 'encrypted' || problem.reason === 'wrong-passphrase')) {
    return <UnlockScreen problem={problem} />;
  }
  if (phase === 'problem' && problem) return <ProblemScreen problem={problem} />;
  return (
    <div className="app">
      <Header />
      <SharingBar />
      <Toolbar onNewMap={openNewMap} searchRef={searchRef} filtersOpen={filtersOpen} onToggleFilters={toggleFilters} onShowShortcuts={shortcuts.show} />
      <Notices />
      <div className={filtersOpen ? 'workspace' : 'workspace filters-folded'}>
        <nav id="filters-sidebar" className="sidebar" aria-label="Filters and legend" hidden={!filtersOpen}>
          <FilterPanel />
          <DisplayControls />
          <Legend />
        </nav>
        <main className="main-area">
          <MapView visible={view === 'map'} />
          <StakeholderTable visible={view === 'list'} />
        </main>
        <SidePanelTabs />
      </div>
      {newMapOpen && <NewMapDialog onClose={() => setNewMapOpen(false)} />}
      {shortcuts.open && <ShortcutsDialog onClose={shortcuts.close} />}
    </div>
  );
}
