// The toolbar's "Export…" button; it owns the dialog's open state so the toolbar stays simple.
import { useState } from 'react';
import { useAppState } from '../../state/core/use-store';
import { ExportDialog } from './ExportDialog';

export function ExportButton() {
  const [open, setOpen] = useState(false);
  const hasMap = useAppState((s) => s.map !== null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!hasMap} title="Export lists, graphs, images or a printable brief">
        Export…
      </button>
      {open && <ExportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
