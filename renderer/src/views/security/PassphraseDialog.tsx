// Protect a map with a passphrase, change it, or remove it; and choose the auto-lock time.
import { useMemo, useState, type FormEvent } from 'react';
import { passphraseStrength } from '../../../../shared/security/passphrase-strength';
import { describeFailure } from '../../state/core/failure';
import { useActions, useAppState } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { CloseRow } from '../CloseRow';
import { AutoLockChoice } from './AutoLockChoice';
import { backupReport, newPassphraseProblem } from './passphrase-rules';
import { PassphraseMeter } from './PassphraseMeter';

export function PassphraseDialog({ onClose }: { readonly onClose: () => void }) {
  const actions = useActions();
  const encrypted = useAppState((s) => s.security.encrypted);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const coalitionName = useAppState((s) => s.map?.coalition.name ?? '');
  // The coalition's name is the first thing someone guessing would try.
  const context = useMemo(() => (coalitionName === '' ? [] : [coalitionName, ...coalitionName.split(/\s+/)]), [coalitionName]);
  const strength = useMemo(() => passphraseStrength(next, context), [next, context]);
  const problem = newPassphraseProblem(next, confirm, context);

  const run = (nextPassphrase: string | null, what: string) => {
    setBusy(true);
    setError(null);
    actions
      .setPassphrase(encrypted ? current : null, nextPassphrase)
      .then((change) => setDone(`${what} ${backupReport(change.rewrittenBackups, change.skippedBackups)}`))
      .catch((e: unknown) => setError(describeFailure(e)))
      .finally(() => setBusy(false));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem === null) run(next, encrypted ? 'The passphrase was changed.' : 'The map is now encrypted.');
  };

  return (
    <Dialog title={encrypted ? 'Change or remove the passphrase' : 'Protect with passphrase'} onClose={onClose}>
      {done !== null ? (
        <p role="status" className="security-report">{done}</p>
      ) : (
        <form onSubmit={submit} className="security-form">
          <p>
            The map, its backups and its temporary files are encrypted on disk. Without the passphrase nobody can open it, and that
            includes you: it cannot be recovered.
          </p>
          {encrypted && (
            <label className="field">
              <span>Current passphrase</span>
              <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
            </label>
          )}
          <label className="field">
            <span>New passphrase (at least 8 characters)</span>
            <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
          </label>
          {next !== '' && <PassphraseMeter strength={strength} />}
          <label className="field">
            <span>Type it again</span>
            <input type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
          </label>
          {next !== '' && problem !== null && <p className="hint">{problem}</p>}
          {error !== null && <p role="alert" className="unlock-error">{error}</p>}
          {/* Not pinned to the dialog's foot: the auto-lock choice below would slide under it. */}
          <div className="dialog-actions inline-actions">
            {encrypted && (
              <button type="button" className="danger" disabled={busy || current === ''} onClick={() => run(null, 'The passphrase was removed: the map is stored unencrypted.')}>
                Remove passphrase
              </button>
            )}
            <button type="submit" className="primary" disabled={busy || problem !== null || (encrypted && current === '')}>
              {busy ? 'Working…' : encrypted ? 'Change passphrase' : 'Protect'}
            </button>
          </div>
        </form>
      )}
      <AutoLockChoice />
      <CloseRow onClose={onClose} />
    </Dialog>
  );
}
