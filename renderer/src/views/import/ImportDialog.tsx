// Importing a sheet or a graph file: read it in the worker (with progress and Cancel), ask for the
// encoding if the bytes are not UTF-8, let the user pick a workbook's sheet and map a sheet's
// columns, optionally add a ties sheet, then review the reconciliation (new, updates, repeats, rows
// left out, what the values mean) and only then apply it, as one undoable edit. Until that last
// button the map is untouched. The steps and the moves between them are in import-flow.ts.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ImportFile, SavedExport } from '../../../../shared/ipc';
import { mappedFieldNames } from '../../state/import/import-audit';
import { useActions } from '../../state/core/use-store';
import type { CsvPreview } from '../../workers/import-protocol';
import { Dialog } from '../Dialog';
import { ColumnMapping } from './ColumnMapping';
import { EncodingChoice } from './EncodingChoice';
import { FailedStep } from './FailedStep';
import { addTiesSheet, convertSheet, readFile, type Flow, type Step, type SummaryStep } from './import-flow';
import { ImportReview } from './ImportReview';
import { toReconcileDecisions, type RowDecisions } from './ReviewRows';
import { saveMappingFile, saveSkippedRows } from './review-files';
import { TiesSheetChoice } from './TiesSheetChoice';
import { WorkingStep } from './WorkingStep';
import { useCurrentMap, useImportClient } from './use-import-client';

interface Props {
  readonly file: ImportFile;
  readonly onClose: () => void;
}

type Actions = ReturnType<typeof useActions>;

/** Applies the reviewed import as one undoable edit, then closes; or says why it could not. */
async function apply(flow: Flow, actions: Actions, step: SummaryStep, decisions: RowDecisions, onClose: () => void): Promise<void> {
  const { addition, review, choices, ties, preview } = step;
  flow.setStep({ kind: 'working', message: `Importing ${addition.stakeholders.length} stakeholders and ${addition.ties.length} ties…` });
  const label = ties ? `${flow.file.fileName} and ${ties.fileName}` : flow.file.fileName;
  const fields = preview ? mappedFieldNames(choices, ties?.headers) : undefined;
  const outcome = await actions.applyReconciledImport(addition, review.plan, toReconcileDecisions(decisions), label, fields);
  if (outcome.ok) onClose();
  else flow.setStep({ kind: 'failed', message: outcome.message });
}

/** Tells where a saved file went, or why it was not saved. */
function savedFile(actions: Actions, saving: Promise<SavedExport | null>): void {
  saving.then(
    (result) => {
      if (result) actions.notify('info', `Saved ${result.path}.`);
    },
    (error: unknown) => actions.notify('error', `Could not save the file: ${error instanceof Error ? error.message : String(error)}`),
  );
}

interface SummaryProps {
  readonly flow: Flow;
  readonly step: SummaryStep;
  readonly actions: Actions;
  readonly onClose: () => void;
  readonly onCancel: () => void;
}

/** The review of a converted file, with the sheet's value and key choices and its ties sheet. */
function Summary({ flow, step, actions, onClose, onCancel }: SummaryProps) {
  const { file } = flow;
  const { preview, choices, ties, sheetChoices, review } = step;
  const again = (sheet: CsvPreview, change: Partial<Parameters<typeof convertSheet>[1]>) => convertSheet(flow, { preview: sheet, choices, ties, given: sheetChoices, ...change });
  const fields = new Map(review.valueColumns.map((c) => [c.header, c.field]));
  return (
    <ImportReview
      key={review.plan.entries.map((e) => e.incomingId).join(',')}
      fileName={file.fileName}
      addition={step.addition}
      review={review}
      encoding={step.encoding}
      onMap={new Map((flow.currentMap()?.stakeholders ?? []).map((s) => [s.id, s]))}
      sheet={
        preview
          ? {
              ...sheetChoices,
              onValues: (values) => again(preview, { given: { ...sheetChoices, values }, fields }),
              onKey: (key) => again(preview, { given: { ...sheetChoices, key } }),
            }
          : null
      }
      onBack={preview ? () => flow.setStep({ kind: 'mapping', preview, choices, remembered: false }) : null}
      onImport={(decisions) => void apply(flow, actions, step, decisions, onClose)}
      onSaveSkipped={(csv, suffix) => savedFile(actions, saveSkippedRows(file.fileName, csv, suffix))}
      onSaveMapping={preview ? () => savedFile(actions, saveMappingFile(file.fileName, preview.headers, choices, sheetChoices, review)) : null}
      onCancel={onCancel}
    >
      {preview && <TiesSheetChoice ties={ties} onAdd={() => void addTiesSheet(flow, preview, choices)} onRemove={() => again(preview, { ties: null })} />}
    </ImportReview>
  );
}

export function ImportDialog({ file, onClose }: Props) {
  const actions = useActions();
  const currentMap = useCurrentMap();
  const client = useImportClient();
  const [step, setStep] = useState<Step>({ kind: 'working', message: `Reading ${file.fileName}…` });
  const progress = useCallback((message: string) => setStep({ kind: 'working', message }), []);
  const flow = useMemo<Flow>(() => ({ file, client, setStep, currentMap, progress }), [file, client, currentMap, progress]);

  useEffect(() => readFile(flow), [flow]);

  const cancel = () => {
    client.cancel();
    onClose();
  };

  return (
    <Dialog title={`Import ${file.fileName}`} onClose={cancel}>
      <div className="import-flow">
        {step.kind === 'working' && <WorkingStep message={step.message} onCancel={cancel} />}
        {step.kind === 'encoding' && <EncodingChoice fileName={file.fileName} message={step.message} onChoose={(encoding) => readFile(flow, { encoding })} onCancel={cancel} />}
        {step.kind === 'mapping' && (
          <ColumnMapping
            preview={step.preview}
            choices={step.choices}
            remembered={step.remembered}
            sheetChosen={step.sheetChosen === true}
            onChange={(choices) => setStep({ ...step, choices, sheetChosen: false })}
            onSheet={(sheet) => readFile(flow, { ...(sheet === null ? {} : { sheet }), picked: true })}
            onContinue={() => convertSheet(flow, { preview: step.preview, choices: step.choices })}
            onCancel={cancel}
          />
        )}
        {step.kind === 'summary' && <Summary flow={flow} step={step} actions={actions} onClose={onClose} onCancel={cancel} />}
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
