// The two files the import review can save: the rows left out (to fix and import again) and the
// mapping (columns, values, key column) for `coalition-map import --mapping FILE`. Both go through
// the export save dialog; the mapping holds header names and column values, never a person's data.
import type { ColumnChoice } from '../../../../shared/exchange/column-choices';
import type { KeyColumn } from '../../../../shared/exchange/reconcile';
import { mappingFileText } from '../../../../shared/exchange/sheet-mapping';
import { effectiveMapping, type ValueMapping } from '../../../../shared/exchange/value-mapping';
import type { SavedExport } from '../../../../shared/ipc';
import { windowExportApi } from '../../state/export/export-api';
import type { ImportReview } from '../../workers/import-protocol';

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || 'import';
}

/** Saves the rows left out as CSV (the sheet's columns, the line and the problem). */
export function saveSkippedRows(fileName: string, csv: string, suffix: string): Promise<SavedExport | null> {
  const rows = Math.max(0, csv.split('\r\n').length - 2);
  return windowExportApi().saveExportFile({
    suggestedFileName: `${baseName(fileName)} - ${suffix}.csv`,
    format: 'csv',
    content: csv,
    summary: { records: rows, ties: 0, leftOut: 0, redacted: 0 },
  });
}

/** Saves the column and value choices (confidential values included: the file is the user's own). */
export function saveMappingFile(
  fileName: string,
  headers: readonly string[],
  choices: readonly ColumnChoice[],
  sheet: { readonly values: ValueMapping; readonly key: KeyColumn | null },
  review: ImportReview,
): Promise<SavedExport | null> {
  const columns = Object.fromEntries(headers.map((h, i) => [h, choices[i] ?? 'custom']));
  const text = mappingFileText({ columns, values: effectiveMapping(review.valueColumns, sheet.values), key: sheet.key });
  return windowExportApi().saveExportFile({
    suggestedFileName: `${baseName(fileName)} - import mapping.json`,
    format: 'json',
    content: text,
    summary: { records: 0, ties: 0, leftOut: 0, redacted: 0 },
  });
}
