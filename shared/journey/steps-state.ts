// The stored state of the seven steps: status and notes. A step never touched is "not started".
import type { MapDocument, StepId, StepState, StepStatus } from '../model';
import { STEP_IDS } from './schema';

export function stepState(map: MapDocument, id: StepId): StepState {
  return map.steps.find((s) => s.id === id) ?? { id, status: 'not-started', notes: '' };
}

/** Sets a step's status and/or notes; the steps are kept in their order in the journey. */
export function updateStep(map: MapDocument, id: StepId, changes: { status?: StepStatus; notes?: string }): MapDocument {
  const next = { ...stepState(map, id), ...changes, id };
  const others = map.steps.filter((s) => s.id !== id);
  const steps = [...others, next].sort((a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id));
  return { ...map, steps };
}
