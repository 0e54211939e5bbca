// Retention: purge stakeholders untouched for N days, or only their notes. A preview counts what
// would go, and the purge needs a second, explicit confirmation; it is saved and logged at once.
import { useState } from 'react';
import type { PurgeReport } from '../../../../shared/ipc';
import { describeFailure } from '../../state/core/failure';
import type { PurgeMode } from '../../state/safety/security-actions';
import { useActions } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { CloseRow } from '../CloseRow';

function describe(report: PurgeReport, mode: PurgeMode, future: boolean): string {
  const n = report.affected;
  const who = `${n} stakeholder${n === 1 ? '' : 's'}`;
  if (mode === 'notes') return future ? `The notes of ${who} would be cleared.` : `The notes of ${who} were cleared.`;
  const ties = report.tiesRemoved > 0 ? `, with ${report.tiesRemoved} tie${report.tiesRemoved === 1 ? '' : 's'}` : '';
  return future ? `${who} would be removed${ties}.` : `${who} were removed${ties}.`;
}

export function RetentionDialog({ onClose }: { readonly onClose: () => void }) {
  const actions = useActions();
  const [mode, setMode] = useState<PurgeMode>('notes');
  const [days, setDays] = useState(365);
  const [preview, setPreview] = useState<PurgeReport | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const validDays = Number.isInteger(days) && days >= 1 && days <= 36_500;

  const change = (update: () => void) => {
    update();
    setPreview(null);
  };
  const act = (work: () => Promise<void>) => {
    setError(null);
    work().catch((e: unknown) => setError(describeFailure(e)));
  };

  return (
    <Dialog title="Retention: purge inactive stakeholders" onClose={onClose}>
      {result !== null ? (
        <p role="status">{result} The purge was recorded in the audit log (counts only). Undo history was cleared.</p>
      ) : (
        <>
          <fieldset className="field">
            <legend>What to purge</legend>
            <label>
              <input type="radio" name="purge-mode" checked={mode === 'notes'} onChange={() => change(() => setMode('notes'))} /> Only their notes
            </label>
            <label>
              <input type="radio" name="purge-mode" checked={mode === 'remove'} onChange={() => change(() => setMode('remove'))} /> The whole
              stakeholder and their ties
            </label>
          </fieldset>
          <label className="field">
            <span>Not changed for this many days</span>
            <input type="number" min={1} max={36500} value={days} onChange={(e) => change(() => setDays(Number(e.target.value)))} />
          </label>
          <p className="hint">
            The purge is applied to every backup of this map too. A disk may still keep old copies of files in blocks the app cannot reach, and copies saved or exported elsewhere are not changed.
          </p>
          {preview !== null && <p role="status">{describe(preview, mode, true)}</p>}
          {error !== null && <p role="alert" className="unlock-error">{error}</p>}
          <div className="dialog-actions">
            <button type="button" disabled={!validDays} onClick={() => act(async () => setPreview(await actions.previewPurge(mode, days)))}>
              Preview
            </button>
            <button
              type="button"
              className="danger"
              disabled={preview === null || preview.affected === 0}
              onClick={() => act(async () => setResult(describe(await actions.purge(mode, days), mode, false)))}
            >
              Confirm purge
            </button>
          </div>
        </>
      )}
      <CloseRow onClose={onClose} />
    </Dialog>
  );
}
