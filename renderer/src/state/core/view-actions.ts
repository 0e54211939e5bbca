// What the window shows: the selection and the side panel, map or list, filters, where new
// stakeholders go. Moving away from a record first saves (or keeps) its typed changes.
import type { AppContext, Placement } from './app-context';
import type { Filters, View } from './app-state';
import { withDetailsTab } from '../insights/insights-actions';

export function createViewActions({ core, drafts, placement }: AppContext) {
  const { setState, getState } = core;
  return {
    select: (id: string | null, centre = false) => {
      const { panel, selection } = getState();
      // Clicking the map while adding keeps the form; clicking the one already open changes nothing.
      const staying = panel === 'adding' ? id === null : panel === 'selected' && id === selection;
      if (!staying) drafts.leaveRecord();
      setState((s) => ({
        selection: id,
        panel: id === null ? (s.panel === 'adding' ? 'adding' : 'closed') : 'selected',
        focusRequest: centre && id !== null ? s.focusRequest + 1 : s.focusRequest,
        insights: id === null ? s.insights : withDetailsTab(s.insights),
      }));
    },
    startAdding: () => {
      if (getState().panel !== 'adding') drafts.leaveRecord();
      setState((s) => ({ selection: null, panel: 'adding', insights: withDetailsTab(s.insights) }));
    },
    closePanel: () => {
      drafts.leaveRecord();
      setState({ panel: 'closed', selection: null });
    },
    setView: (view: View) => setState({ view }),
    fitMap: () => setState((s) => ({ view: 'map', fitRequest: s.fitRequest + 1 })),
    setFilters: (filters: Partial<Filters>) => setState((s) => ({ filters: { ...s.filters, ...filters } })),
    setPlacement: (place: Placement) => {
      placement.place = place;
    },
  };
}
