// The part of a map the analysis reads. Every analysis function takes this narrower shape, so the
// compiler proves none of them reads anything else, and the window can hand its worker just this:
// on a 20,000-stakeholder map, less than half of the map to copy each way (no contact details,
// notes, positions, dates or journey).
import type { Coalition, Committee, MapDocument, Role, Stakeholder, Task, Tie } from '../model';

export type AnalysisStakeholder = Pick<
  Stakeholder,
  'id' | 'name' | 'kind' | 'categories' | 'stage' | 'influence' | 'livedExperience' | 'confidential' | 'area' | 'services'
>;

/** Trust is optional so older callers' ties still fit; absent reads as not recorded. */
export type AnalysisTie = Pick<Tie, 'id' | 'source' | 'target' | 'type' | 'strength'> & { readonly trust?: number | null };

export interface AnalysisMap {
  readonly coalition: Coalition;
  readonly stakeholders: readonly AnalysisStakeholder[];
  readonly ties: readonly AnalysisTie[];
  readonly committees: readonly Committee[];
  /** Officer roles and who owns follow-up tasks: who carries the organizing work (absent: none). */
  readonly roles?: readonly Role[];
  readonly tasks?: readonly Pick<Task, 'owner' | 'status'>[];
}

/** A copy holding only what the analysis reads. */
export function analysisMapOf(map: MapDocument): AnalysisMap {
  return {
    coalition: map.coalition,
    committees: map.committees,
    roles: map.roles,
    tasks: map.tasks.map(({ owner, status }) => ({ owner, status })),
    stakeholders: map.stakeholders.map(({ id, name, kind, categories, stage, influence, livedExperience, confidential, area, services }) => ({
      id,
      name,
      kind,
      categories,
      stage,
      influence,
      livedExperience,
      confidential,
      area,
      services,
    })),
    ties: map.ties.map(({ id, source, target, type, strength, trust }) => ({ id, source, target, type, strength, trust })),
  };
}
