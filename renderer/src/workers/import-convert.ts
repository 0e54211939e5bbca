// The sheet steps of the import worker after the first read: the ties sheet that goes with a
// stakeholder sheet, and the conversion of both with the user's column and value choices into an
// addition and its reconciliation review. Pure functions over the sheets the core keeps.
import type { ColumnChoice } from '../../../shared/exchange/column-choices';
import { parseCsv, type CsvTable } from '../../../shared/exchange/csv';
import { convertSheet } from '../../../shared/exchange/csv-to-map';
import { decodeFileBytes } from '../../../shared/exchange/decode-text';
import { tableToCsv } from '../../../shared/exchange/export-csv';
import { ImportError } from '../../../shared/exchange/import-error';
import { DEFAULT_IMPORT_LIMITS } from '../../../shared/exchange/imported-graph';
import { fieldKey } from '../../../shared/exchange/node-to-stakeholder';
import { planReconciliation } from '../../../shared/exchange/reconcile';
import { plannedNewTies } from '../../../shared/exchange/reconcile-apply';
import { mapSheet, mapTiesSheet, tiesValueColumns, valueFieldOfChoice, withSheetHeaders } from '../../../shared/exchange/sheet-mapping';
import { skippedRowsTable, type RowProblem } from '../../../shared/exchange/sheet-problems';
import { distinctValues, effectiveMapping } from '../../../shared/exchange/value-mapping';
import { readXlsxRows } from '../../../shared/exchange/xlsx';
import type { ImportReply, ImportRequest, ValueColumn } from './import-protocol';

export interface KeptSheet {
  readonly table: CsvTable;
  readonly fileName: string;
  readonly encoding: string;
}

export interface KeptTies {
  readonly table: CsvTable;
  readonly fileName: string;
  readonly fromWorkbook?: boolean;
}

type Post = (reply: ImportReply) => void;

export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function checkSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.length > DEFAULT_IMPORT_LIMITS.maxBytes) {
    throw new ImportError(fileName, null, `the file is ${sizeText(bytes.length)}, more than the import limit of ${sizeText(DEFAULT_IMPORT_LIMITS.maxBytes)}`);
  }
}

/** Most distinct values listed for one column: a column with more is free text, not a category. */
const MAX_VALUES = 100;

/**
 * The columns whose values the review maps: the stakeholder sheet's categories, kind, stage and
 * confidential columns, and the ties sheet's tie type, each with its distinct values.
 */
export function valueColumnsOf(table: CsvTable, choices: readonly ColumnChoice[], ties: KeptTies | null): ValueColumn[] {
  const own = table.headers.flatMap((header, i) => {
    const field = valueFieldOfChoice(choices[i] ?? 'custom');
    return field ? [{ header, field, values: distinctValues(table.rows, header, field).slice(0, MAX_VALUES) }] : [];
  });
  if (!ties) return own;
  const fromTies = tiesValueColumns(ties.table.headers, table.headers).map(({ header, key, field }) => ({
    header: key,
    field,
    values: distinctValues(ties.table.rows, header, field).slice(0, MAX_VALUES),
    ties: { fileName: ties.fileName, header },
  }));
  return [...own, ...fromTies];
}

/** Reads the ties sheet that goes with the stakeholder sheet; its ends are resolved on convert. */
export function readTiesSheet(request: Extract<ImportRequest, { type: 'ties' }>, bytes: Uint8Array, post: Post): { kept: KeptTies; reply: ImportReply } {
  const { seq, fileName } = request;
  const excel = fileName.toLowerCase().endsWith('.xlsx');
  if (!fileName.toLowerCase().endsWith('.csv') && !excel) throw new ImportError(fileName, null, 'a ties sheet must be a .csv or .xlsx file with source and target columns');
  checkSize(bytes, fileName);
  post({ seq, type: 'progress', message: `Reading the ties in ${fileName}…` });
  const table = excel ? readXlsxRows(bytes, fileName) : parseCsv(decodeFileBytes(bytes, fileName, undefined).text, fileName);
  const keys = new Set(table.headers.map(fieldKey));
  const missing = ['source', 'target'].filter((k) => !keys.has(k));
  if (missing.length > 0) {
    throw new ImportError(fileName, 'header row', `a ties sheet needs ${missing.map((m) => `a "${m}" column`).join(' and ')} (found: ${table.headers.join(', ') || 'nothing'})`);
  }
  return { kept: { table, fileName }, reply: { seq, type: 'ties', fileName, headers: table.headers, rowCount: table.rows.length } };
}

/** The rows of one sheet that were left out, as CSV to fix; null when none were. */
function skippedCsv(rows: CsvTable, problems: readonly RowProblem[], sheetName: RowProblem['sheet']): string | null {
  const own = problems.filter((p) => p.sheet === sheetName);
  return own.length > 0 ? tableToCsv(skippedRowsTable(rows, own)) : null;
}

/** Converts the kept sheet (and ties sheet) with the user's choices and plans the reconciliation. */
export function convertKept(request: Extract<ImportRequest, { type: 'convert' }>, sheet: KeptSheet, ties: KeptTies | null, newId: () => string, post: Post): ImportReply {
  const { seq, choices, target } = request;
  const { table, fileName, encoding } = sheet;
  const valueColumns = valueColumnsOf(table, choices, ties);
  const values = effectiveMapping(valueColumns, request.values ?? {});
  const mapped = mapSheet(table, choices, values, fileName);
  post({ seq, type: 'progress', message: ties ? `Converting ${table.rows.length} rows and ${ties.table.rows.length} ties…` : `Converting ${table.rows.length} rows…` });
  const conversion = convertSheet(mapped, ties ? mapTiesSheet(ties.table, values, table.headers) : null, {
    ...(ties ? { tiesLabel: ties.fileName } : {}),
    now: target.now,
    newId,
    sourceLabel: fileName,
    serviceCatalog: target.serviceCatalog,
    existingStakeholders: target.existingStakeholders,
  });
  post({ seq, type: 'progress', message: `Looking for stakeholders already on your map among ${conversion.stakeholders.length}…` });
  const problems = withSheetHeaders(conversion.problems, table.headers, choices);
  const plan = planReconciliation(target.existingStakeholders, conversion.stakeholders, { key: request.key ?? null, sheetIds: conversion.sheetIds });
  const addition = { stakeholders: conversion.stakeholders, ties: conversion.ties, warnings: conversion.warnings };
  const newTies = plannedNewTies({ stakeholders: target.existingStakeholders, ties: target.existingTies ?? [] }, addition, plan);
  const review = {
    plan,
    problems,
    skippedCsv: skippedCsv(table, problems, 'stakeholders'),
    skippedTiesCsv: ties ? skippedCsv(ties.table, problems, 'ties') : null,
    valueColumns,
    blankRows: conversion.blankRows,
    newTies,
  };
  return { seq, type: 'addition', fileName, encoding, addition, review };
}
