// The toolbar's safety commands: passphrase and auto-lock, retention, hiding sensitive fields, and locking now.
import { lazy, Suspense, useState } from 'react';
import { useActions, useAppState } from '../../state/core/use-store';
import { HideSensitiveToggle } from './HideSensitiveToggle';
import { RetentionDialog } from './RetentionDialog';

/**
 * Loaded when first opened: its strength meter brings zxcvbn's dictionaries (over a megabyte of
 * script, unpacked as it loads), which the window's start need not wait for.
 */
const PassphraseDialog = lazy(() => import('./PassphraseDialog').then((module) => ({ default: module.PassphraseDialog })));

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
      {open === 'passphrase' && (
        <Suspense fallback={<span role="status">Opening…</span>}>
          <PassphraseDialog onClose={() => setOpen(null)} />
        </Suspense>
      )}
      {open === 'retention' && <RetentionDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
