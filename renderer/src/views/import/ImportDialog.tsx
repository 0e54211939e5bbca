// Importing a sheet or a graph file: read it in the worker (with progress and Cancel), ask for the
// encoding if the bytes are not UTF-8, let the user map a sheet's columns, show what will be added,
// and only then add it, as one undoable edit. Until that last button the map is untouched.
import { useCallback, useEffect, useState } from 'react';
import type { MapAddition } from '../../../../shared/exchange/graph-to-map';
import type { ImportFile } from '../../../../shared/ipc';
import { initialMapping, rememberMapping, type ColumnChoice } from '../../state/import-mapping';
import { useActions } from '../../state/use-store';
import { ImportFailedError, ImportStoppedError, type ImportAnswer } from '../../workers/import-client';
import type { CsvPreview } from '../../workers/import-protocol';
import { Dialog } from '../Dialog';
import { ColumnMapping } from './ColumnMapping';
import { EncodingChoice } from './EncodingChoice';
import { ImportSummary } from './ImportSummary';
import { WorkingStep } from './WorkingStep';
import { importTarget, useCurrentMap, useImportClient } from './use-import-client';

type Step =
  | { readonly kind: 'working'; readonly message: string }
  | { readonly kind: 'encoding'; readonly message: string }
  | { readonly kind: 'mapping'; readonly preview: CsvPreview; readonly choices: ColumnChoice[]; readonly remembered: boolean }
  | { readonly kind: 'summary'; readonly addition: MapAddition; readonly encoding: string; readonly preview: CsvPreview | null; readonly choices: ColumnChoice[] }
  /** `back` returns to the column mapping when a sheet's conversion was refused. */
  | { readonly kind: 'failed'; readonly message: string; readonly back?: { preview: CsvPreview; choices: ColumnChoice[] } };

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
          if (answer.type === 'addition') return { kind: 'summary', addition: answer.addition, encoding: answer.encoding, preview: null, choices: [] };
          return { kind: 'failed', message: 'The worker gave an unexpected answer; nothing was imported.' };
        },
      );
    },
    [client, file, run, progress, currentMap],
  );

  useEffect(() => read(), [read]);

  const convert = (preview: CsvPreview, choices: ColumnChoice[]) => {
    const map = currentMap();
    if (!map) return;
    const kept = storage();
    if (kept) rememberMapping(kept, preview.headers, choices);
    void run(
      () => client.request({ type: 'convert', choices, target: importTarget(map) }, progress),
      (answer) =>
        answer.type === 'addition'
          ? { kind: 'summary', addition: answer.addition, encoding: answer.encoding, preview, choices }
          : { kind: 'failed', message: 'The worker gave an unexpected answer; nothing was imported.' },
      { preview, choices },
    );
  };

  const apply = async (addition: MapAddition) => {
    setStep({ kind: 'working', message: `Adding ${addition.stakeholders.length} stakeholders and ${addition.ties.length} ties…` });
    const outcome = await actions.applyImport(addition, file.fileName);
    if (outcome.ok) onClose();
    else setStep({ kind: 'failed', message: outcome.message });
  };

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
          <ImportSummary
            fileName={file.fileName}
            addition={step.addition}
            encoding={step.encoding}
            onBack={step.preview ? () => setStep({ kind: 'mapping', preview: step.preview as CsvPreview, choices: step.choices, remembered: false }) : null}
            onImport={() => void apply(step.addition)}
            onCancel={cancel}
          />
        )}
        {step.kind === 'failed' && (
          <>
            <p className="import-error" role="alert">
              {step.message}
            </p>
            <p>Nothing was imported; your map is as it was.</p>
            <div className="dialog-actions">
              {step.back && (
                <button type="button" onClick={() => step.back && setStep({ kind: 'mapping', ...step.back, remembered: false })}>
                  Back to columns
                </button>
              )}
              <button type="button" onClick={onClose} autoFocus>
                Close
              </button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
