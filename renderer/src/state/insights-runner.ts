// Starts an analysis shortly after each committed map change. The request is numbered at once (so
// the panel says "Updating…" straight away); the work starts after a quiet spell, so a burst of
// edits costs one run. Moving nodes changes no figure, so it starts none. Choosing a committee to
// count coverage over starts a run too, numbered like any other, so an answer for the previous
// scope is never taken for the new one.
import type { Insights } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';
import type { AppState } from './app-state';
import { describeFailure } from './failure';
import type { createInsightsActions } from './insights-actions';

/** `committeeId`: also count coverage over this committee (it is on `map`), or null. */
export type Analyze = (
  seq: number,
  map: MapDocument,
  committeeId: string | null,
  onFirstAnswer: (insights: Insights) => void,
) => Promise<Insights>;

export interface RunnerStore {
  getState(): AppState;
  subscribe(listener: () => void): () => void;
  readonly actions: Pick<ReturnType<typeof createInsightsActions>, 'analysisRequested' | 'analysisFinished' | 'analysisFailed'>;
}

export const ANALYSIS_DEBOUNCE_MS = 300;

/** The scope to ask for: the chosen committee while it is still on the map, else the whole coalition. */
export function committeeScope(map: MapDocument, chosen: string | null): string | null {
  return chosen !== null && map.committees.some((c) => c.id === chosen) ? chosen : null;
}

/** True when the two maps differ at most in where nodes sit. */
export function onlyPositionsDiffer(before: MapDocument, after: MapDocument): boolean {
  const keys = Object.keys(after) as (keyof MapDocument)[];
  if (keys.length !== Object.keys(before).length) return false;
  if (keys.some((k) => k !== 'stakeholders' && before[k] !== after[k])) return false;
  if (before.stakeholders.length !== after.stakeholders.length) return false;
  return after.stakeholders.every((s, i) => {
    const old = before.stakeholders[i];
    if (old === s) return true;
    if (!old) return false;
    // A node placed for the first time gains a position key, so compare the union of both keys.
    const fields = new Set([...Object.keys(old), ...Object.keys(s)] as (keyof typeof s)[]);
    return [...fields].every((f) => f === 'position' || old[f] === s[f]);
  });
}

export function startAnalysisRunner(store: RunnerStore, analyze: Analyze, debounceMs = ANALYSIS_DEBOUNCE_MS): () => void {
  let lastMap: MapDocument | null = null;
  let lastSession = -1;
  let lastScope: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onChange = () => {
    const { map, mapSession, insights } = store.getState();
    const freshMap = mapSession !== lastSession;
    // A fresh map starts with the whole coalition: a scope chosen on the last map names its committees.
    const scope = map && !freshMap ? committeeScope(map, insights.coverageScope) : null;
    if (map === lastMap && scope === lastScope) return;
    const before = lastMap;
    const scopeChanged = scope !== lastScope;
    lastMap = map;
    lastSession = mapSession;
    lastScope = scope;
    if (!map || (!freshMap && !scopeChanged && before && onlyPositionsDiffer(before, map))) return;
    clearTimeout(timer);
    const seq = store.actions.analysisRequested(freshMap);
    timer = setTimeout(() => {
      // A big map's first answer (sampled figures) is shown as it is; the exact one replaces it.
      analyze(seq, map, scope, (first) => store.actions.analysisFinished(seq, first)).then(
        (insights) => store.actions.analysisFinished(seq, insights),
        (error: unknown) => store.actions.analysisFailed(seq, describeFailure(error)),
      );
    }, debounceMs);
  };

  const unsubscribe = store.subscribe(onChange);
  onChange();
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
