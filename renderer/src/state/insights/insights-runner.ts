// Starts an analysis shortly after each committed map change. The request is numbered at once (so
// the panel says "Updating…" straight away); the work starts after a quiet spell, so a burst of
// edits costs one run. Moving nodes changes no figure, so it starts none. Choosing a committee to
// count coverage over starts a run too, numbered like any other, so an answer for the previous
// scope is never taken for the new one.
import type { Insights } from '../../../../shared/analysis';
import type { MapDocument } from '../../../../shared/model';
import type { AppState } from '../core/app-state';
import { describeFailure } from '../core/failure';
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

/** Runs `run` once the window has drawn its next frame; returns what cancels it. */
export type AfterNextFrame = (run: () => void) => () => void;

/**
 * A newly opened map has no burst of edits to wait out: its analysis starts as soon as the map's
 * first frame is drawn (handing the map to the worker copies it, which would delay that frame).
 * Where there are no frames (tests in Node), it starts on the next turn.
 */
export const afterNextFrame: AfterNextFrame = (run) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

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

export function startAnalysisRunner(
  store: RunnerStore,
  analyze: Analyze,
  debounceMs = ANALYSIS_DEBOUNCE_MS,
  whenFresh: AfterNextFrame = afterNextFrame,
): () => void {
  let lastMap: MapDocument | null = null;
  let lastSession = -1;
  let lastScope: string | null = null;
  let cancel = () => {};

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
    cancel();
    const seq = store.actions.analysisRequested(freshMap);
    const run = () => {
      // A big map's first answer (sampled figures) is shown as it is; the exact one replaces it.
      analyze(seq, map, scope, (first) => store.actions.analysisFinished(seq, first)).then(
        (insights) => store.actions.analysisFinished(seq, insights),
        (error: unknown) => store.actions.analysisFailed(seq, describeFailure(error)),
      );
    };
    if (freshMap) {
      cancel = whenFresh(run);
    } else {
      const timer = setTimeout(run, debounceMs);
      cancel = () => clearTimeout(timer);
    }
  };

  const unsubscribe = store.subscribe(onChange);
  onChange();
  return () => {
    unsubscribe();
    cancel();
  };
}
