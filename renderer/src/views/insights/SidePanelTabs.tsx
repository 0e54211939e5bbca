// The right-hand column: "Details" (the stakeholder panel) and "Insights" as tabs, with the
// highlight bar above both. Arrow keys move between the tabs, as in any tab list.
import { useRef, type KeyboardEvent } from 'react';
import type { SideTab } from '../../state/insights/insights-state';
import { useActions, useAppState } from '../../state/core/use-store';
import { StakeholderPanel } from '../StakeholderPanel';
import { nextTabIndex } from '../tab-keys';
import { HighlightBar } from './HighlightBar';
import { InsightsPanel } from './InsightsPanel';

const TABS: readonly { readonly id: SideTab; readonly label: string }[] = [
  { id: 'details', label: 'Details' },
  { id: 'insights', label: 'Insights' },
];

export function SidePanelTabs() {
  const tab = useAppState((s) => s.insights.tab);
  const actions = useActions();
  const tabRefs = useRef(new Map<SideTab, HTMLButtonElement>());

  const onKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = TABS[nextTabIndex(event.key, index, TABS.length) ?? -1];
    if (!next) return;
    event.preventDefault();
    actions.showTab(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  return (
    <div className="side-column">
      <div className="side-tabs" role="tablist" aria-label="Side panel">
        {TABS.map((t, index) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) tabRefs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`side-tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => actions.showTab(t.id)}
            onKeyDown={(e) => onKey(e, index)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <HighlightBar />
      {TABS.map((t) => (
        <div key={t.id} role="tabpanel" id={`side-tabpanel-${t.id}`} aria-labelledby={`side-tab-${t.id}`} className="side-tabpanel" hidden={tab !== t.id}>
          {t.id === 'details' ? <StakeholderPanel /> : <InsightsPanel />}
        </div>
      ))}
    </div>
  );
}
