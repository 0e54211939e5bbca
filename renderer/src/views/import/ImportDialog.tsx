// Importing a sheet or a graph file: read it in the worker (with progress and Cancel), ask for the
// encoding if the bytes are not UTF-8, let the user map a sheet's columns, optionally add a ties
// sheet, then review the reconciliation (new, updates, repeats, rows left out, what the values
// mean) and only then apply it, as one undoable edit. Until that last button the map is untouched.
import { useCallback, useEffect, useState } from 'react';
import type { MapAddition } from '../../../../shared/exchange/graph-to-map';
import type { KeyColumn } from '../../../../shared/exchange/reconcile';
import type { ValueMapping } from '../../../../shared/exchange/value-mapping';
import type { ImportFile, SavedExport } from '../../../../shared/ipc';
import { mappedFieldNames } from '../../state/import/import-audit';
import { windowImportApi } from '../../state/import/import-api';
import { initialMapping, recallValues, rememberMapping, rememberValues, type ColumnChoice } from '../../state/import/import-mapping';
import { useActions } from '../../state/core/use-store';
import { ImportFailedError, ImportStoppedError, type ImportAnswer } from '../../workers/import-client';
import type { CsvPreview, ImportReview as Review } from '../../workers/import-protocol';
import { Dialog } from '../Dialog';
import { ColumnMapping } from './ColumnMapping';
import { EncodingChoice } from './EncodingChoice';
import { FailedStep } from './FailedStep';
import { ImportReview } from './ImportReview';
import { toReconcileDecisions, type RowDecisions } from './ReviewRows';
import { saveMappingFile, saveSkippedRows } from './review-files';
import { TiesSheetChoice, type TiesSheetInfo } from './TiesSheetChoice';
import { WorkingStep } from './WorkingStep';
import { importTarget, useCurrentMap, useImportClient } from './use-import-client';

type Step =
  | { readonly kind: 'working'; readonly message: string }
  | { readonly kind: 'encoding'; readonly message: string }
  | { readonly kind: 'mapping'; readonly preview: CsvPreview; readonly choices: ColumnChoice[]; readonly remembered: boolean }
  | {
      readonly kind: 'summary';
      readonly addition: MapAddition;
      readonly review: Review;
      readonly encoding: string;
      readonly preview: CsvPreview | null;
      readonly choices: ColumnChoice[];
      readonly ties: TiesSheetInfo | null;
      readonly sheetChoices: SheetChoices;
    }
  /** `back` returns to the column mapping when a sheet's conversion was refused. */
  | { readonly kind: 'failed'; readonly message: string; readonly back?: { preview: CsvPreview; choices: ColumnChoice[] } };

/** The value mapping and key column of a sheet's review; changing either converts again. */
interface SheetChoices {
  readonly values: ValueMapping;
  readonly key: KeyColumn | null;
}

const NO_SHEET_CHOICES: SheetChoices = { values: {}, key: null };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

interface Props {
  readonly file: ImportFile;
  readonly onClose: () => void;
}

export function ImportDialog({ file, onClose }: Props) {
  const actions = useActions();
  const currentMap = useCurrentMap();
  const client = useImportClient();
  const [step, setStep] = useState<Step>({ kind: 'working', message: `Reading ${file.fileName}…` });
  const progress = useCallback((message: string) => setStep({ kind: 'working', message }), []);

  const run = useCallback(
    async (ask: () => Promise<ImportAnswer>, onAnswer: (answer: ImportAnswer) => Step, back?: { preview: CsvPreview; choices: ColumnChoice[] }) => {
      try {
        setStep(onAnswer(await ask()));
      } catch (error) {
        if (error instanceof ImportStoppedError) return;
        if (error instanceof ImportFailedError && error.stage === 'decode') setStep({ kind: 'encoding', message: error.message });
        else setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error), back });
      }
    },
    [],
  );

  const read = useCallback(
    (encoding?: string) => {
      const map = currentMap();
      if (!map) return;
      setStep({ kind: 'working', message: `Reading ${file.fileName}…` });
      void run(
        () => client.request({ type: 'read', purpose: 'import', fileName: file.fileName, base64: file.base64, encoding, target: importTarget(map) }, progress),
        (answer) => {
          if (answer.type === 'csv') return { kind: 'mapping', preview: answer.preview, ...initialMapping(storage(), answer.preview.headers) };
          if (answer.type === 'addition') {
            return { kind: 'summary', addition: answer.addition, review: answer.review, encoding: answer.encoding, preview: null, choices: [], ties: null, sheetChoices: NO_SHEET_CHOICES };
          }
          return { kind: 'failed', message: 'The worker gave an unexpected answer; nothing was imported.' };
        },
      );
    },
    [client, file, run, progress, currentMap],
  );

  useEffect(() => read(), [read]);

  /** Converts the sheet with the column choices; with `ties`, the ties sheet read before goes in too. */
  const convert = (
    preview: CsvPreview,
    choices: ColumnChoice[],
    ties: TiesSheetInfo | null = null,
    readTiesFirst?: ImportFile,
    given?: SheetChoices,
    fields?: ReadonlyMap<string, string>,
  ) => {
    const map = currentMap();
    if (!map) return;
    const kept = storage();
    if (kept) rememberMapping(kept, preview.headers, choices);
    const sheetChoices = given ?? { values: kept ? recallValues(kept, preview.headers) : {}, key: null };
    if (kept && given && fields) rememberValues(kept, preview.headers, given.values, fields);
    let tiesInfo = ties;
    void run(
      async () => {
        if (readTiesFirst) {
          const read = await client.request({ type: 'ties', fileName: readTiesFirst.fileName, base64: readTiesFirst.base64 }, progress);
          if (read.type === 'ties') tiesInfo = { fileName: read.fileName, headers: read.headers, rowCount: read.rowCount };
        }
        const request = { type: 'convert', choices, target: importTarget(map), withTies: tiesInfo !== null || preview.tiesFromWorkbook !== undefined, values: sheetChoices.values, key: sheetChoices.key } as const;
        return client.request(request, progress);
      },
      (answer) =>
        answer.type === 'addition'
          ? { kind: 'summary', addition: answer.addition, review: answer.review, encoding: answer.encoding, preview, choices, ties: tiesInfo, sheetChoices }
          : { kind: 'failed', message: 'The worker gave an unexpected answer; nothing was imported.' },
      { preview, choices },
    );
  };

  /** Chooses the ties sheet through the same file dialog, then converts both sheets together. */
  const addTies = async (preview: CsvPreview, choices: ColumnChoice[]) => {
    let tiesFile: ImportFile | null;
    try {
      tiesFile = await windowImportApi().chooseImportFile({ purpose: 'import' });
    } catch (error) {
      setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error), back: { preview, choices } });
      return;
    }
    if (tiesFile) convert(preview, choices, null, tiesFile);
  };

  const apply = async (step: Extract<Step, { kind: 'summary' }>, decisions: RowDecisions) => {
    const { addition, review, choices, ties, preview } = step;
    setStep({ kind: 'working', message: `Importing ${addition.stakeholders.length} stakeholders and ${addition.ties.length} ties…` });
    const label = ties ? `${file.fileName} and ${ties.fileName}` : file.fileName;
    const fields = preview ? mappedFieldNames(choices, ties?.headers) : undefined;
    const outcome = await actions.applyReconciledImport(addition, review.plan, toReconcileDecisions(decisions), label, fields);
    if (outcome.ok) onClose();
    else setStep({ kind: 'failed', message: outcome.message });
  };

  const saved = (result: SavedExport | null) => {
    if (result) actions.notify('info', `Saved ${result.path}.`);
  };
  const notSaved = (error: unknown) => actions.notify('error', `Could not save the file: ${error instanceof Error ? error.message : String(error)}`);

  const cancel = () => {
    client.cancel();
    onClose();
  };

  return (
    <Dialog title={`Import ${file.fileName}`} onClose={cancel}>
      <div className="import-flow">
        {step.kind === 'working' && <WorkingStep message={step.message} onCancel={cancel} />}
        {step.kind === 'encoding' && <EncodingChoice fileName={file.fileName} message={step.message} onChoose={read} onCancel={cancel} />}
        {step.kind === 'mapping' && (
          <ColumnMapping
            preview={step.preview}
            choices={step.choices}
            remembered={step.remembered}
            onChange={(choices) => setStep({ ...step, choices })}
            onContinue={() => convert(step.preview, step.choices)}
            onCancel={cancel}
          />
        )}
        {step.kind === 'summary' && (
          <ImportReview
            key={step.review.plan.entries.map((e) => e.incomingId).join(',')}
            fileName={file.fileName}
            addition={step.addition}
            review={step.review}
            encoding={step.encoding}
            onMap={new Map((currentMap()?.stakeholders ?? []).map((s) => [s.id, s]))}
            sheet={
              step.preview
                ? {
                    ...step.sheetChoices,
                    onValues: (values) =>
                      step.preview &&
                      convert(step.preview, step.choices, step.ties, undefined, { ...step.sheetChoices, values }, new Map(step.review.valueColumns.map((c) => [c.header, c.field]))),
                    onKey: (key) => step.preview && convert(step.preview, step.choices, step.ties, undefined, { ...step.sheetChoices, key }),
                  }
                : null
            }
            onBack={step.preview ? () => setStep({ kind: 'mapping', preview: step.preview as CsvPreview, choices: step.choices, remembered: false }) : null}
            onImport={(decisions) => void apply(step, decisions)}
            onSaveSkipped={(csv, suffix) => void saveSkippedRows(file.fileName, csv, suffix).then(saved, notSaved)}
            onSaveMapping={
              step.preview ? () => step.preview && void saveMappingFile(file.fileName, step.preview.headers, step.choices, step.sheetChoices, step.review).then(saved, notSaved) : null
            }
            onCancel={cancel}
          >
            {step.preview && (
              <TiesSheetChoice
                ties={step.ties}
                onAdd={() => step.preview && void addTies(step.preview, step.choices)}
                onRemove={() => step.preview && convert(step.preview, step.choices, null, undefined, step.sheetChoices)}
              />
            )}
          </ImportReview>
        )}
        {step.kind === 'failed' && (
          <FailedStep message={step.message} nothingWas="imported" onClose={onClose}>
            {step.back && (
              <button type="button" onClick={() => step.back && setStep({ kind: 'mapping', ...step.back, remembered: false })}>
                Back to columns
              </button>
            )}
          </FailedStep>
        )}
      </div>
    </Dialog>
  );
}
