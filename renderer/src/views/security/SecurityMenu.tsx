// The toolbar's safety commands: passphrase and auto-lock, retention, hiding sensitive fields, and locking now.
import { useState } from 'react';
import { useActions, useAppState } from '../../state/core/use-store';
import { HideSensitiveToggle } from './HideSensitiveToggle';
import { PassphraseDialog } from './PassphraseDialog';
import { RetentionDialog } from './RetentionDialog';

export function SecurityMenu() {
  const actions = useActions();
  const hasMap = useAppState((s) => s.map !== null);
  const encrypted = useAppState((s) => s.security.encrypted);
  const [open, setOpen] = useState<'passphrase' | 'retention' | null>(null);
  return (
    <div className="button-group">
      <button type="button" disabled={!hasMap} onClick={() => setOpen('passphrase')}>
        {encrypted ? 'Passphrase…' : 'Protect with passphrase…'}
      </button>
      <button type="button" disabled={!hasMap} onClick={() => setOpen('retention')}>
        Retention…
      </button>
      <HideSensitiveToggle />
      {encrypted && (
        <button type="button" onClick={() => void actions.lockNow()} title="Close the map and drop its key from memory">
          Lock now
        </button>
      )}
      {open === 'passphrase' && <PassphraseDialog onClose={() => setOpen(null)} />}
      {open === 'retention' && <RetentionDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
