// Shown for an encrypted map (at start, after a lock, or after a wrong passphrase): one passphrase
// field. There is deliberately no "start fresh" here: nothing on this screen can write over the map.
import { useState, type FormEvent } from 'react';
import type { MapProblem } from '../../../../shared/ipc';
import { useActions } from '../../state/core/use-store';
import { Notices } from '../Notices';
import { EncryptedBackups } from './EncryptedBackups';

export function UnlockScreen({ problem }: { readonly problem: MapProblem }) {
  const actions = useActions();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const wrong = problem.reason === 'wrong-passphrase';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase === '' || busy) return;
    setBusy(true);
    void actions.unlock(problem.file.path, passphrase).finally(() => {
      setBusy(false);
      setPassphrase('');
    });
  };

  return (
    <main className="screen-centre">
      <form className="card unlock" onSubmit={submit} aria-labelledby="unlock-heading">
        <h1 id="unlock-heading">This map is locked</h1>
        <p>
          <code className="unlock-file">{problem.file.fileName}</code> is encrypted. Enter its passphrase to open it.
        </p>
        {wrong && (
          <p className="unlock-error" role="alert">
            That passphrase did not open the map. Check for typing mistakes and Caps Lock, then try again. The file was not changed.
          </p>
        )}
        <label className="field">
          <span>Passphrase</span>
          <input
            type="password"
            autoFocus
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-invalid={wrong}
          />
        </label>
        <div className="button-row">
          <button type="submit" className="primary" disabled={passphrase === '' || busy}>
            {busy ? 'Unlocking…' : 'Unlock'}
          </button>
          <button type="button" onClick={() => void actions.openMap()}>
            Open another map…
          </button>
        </div>
        <p className="hint">A forgotten passphrase cannot be recovered: the map stays encrypted and untouched.</p>
        <Notices />
      </form>
      {wrong && (problem.encryptedBackups ?? 0) > 0 && (
        <div className="card unlock">
          <p>Sure the passphrase is right? Then the file may be damaged: a backup can be restored with the same passphrase.</p>
          <EncryptedBackups path={problem.file.path} count={problem.encryptedBackups ?? 0} />
        </div>
      )}
    </main>
  );
}
