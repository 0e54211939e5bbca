// The choice of layout: force-directed (with its spacing), concentric by a measure (highest in the
// middle), grouped by category, one circle by category, or no overlap (everyone stays, only those
// too close are pushed apart). "Preview" runs it in the layout worker and shows the result
// without saving; "Keep" saves it as one undo step and "Cancel" goes back to the saved positions.
import { useEffect, useRef, useState } from 'react';
import type { MapDocument } from '../../../../shared/model';
import { SIZE_MEASURES, type LayoutChoice, type SizeMeasure } from '../../../../shared/views';
import { describeFailure } from '../../state/core/failure';
import { useActions, useAppState } from '../../state/core/use-store';
import type { AnalysisTrack } from '../../state/insights/insights-state';
import { layoutMap } from '../../workers/layout-client';
import { Choice } from '../Choice';
import { SIZE_OPTIONS } from './figure-labels';

const LAYOUT_OPTIONS: readonly { readonly value: LayoutChoice['name']; readonly label: string }[] = [
  { value: 'force', label: 'Force-directed (ties pull together)' },
  { value: 'concentric', label: 'Concentric by a measure' },
  { value: 'grouped', label: 'Grouped by category' },
  { value: 'circle', label: 'Circle by category' },
  { value: 'no-overlap', label: 'No overlap (keep places, push apart)' },
];
const SPACING_OPTIONS = [0.5, 0.75, 1, 1.5, 2, 3].map((value) => ({ value, label: value === 1 ? 'Normal' : value < 1 ? `Tighter (${value}×)` : `Wider (${value}×)` }));
const MEASURE_OPTIONS = SIZE_OPTIONS.filter((o) => (SIZE_MEASURES as readonly string[]).includes(o.value)) as { value: SizeMeasure; label: string }[];

/** The concentric layout's figure for each stakeholder (highest in the middle); none for the other layouts. */
function concentricValues(map: MapDocument, layout: LayoutChoice, result: AnalysisTrack['result']): Record<string, number> | undefined {
  return layout.name !== 'concentric' ? undefined : Object.fromEntries(
    layout.measure === 'influence'
      ? map.stakeholders.map((s) => [s.id, s.influence ?? 2])
      : (result?.insights.stakeholders ?? []).map((f) => [f.id, f[layout.measure as Exclude<SizeMeasure, 'influence'>]]),
  );
}

export function LayoutControls() {
  const map = useAppState((s) => s.map);
  const layout = useAppState((s) => s.insights.layout);
  const preview = useAppState((s) => s.insights.layoutPreview);
  const result = useAppState((s) => s.insights.analysis.result);
  const actions = useActions();
  const [running, setRunning] = useState(false);
  const keeping = useRef(false);
  const [keptMap, setKeptMap] = useState<MapDocument | null>(null);
  const needsFigures = layout.name === 'concentric' && layout.measure !== 'influence';

  const runPreview = () => {
    if (!map) return;
    const value = concentricValues(map, layout, result);
    setRunning(true);
    layoutMap(map, { choice: { name: layout.name, spacing: layout.spacing }, ...(value ? { value } : {}) })
      .then((positions) => {
        actions.previewLayout(positions);
        actions.fitMap();
      })
      .catch((error: unknown) => actions.notify('error', `Could not lay out the map: ${describeFailure(error)} The nodes stay where they were.`))
      .finally(() => setRunning(false));
  };
  const keep = () => {
    if (!preview) return;
    keeping.current = true;
    void actions.setPositions(new Map(Object.entries(preview)), true).then((saved) => {
      keeping.current = saved === true;
      actions.previewLayout(null);
    });
  };
  // The map the kept layout made: "Undo layout" is offered while it is still the current map.
  useEffect(() => {
    if (!keeping.current || preview !== null) return;
    keeping.current = false;
    setKeptMap(map);
  }, [map, preview]);
  return (
    <fieldset className="layout-controls">
      <legend>Layout</legend>
      <label className="field">
        <span>Kind of layout</span>
        <Choice value={layout.name} options={LAYOUT_OPTIONS} onChange={(name) => actions.setLayoutChoice({ ...layout, name })} disabled={preview !== null} />
      </label>
      <label className="field">
        <span>Spacing</span>
        <Choice value={layout.spacing} options={SPACING_OPTIONS} onChange={(spacing) => actions.setLayoutChoice({ ...layout, spacing })} disabled={preview !== null} />
      </label>
      {layout.name === 'concentric' && (
        <label className="field">
          <span>Centre on</span>
          <Choice value={layout.measure} options={MEASURE_OPTIONS} onChange={(measure) => actions.setLayoutChoice({ ...layout, measure })} disabled={preview !== null} />
        </label>
      )}
      {preview === null ? (
        <button type="button" onClick={runPreview} disabled={running || !map || map.stakeholders.length === 0 || (needsFigures && !result)}>
          {running ? 'Laying out…' : 'Preview layout'}
        </button>
      ) : (
        <p className="layout-preview-actions" role="status">
          Previewing: nothing is saved yet.{' '}
          <button type="button" onClick={keep}>
            Keep this layout
          </button>{' '}
          <button type="button" onClick={() => actions.previewLayout(null)}>
            Cancel
          </button>
        </p>
      )}
      {keptMap !== null && map === keptMap && preview === null && (
        <button type="button" onClick={() => void actions.undo().then(() => setKeptMap(null))}>
          Undo layout
        </button>
      )}
      {needsFigures && !result && <p className="hint">The measures appear when the analysis finishes.</p>}
    </fieldset>
  );
}
