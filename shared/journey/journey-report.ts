// The journey in one plain object for `analyze --json` and other scripts: each step's status
// and one-line summary, and the latest snapshot comparison (null with fewer than two snapshots).
import type { Insights } from '../analysis/types';
import type { MapDocument, StepId, StepStatus } from '../model';
import { latestComparison, type SnapshotComparison } from './compare-snapshots';
import { describeSteps } from './step-facts';

export interface JourneyReport {
  readonly steps: readonly { readonly id: StepId; readonly title: string; readonly status: StepStatus; readonly summary: string }[];
  readonly latestComparison: SnapshotComparison | null;
}

/** Names come from the analysis, so confidential stakeholders keep their placeholders. */
export function journeyReport(map: MapDocument, insights: Insights, now: string): JourneyReport {
  const names = new Map(insights.stakeholders.map((s) => [s.id, s.name]));
  const catalog = new Map(map.coalition.serviceCatalog.map((s) => [s.id, s.label]));
  return {
    steps: describeSteps(map, insights, now).map(({ id, title, status, summary }) => ({ id, title, status, summary })),
    latestComparison: latestComparison(map, {
      nameOf: (id) => names.get(id) ?? 'someone no longer on the map',
      serviceLabel: (id) => catalog.get(id) ?? id,
    }),
  };
}
