// The last step before anything changes: how many stakeholders and ties will be added, the first
// names, and every warning. Import adds them as one undoable edit.
import type { ReactNode } from 'react';
import type { MapAddition } from '../../../../shared/exchange/graph-to-map';
import { WarningList } from './WarningList';

interface Props {
  readonly fileName: string;
  readonly addition: MapAddition;
  readonly encoding: string;
  /** Back to the column mapping, for a sheet; null for graph files. */
  readonly onBack: (() => void) | null;
  readonly onImport: () => void;
  readonly onCancel: () => void;
  /** Extra choices shown above the buttons (a sheet's optional ties sheet). */
  readonly children?: ReactNode;
}

const SHOWN_NAMES = 8;

export function ImportSummary({ fileName, addition, encoding, onBack, onImport, onCancel, children }: Props) {
  const { stakeholders, ties, warnings } = addition;
  const people = stakeholders.filter((s) => s.kind === 'person').length;
  const names = stakeholders.slice(0, SHOWN_NAMES).map((s) => s.name);
  return (
    <>
      <p className="import-summary" role="status">
        Will add <strong>{stakeholders.length}</strong> {stakeholders.length === 1 ? 'stakeholder' : 'stakeholders'} and{' '}
        <strong>{ties.length}</strong> {ties.length === 1 ? 'tie' : 'ties'}.
      </p>
      <p className="hint">
        {people} people and {stakeholders.length - people} organizations from {fileName}, read as {encoding.toUpperCase()}. Each keeps “{fileName}” as
        its source.
      </p>
      {names.length > 0 && (
        <p className="import-names">
          {names.join(', ')}
          {stakeholders.length > names.length ? `, and ${stakeholders.length - names.length} more` : ''}
        </p>
      )}
      <WarningList warnings={warnings} />
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
        <button type="button" className="primary" onClick={onImport} disabled={stakeholders.length === 0} autoFocus>
          Import
        </button>
      </div>
    </>
  );
}
