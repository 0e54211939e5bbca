// The way back for a damaged encrypted map: its backups are encrypted too, so the window cannot
// list them until the passphrase is given. One passphrase field lists the backups it opens; each
// can then be restored with it (the restored map stays encrypted under the same passphrase).
import { useState, type FormEvent } from 'react';
import type { BackupInfo } from '../../../../shared/ipc';
import { describeFailure } from '../../state/core/failure';
import { useActions } from '../../state/core/use-store';

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function EncryptedBackups({ path, count }: { readonly path: string; readonly count: number }) {
  const actions = useActions();
  const [passphrase, setPassphrase] = useState('');
  const [listed, setListed] = useState<{ readonly passphrase: string; readonly backups: readonly BackupInfo[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '' || busy) return;
    setBusy(true);
    setProblem(null);
    void actions
      .listEncryptedBackups(path, passphrase)
      .then((backups) => setListed({ passphrase, backups }), (error: unknown) => setProblem(describeFailure(error)))
      .finally(() => {
        setBusy(false);
        setPassphrase('');
      });
  };

  return (
    <section aria-labelledby="encrypted-backups-heading" className="security-form">
      <h2 id="encrypted-backups-heading">Encrypted backups of this map ({count})</h2>
      <form onSubmit={show} className="security-form" aria-label="Passphrase for the encrypted backups">
        <p>They are protected by the map's passphrase. Enter it to see which backups it opens.</p>
        <label className="field">
          <span>Passphrase for the backups</span>
          <input type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
        <div className="button-row">
          <button type="submit" disabled={passphrase === '' || busy}>
            {busy ? 'Opening…' : 'Show encrypted backups'}
          </button>
        </div>
      </form>
      {problem && (
        <p className="unlock-error" role="alert">
          {problem}
        </p>
      )}
      {listed && (
        <ul className="backup-list" aria-label="Encrypted backups this passphrase opens">
          {listed.backups.map((b) => (
            <li key={b.id}>
              <span>
                {formatDate(b.takenAt)}: {b.stakeholders} stakeholders, {b.ties} ties
              </span>
              <button type="button" className="primary" onClick={() => void actions.restoreBackup(path, b.id, listed.passphrase)}>
                Restore this backup
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
