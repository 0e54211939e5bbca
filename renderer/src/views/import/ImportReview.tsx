// The one review before anything changes: what the import will do to the map (new, updates,
// repeats within the file, possible matches, rows left out with their problems), what the sheet's
// values mean, and how records are matched. Import applies it as one undoable edit; the rows left
// out can be saved as a file to fix; the column and value choices can be saved as a mapping file
// for the command line. Nothing is changed until Import.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { MapAddition } from '../../../../shared/exchange/graph-to-map';
import { countPlan, type KeyColumn } from '../../../../shared/exchange/reconcile';
import { describeProblems } from '../../../../shared/exchange/sheet-problems';
import type { ValueMapping as Mapping } from '../../../../shared/exchange/value-mapping';
import type { Stakeholder } from '../../../../shared/model';
import type { ImportReview as Review } from '../../workers/import-protocol';
import { NO_DECISIONS, ReviewRows, type RowDecisions } from './ReviewRows';
import { ValueMapping } from './ValueMapping';
import { WarningList } from './WarningList';

interface Props {
  readonly fileName: string;
  readonly encoding: string;
  readonly addition: MapAddition;
  readonly review: Review;
  readonly onMap: ReadonlyMap<string, Stakeholder>;
  /** Sheets only: the value mapping and key column (changing either converts again). */
  readonly sheet: { readonly values: Mapping; readonly key: KeyColumn | null; readonly onValues: (v: Mapping) => void; readonly onKey: (k: KeyColumn | null) => void } | null;
  readonly onBack: (() => void) | null;
  readonly onImport: (decisions: RowDecisions) => void;
  readonly onSaveSkipped: (csv: string, suffix: string) => void;
  readonly onSaveMapping: (() => void) | null;
  readonly onCancel: () => void;
  readonly children?: ReactNode;
}

function KeyChoice({ value, onChange }: { value: KeyColumn | null; onChange: (k: KeyColumn | null) => void }) {
  return (
    <label className="key-choice">
      Match rows to the map by{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as KeyColumn))}>
        <option value="">names, emails and phones (the matcher)</option>
        <option value="email">the email column first</option>
        <option value="id">the id column first (a list exported from this app)</option>
      </select>
    </label>
  );
}

/**
 * Focus on Import (Enter goes ahead) without scrolling the dialog to it: the buttons stay in view at
 * the dialog's foot, and the title and the summary of what will happen stay at its top.
 */
function useImportFocus() {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  return ref;
}

export function ImportReview({ fileName, encoding, addition, review, onMap, sheet, onBack, onImport, onSaveSkipped, onSaveMapping, onCancel, children }: Props) {
  const [decisions, setDecisions] = useState<RowDecisions>(NO_DECISIONS);
  const counts = countPlan(review.plan);
  const skippedRows = new Set(review.problems.map((p) => `${p.sheet}:${p.line}`)).size;
  const incoming = new Map(addition.stakeholders.map((s) => [s.id, s]));
  const changes = counts.new + counts.update + counts.duplicate;
  const importRef = useImportFocus();
  return (
    <>
      <p className="import-summary" role="status">
        <strong>{counts.new}</strong> new · <strong>{counts.update}</strong> to update · <strong>{counts.unchanged}</strong> already on the map ·{' '}
        <strong>{counts.duplicate}</strong> repeated in the file · <strong>{skippedRows}</strong> {skippedRows === 1 ? 'row' : 'rows'} left out
      </p>
      <p className="hint">
        {review.newTies === 1 ? '1 new tie' : `${review.newTies} new ties`} from {fileName}, read as {encoding.toUpperCase()}
        {review.blankRows > 0 ? `; ${review.blankRows} empty ${review.blankRows === 1 ? 'row' : 'rows'} skipped` : ''}. Nothing changes until you choose Import.
      </p>
      {sheet && <KeyChoice value={sheet.key} onChange={sheet.onKey} />}
      {review.problems.length > 0 && (
        <section className="import-left-out" aria-label="Rows left out">
          <h3>Rows left out ({skippedRows}): the other rows can still be imported</h3>
          <ul className="import-problems">
            {describeProblems(review.problems).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {review.skippedCsv && (
            <button type="button" onClick={() => review.skippedCsv && onSaveSkipped(review.skippedCsv, 'rows to fix')}>
              Save the rows left out…
            </button>
          )}
          {review.skippedTiesCsv && (
            <button type="button" onClick={() => review.skippedTiesCsv && onSaveSkipped(review.skippedTiesCsv, 'ties to fix')}>
              Save the ties left out…
            </button>
          )}
        </section>
      )}
      {sheet && <ValueMapping columns={review.valueColumns} mapping={sheet.values} onChange={sheet.onValues} />}
      <ReviewRows entries={review.plan.entries} incoming={incoming} onMap={onMap} decisions={decisions} onChange={setDecisions} />
      <WarningList warnings={addition.warnings} />
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {onBack && (
          <button type="button" onClick={onBack}>
            Back to columns
          </button>
        )}
        {onSaveMapping && (
          <button type="button" onClick={onSaveMapping}>
            Save mapping…
          </button>
        )}
        <button type="button" className="primary" ref={importRef} onClick={() => onImport(decisions)} disabled={changes === 0 && review.newTies === 0}>
          Import
        </button>
      </div>
    </>
  );
}
