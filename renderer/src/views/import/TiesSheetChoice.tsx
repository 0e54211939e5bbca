// The optional second sheet of a spreadsheet import: the ties between the people and organizations
// of the first one (or ones already on the map). Chosen like the first file, converted with it, and
// added in the same single undoable import.
export interface TiesSheetInfo {
  readonly fileName: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
}

interface Props {
  readonly ties: TiesSheetInfo | null;
  readonly onAdd: () => void;
  readonly onRemove: () => void;
}

export function TiesSheetChoice({ ties, onAdd, onRemove }: Props) {
  return (
    <section className="ties-sheet" aria-label="Ties sheet">
      {ties === null ? (
        <button type="button" onClick={onAdd}>
          Add a ties sheet (source, target, type, strength, trust, notes)…
        </button>
      ) : (
        <p className="hint">
          Ties from <strong>{ties.fileName}</strong> ({ties.rowCount} {ties.rowCount === 1 ? 'row' : 'rows'}) are included.{' '}
          <button type="button" className="link" onClick={onRemove}>
            Leave out the ties sheet
          </button>
        </p>
      )}
    </section>
  );
}
