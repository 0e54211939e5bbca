// A sheet's columns and the map field each one fills, pre-filled from the header names (or the
// choices made last time for the same headers), with the first rows as they will be read; for a
// workbook of several sheets, which sheet.
import { MAP_FIELDS, fieldLabel, mappingProblems, type ColumnChoice } from '../../state/import/import-mapping';
import type { CsvPreview } from '../../workers/import-protocol';
import { Choice, optionsOf } from '../Choice';
import { SheetChoice } from './SheetChoice';
import { WarningList } from './WarningList';

interface Props {
  readonly preview: CsvPreview;
  readonly choices: readonly ColumnChoice[];
  readonly remembered: boolean;
  readonly onChange: (choices: ColumnChoice[]) => void;
  /** A workbook: reads another sheet (null: a Kumu workbook's Elements and Connections). */
  readonly onSheet: (sheet: string | null) => void;
  /** The sheet shown was just picked (the picker keeps the focus). */
  readonly sheetChosen: boolean;
  readonly onContinue: () => void;
  readonly onCancel: () => void;
}

const OPTIONS = optionsOf<ColumnChoice>([...MAP_FIELDS.map((f) => f.id), 'custom', 'ignore'], fieldLabel);

function heading(header: string, choice: ColumnChoice): string {
  if (choice === 'custom') return `${header} (custom)`;
  return choice === 'ignore' ? `${header} (not imported)` : fieldLabel(choice);
}

export function ColumnMapping({ preview, choices, remembered, onChange, onSheet, sheetChosen, onContinue, onCancel }: Props) {
  const problems = mappingProblems(preview.headers, choices);
  const set = (index: number, choice: ColumnChoice) => onChange(choices.map((c, i) => (i === index ? choice : c)));
  return (
    <>
      <SheetChoice preview={preview} onChoose={onSheet} focus={sheetChosen} />
      <p>
        {preview.rowCount === 1 ? '1 row' : `${preview.rowCount} rows`} in {preview.fileName}. Choose what each column holds
        {remembered ? ' (your choices from the last sheet with these columns)' : ''}.
      </p>
      <table className="column-mapping">
        <thead>
          <tr>
            <th scope="col">Column in the sheet</th>
            <th scope="col">Goes to</th>
            <th scope="col">First values</th>
          </tr>
        </thead>
        <tbody>
          {preview.headers.map((header, index) => {
            const choice = choices[index] ?? 'custom';
            const examples = preview.sample.map((row) => row.cells[index] ?? '').filter((v) => v.trim() !== '').slice(0, 3);
            return (
              <tr key={index}>
                <th scope="row">{header || `Column ${index + 1} (no header)`}</th>
                <td>
                  <Choice aria-label={`What “${header}” holds`} value={choice} options={OPTIONS} onChange={(next) => set(index, next)} />
                </td>
                <td className="examples">{examples.join(' · ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3 className="import-subhead">First rows as they will be read</h3>
      <div className="import-sample">
        <table>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {preview.headers.map((header, index) => (
                <th scope="col" key={index} className={choices[index] === 'ignore' ? 'ignored' : undefined}>
                  {heading(header, choices[index] ?? 'custom')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                {row.cells.map((value, index) => (
                  <td key={index} className={choices[index] === 'ignore' ? 'ignored' : undefined}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <WarningList warnings={preview.warnings} />
      {problems.length > 0 && (
        <ul className="import-problems" aria-live="polite">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onContinue} disabled={problems.length > 0}>
          Continue
        </button>
      </div>
    </>
  );
}
