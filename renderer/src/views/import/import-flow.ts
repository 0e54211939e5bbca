// The steps of the import dialog and how it moves between them, as plain functions over a small
// context (the worker client, the step setter, the open map), so the dialog itself only draws the
// step it is on. Every request to the worker goes through `runStep`, which turns a refusal into the
// encoding question (bytes not UTF-8) or the failed step, with a way back to the columns.
import type { MapAddition } from '../../../../shared/exchange/graph-to-map';
import type { KeyColumn } from '../../../../shared/exchange/reconcile';
import type { ValueMapping } from '../../../../shared/exchange/value-mapping';
import type { MapDocument } from '../../../../shared/model';
import type { ImportFile } from '../../../../shared/ipc';
import { windowImportApi } from '../../state/import/import-api';
import { initialMapping, recallValues, rememberMapping, rememberValues, type ColumnChoice } from '../../state/import/import-mapping';
import { ImportFailedError, ImportStoppedError, type ImportAnswer, type ImportClient } from '../../workers/import-client';
import type { CsvPreview, ImportReview as Review } from '../../workers/import-protocol';
import type { TiesSheetInfo } from './TiesSheetChoice';
import { importTarget } from './use-import-client';

/** The value mapping and key column of a sheet's review; changing either converts again. */
export interface SheetChoices {
  readonly values: ValueMapping;
  readonly key: KeyColumn | null;
}

export type BackToColumns = { readonly preview: CsvPreview; readonly choices: ColumnChoice[] };

export interface SummaryStep {
  readonly kind: 'summary';
  readonly addition: MapAddition;
  readonly review: Review;
  readonly encoding: string;
  readonly preview: CsvPreview | null;
  readonly choices: ColumnChoice[];
  readonly ties: TiesSheetInfo | null;
  readonly sheetChoices: SheetChoices;
}

export type Step =
  | { readonly kind: 'working'; readonly message: string }
  | { readonly kind: 'encoding'; readonly message: string }
  /** `sheetChosen`: the user just picked this sheet of a workbook (the picker takes the focus again). */
  | { readonly kind: 'mapping'; readonly preview: CsvPreview; readonly choices: ColumnChoice[]; readonly remembered: boolean; readonly sheetChosen?: boolean }
  | SummaryStep
  /** `back` returns to the column mapping when a sheet's conversion was refused. */
  | { readonly kind: 'failed'; readonly message: string; readonly back?: BackToColumns };

export const NO_SHEET_CHOICES: SheetChoices = { values: {}, key: null };

export interface Flow {
  readonly file: ImportFile;
  readonly client: ImportClient;
  readonly setStep: (step: Step) => void;
  readonly currentMap: () => MapDocument | null;
  readonly progress: (message: string) => void;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const UNEXPECTED: Step = { kind: 'failed', message: 'The worker gave an unexpected answer; nothing was imported.' };

/** Asks the worker and shows its answer as the next step, or what went wrong. */
export async function runStep(flow: Flow, ask: () => Promise<ImportAnswer>, onAnswer: (answer: ImportAnswer) => Step, back?: BackToColumns): Promise<void> {
  try {
    flow.setStep(onAnswer(await ask()));
  } catch (error) {
    if (error instanceof ImportStoppedError) return;
    if (error instanceof ImportFailedError && error.stage === 'decode') flow.setStep({ kind: 'encoding', message: error.message });
    else flow.setStep({ kind: 'failed', message: message(error), back });
  }
}

export interface ReadOptions {
  /** The user's choice after a refusal. */
  readonly encoding?: string;
  /** A workbook's sheet; absent: the first, or a Kumu workbook's Elements with its Connections. */
  readonly sheet?: string;
  /** The user picked the sheet (or the Kumu pair) in the sheet picker. */
  readonly picked?: boolean;
}

/** Reads the file: a sheet goes to the column mapping, a graph file straight to the review. */
export function readFile(flow: Flow, { encoding, sheet, picked = false }: ReadOptions = {}): void {
  const map = flow.currentMap();
  if (!map) return;
  const { file, client, progress } = flow;
  flow.setStep({ kind: 'working', message: sheet === undefined ? `Reading ${file.fileName}…` : `Reading the sheet “${sheet}” of ${file.fileName}…` });
  const request = {
    type: 'read', purpose: 'import', fileName: file.fileName, base64: file.base64, target: importTarget(map),
    ...(encoding === undefined ? {} : { encoding }),
    ...(sheet === undefined ? {} : { sheet }),
  } as const;
  void runStep(
    flow,
    () => client.request(request, progress),
    (answer): Step => {
      if (answer.type === 'csv') return { kind: 'mapping', preview: answer.preview, ...initialMapping(storage(), answer.preview.headers), sheetChosen: picked };
      if (answer.type !== 'addition') return UNEXPECTED;
      return { kind: 'summary', addition: answer.addition, review: answer.review, encoding: answer.encoding, preview: null, choices: [], ties: null, sheetChoices: NO_SHEET_CHOICES };
    },
  );
}

export interface ConvertArgs {
  readonly preview: CsvPreview;
  readonly choices: ColumnChoice[];
  /** The ties sheet read before, if any. */
  readonly ties?: TiesSheetInfo | null;
  /** A ties sheet to read first, then convert with. */
  readonly readTiesFirst?: ImportFile;
  /** The review's choices; absent on the first conversion (the remembered values are used). */
  readonly given?: SheetChoices;
  /** With `given`: each value column's field, so the value choices are remembered. */
  readonly fields?: ReadonlyMap<string, string>;
}

/** The sheet choices of a conversion, remembering the column and value choices for these headers. */
function sheetChoicesOf({ preview, choices, given, fields }: ConvertArgs): SheetChoices {
  const kept = storage();
  if (kept) rememberMapping(kept, preview.headers, choices);
  if (kept && given && fields) rememberValues(kept, preview.headers, given.values, fields);
  return given ?? { values: kept ? recallValues(kept, preview.headers) : {}, key: null };
}

/** Converts the sheet with the column choices; with `ties`, the ties sheet read before goes in too. */
export function convertSheet(flow: Flow, args: ConvertArgs): void {
  const map = flow.currentMap();
  if (!map) return;
  const { client, progress } = flow;
  const { preview, choices, readTiesFirst } = args;
  const sheetChoices = sheetChoicesOf(args);
  let ties = args.ties ?? null;
  const ask = async () => {
    if (readTiesFirst) {
      const read = await client.request({ type: 'ties', fileName: readTiesFirst.fileName, base64: readTiesFirst.base64 }, progress);
      if (read.type === 'ties') ties = { fileName: read.fileName, headers: read.headers, rowCount: read.rowCount };
    }
    const withTies = ties !== null || preview.tiesFromWorkbook !== undefined;
    return client.request({ type: 'convert', choices, target: importTarget(map), withTies, values: sheetChoices.values, key: sheetChoices.key }, progress);
  };
  void runStep(
    flow,
    ask,
    (answer): Step =>
      answer.type === 'addition' ? { kind: 'summary', addition: answer.addition, review: answer.review, encoding: answer.encoding, preview, choices, ties, sheetChoices } : UNEXPECTED,
    { preview, choices },
  );
}

/** Chooses the ties sheet through the same file dialog, then converts both sheets together. */
export async function addTiesSheet(flow: Flow, preview: CsvPreview, choices: ColumnChoice[]): Promise<void> {
  let tiesFile: ImportFile | null;
  try {
    tiesFile = await windowImportApi().chooseImportFile({ purpose: 'import' });
  } catch (error) {
    flow.setStep({ kind: 'failed', message: message(error), back: { preview, choices } });
    return;
  }
  if (tiesFile) convertSheet(flow, { preview, choices, readTiesFirst: tiesFile });
}
