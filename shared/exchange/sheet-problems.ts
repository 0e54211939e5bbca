// The rows of a sheet that cannot come in, each with its line, column and reason. They are
// collected rather than thrown one at a time, so the user sees every problem at once and may
// import the good rows, keeping the others as a file to fix (with a "problem" column added).
import type { CsvRow, CsvTable } from './csv';
import { text, type ExportTable } from './export-table';
import { ImportError } from './import-error';

export interface RowProblem {
  /** The sheet's file name. */
  readonly file: string;
  /** Which sheet: the stakeholders' or the ties'. */
  readonly sheet: 'stakeholders' | 'ties';
  /** 1-based line of the file (or row of the workbook), as a spreadsheet shows it. */
  readonly line: number;
  /** The header of the cell at fault, or null when the row as a whole is. */
  readonly column: string | null;
  readonly message: string;
}

export function describeProblem(p: RowProblem): string {
  return `${p.file}, line ${p.line}${p.column === null ? '' : `, column "${p.column}"`}: ${p.message}`;
}

/** The two columns a file of skipped rows adds; a sheet reader leaves them out when it comes back fixed. */
export const SKIPPED_LINE_COLUMN = 'import line';
export const SKIPPED_PROBLEM_COLUMN = 'import problem';

/** At most this many problems are spelled out in one message; the rest are counted. */
const MAX_LISTED = 50;

export function describeProblems(problems: readonly RowProblem[]): string[] {
  const lines = problems.slice(0, MAX_LISTED).map(describeProblem);
  if (problems.length > MAX_LISTED) lines.push(`…and ${problems.length - MAX_LISTED} more problems`);
  return lines;
}

/** Thrown by an all-or-nothing import when any row has a problem; it names every one of them. */
export class RowProblemsError extends ImportError {
  constructor(readonly problems: readonly RowProblem[]) {
    const rows = new Set(problems.map((p) => `${p.sheet}:${p.line}`)).size;
    const first = problems[0];
    super(
      first?.file ?? 'import',
      null,
      `${rows === 1 ? '1 row has a problem' : `${rows} rows have problems`}, so nothing was imported (fix them, or import the other rows and keep these apart):\n` +
        describeProblems(problems).map((line) => `  ${line}`).join('\n'),
    );
    this.name = 'RowProblemsError';
  }
}

/** True for a row with no text in any cell: a blank line, or a row of commas or semicolons. */
export function isBlankRow(row: CsvRow): boolean {
  for (const value of row.cells.values()) if (value.trim() !== '') return false;
  return true;
}

/**
 * The skipped rows of one sheet as a table to save and fix: the sheet's own columns, then
 * "import line" (where the row was) and "import problem" (every reason, joined), in the sheet's order.
 */
export function skippedRowsTable(table: CsvTable, problems: readonly RowProblem[]): ExportTable {
  const reasons = new Map<number, string[]>();
  for (const p of problems) {
    const list = reasons.get(p.line) ?? [];
    list.push(p.column === null ? p.message : `${p.column}: ${p.message}`);
    reasons.set(p.line, list);
  }
  const rows = table.rows
    .filter((row) => reasons.has(row.line))
    .map((row) => [...table.headers.map((h) => row.cells.get(h) ?? ''), row.line, (reasons.get(row.line) ?? []).join('; ')]);
  return {
    columns: [...table.headers.map(text), { header: SKIPPED_LINE_COLUMN, type: 'number' }, text(SKIPPED_PROBLEM_COLUMN)],
    rows,
  };
}
