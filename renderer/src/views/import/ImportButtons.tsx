// The toolbar's "Import…" and "Merge another map…": each asks the Node side for a file, then
// opens its dialog with the bytes. Nothing on the map changes until the dialog's last button.
import { useState } from 'react';
import type { ImportFile, ImportPurpose } from '../../../../shared/ipc';
import { windowImportApi } from '../../state/import/import-api';
import { describeFailure } from '../../state/core/failure';
import { useActions, useAppState } from '../../state/core/use-store';
import { ImportDialog } from './ImportDialog';
import { MergeDialog } from './MergeDialog';
import './import.css';
import './review.css';

interface Chosen {
  readonly purpose: ImportPurpose;
  readonly file: ImportFile;
}

export function ImportButtons() {
  const actions = useActions();
  const hasMap = useAppState((s) => s.map !== null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [choosing, setChoosing] = useState(false);

  const choose = async (purpose: ImportPurpose) => {
    setChoosing(true);
    try {
      const file = await windowImportApi().chooseImportFile({ purpose });
      if (file) setChosen({ purpose, file });
    } catch (error) {
      actions.notify('error', `Nothing was ${purpose === 'merge' ? 'merged' : 'imported'}: ${describeFailure(error)}`);
    } finally {
      setChoosing(false);
    }
  };

  const close = () => setChosen(null);
  return (
    <div className="button-group import-buttons">
      <button type="button" disabled={!hasMap || choosing} onClick={() => void choose('import')} title="Add stakeholders from a CSV or Excel sheet, a GEXF or a GraphML file">
        Import…
      </button>
      <button type="button" disabled={!hasMap || choosing} onClick={() => void choose('merge')} title="Merge another organizer's coalition map into this one">
        Merge another map…
      </button>
      {chosen?.purpose === 'import' && <ImportDialog file={chosen.file} onClose={close} />}
      {chosen?.purpose === 'merge' && <MergeDialog file={chosen.file} onClose={close} />}
    </div>
  );
}
