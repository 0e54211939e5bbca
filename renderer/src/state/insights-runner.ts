// Starts an analysis shortly after each committed map change. The request is numbered at once (so
// the panel says "Updating…" straight away); the work starts after a quiet spell, so a burst of
// edits costs one run. Moving nodes changes no figure, so it starts none.
import type { Insights } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';
import type { AppState } from './app-state';
import { describeFailure } from './failure';
import type { createInsightsActions } from './insights-actions';

export type Analyze = (seq: number, map: MapDocument) => Promise<Insights>;

export interface RunnerStore {
  getState(): AppState;
  subscribe(listener: () => void): () => void;
  readonly actions: Pick<ReturnType<typeof createInsightsActions>, 'analysisRequested' | 'analysisFinished' | 'analysisFailed'>;
}

export const ANALYSIS_DEBOUNCE_MS = 300;

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
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onChange = () => {
    const { map, mapSession } = store.getState();
    if (map === lastMap) return;
    const freshMap = mapSession !== lastSession;
    const before = lastMap;
    lastMap = map;
    lastSession = mapSession;
    if (!map || (!freshMap && before && onlyPositionsDiffer(before, map))) return;
    clearTimeout(timer);
    const seq = store.actions.analysisRequested(freshMap);
    timer = setTimeout(() => {
      analyze(seq, map).then(
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
