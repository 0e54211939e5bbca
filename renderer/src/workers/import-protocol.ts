// The messages between the window and the import worker. Every request carries a sequence number
// and every reply repeats it, so the window can drop answers to requests it no longer waits for.
import type { MapAddition } from '../../../shared/exchange/graph-to-map';
import type { MergeProposal } from '../../../shared/exchange/merge-maps';
import type { KeyColumn, ReconcilePlan } from '../../../shared/exchange/reconcile';
import type { RowProblem } from '../../../shared/exchange/sheet-problems';
import type { DistinctValue, ValueField, ValueMapping } from '../../../shared/exchange/value-mapping';
import type { MapDocument, ServiceCatalogEntry, Stakeholder, Tie } from '../../../shared/model';
import type { ColumnChoice } from '../state/import/import-mapping';

/** What an import is checked and converted against: the open map, as it is when the user continues. */
export interface ImportTarget {
  readonly now: string;
  readonly serviceCatalog: readonly ServiceCatalogEntry[];
  readonly existingStakeholders: readonly Stakeholder[];
  /** The map's ties, so the review can say how many incoming ties are new. */
  readonly existingTies?: readonly Tie[];
}

export type ImportRequest =
  | {
      readonly seq: number;
      readonly type: 'read';
      readonly purpose: 'import';
      readonly fileName: string;
      readonly base64: string;
      /** The user's choice after a refusal; absent on the first try. */
      readonly encoding?: string;
      readonly target: ImportTarget;
      /** Workbooks: the sheet to read (from `CsvPreview.sheets`); the first, or Kumu's Elements and Connections, when absent. */
      readonly sheet?: string;
      /** Graph files: groups (yEd groups, GraphML subgraphs) as organizations with works-at ties; true when absent. */
      readonly groupsAsOrganizations?: boolean;
    }
  | {
      readonly seq: number;
      readonly type: 'read';
      readonly purpose: 'merge';
      readonly fileName: string;
      readonly base64: string;
      readonly base: MapDocument;
    }
  /** Reads a ties sheet (CSV or Excel: source, target, type, strength, trust, notes) to go with the stakeholder sheet. */
  | { readonly seq: number; readonly type: 'ties'; readonly fileName: string; readonly base64: string }
  /** Converts the sheet read last with the user's column choices, with the ties sheet when `withTies`. */
  | {
      readonly seq: number;
      readonly type: 'convert';
      readonly choices: readonly ColumnChoice[];
      readonly target: ImportTarget;
      readonly withTies?: boolean;
      /** What each value of the category, kind, stage, confidential and tie-type columns means. */
      readonly values?: ValueMapping;
      /** The column that identifies records across imports; the matcher alone when absent. */
      readonly key?: KeyColumn | null;
    };

/** A value column of the sheet: its distinct values with counts, for the value mapping. */
export interface ValueColumn {
  /** The column's key in the value mapping: its header ("ties:Type" for a ties-sheet column the stakeholder sheet also has). */
  readonly header: string;
  readonly field: ValueField;
  /** Set for a column of the ties sheet, with its header as written there. */
  readonly ties?: { readonly fileName: string; readonly header: string };
  readonly values: readonly DistinctValue[];
}

/** What the review shows besides the addition: the reconciliation, the rows left out, the value columns. */
export interface ImportReview {
  readonly plan: ReconcilePlan;
  readonly problems: readonly RowProblem[];
  /** The rows left out, as CSV to save and fix (stakeholder sheet, ties sheet); null when none. */
  readonly skippedCsv: string | null;
  readonly skippedTiesCsv: string | null;
  readonly valueColumns: readonly ValueColumn[];
  /** Rows with no text at all, skipped quietly. */
  readonly blankRows: number;
  /** Incoming ties the plan would add (the rest are on the map already). */
  readonly newTies: number;
}

export interface CsvPreview {
  readonly fileName: string;
  readonly encoding: string;
  readonly headers: readonly string[];
  readonly rowCount: number;
  /** The first rows, one cell per header, with the file line each starts on. */
  readonly sample: readonly { readonly line: number; readonly cells: readonly string[] }[];
  readonly warnings: readonly string[];
  /** Workbooks: the sheet read and every sheet in tab order, for a sheet picker. */
  readonly sheet?: string;
  readonly sheets?: readonly string[];
  /** A Kumu workbook: its Connections sheet was read as the ties sheet and goes with the convert unless `withTies: false`. */
  readonly tiesFromWorkbook?: { readonly sheet: string; readonly rowCount: number };
  /** The workbook has Kumu's Elements and Connections sheets (read together when no sheet is chosen). */
  readonly kumu?: boolean;
}

export type ImportReply =
  | { readonly seq: number; readonly type: 'progress'; readonly message: string }
  | { readonly seq: number; readonly type: 'csv'; readonly preview: CsvPreview }
  | { readonly seq: number; readonly type: 'ties'; readonly fileName: string; readonly headers: readonly string[]; readonly rowCount: number }
  | { readonly seq: number; readonly type: 'addition'; readonly fileName: string; readonly encoding: string; readonly addition: MapAddition; readonly review: ImportReview }
  | { readonly seq: number; readonly type: 'merge'; readonly fileName: string; readonly incoming: MapDocument; readonly proposal: MergeProposal }
  /** `stage: 'decode'` means the bytes did not decode: the user may choose an encoding and retry. */
  | { readonly seq: number; readonly type: 'failed'; readonly stage: 'decode' | 'parse'; readonly message: string };
