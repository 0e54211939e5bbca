// What the user sees when a map cannot be opened: what failed, what was kept, and ways forward.
import type { MapProblem } from '../../../shared/ipc';
import { useActions, useAppState } from '../state/core/use-store';
import { Notices } from './Notices';
import { plural } from '../../../shared/analysis/context';
import { EncryptedBackups } from './security/EncryptedBackups';

const HEADINGS: Record<MapProblem['reason'], string> = {
  unreadable: 'Your map file could not be read',
  invalid: 'Your map file is damaged',
  'newer-version': 'This map was made by a newer version of Coalition Mapper',
  locked: 'This map is already open in another window',
  missing: 'The map file is missing',
  // These two are shown by the unlock screen; listed so every reason has words.
  encrypted: 'This map is protected by a passphrase',
  'wrong-passphrase': 'That passphrase did not open the map',
};

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function ProblemScreen({ problem }: { readonly problem: MapProblem }) {
  const actions = useActions();
  const hasMap = useAppState((s) => s.map !== null);
  return (
    <main className="screen-centre">
      <div className="card problem">
        <h1>{HEADINGS[problem.reason]}</h1>
        <p className="problem-message" role="alert">
          {problem.message}
        </p>
        <p>
          File: <code>{problem.file.path}</code>
        </p>
        {problem.movedTo && problem.message.includes(problem.movedTo) ? (
          <p>Nothing was deleted: the original is kept, unchanged, where the message above says.</p>
        ) : problem.movedTo ? (
          <p>
            Nothing was deleted. The file was moved aside, unchanged, to <code>{problem.movedTo}</code> so it can be
            inspected or recovered later.
          </p>
        ) : (
          <p>The file was left exactly where it is, unchanged.</p>
        )}
        {problem.backups.length > 0 && (
          <section aria-labelledby="backups-heading">
            <h2 id="backups-heading">Good backups of this map</h2>
            <ul className="backup-list">
              {problem.backups.map((b) => (
                <li key={b.id}>
                  <span>
                    {formatDate(b.takenAt)}: {plural(b.stakeholders, 'stakeholder')}, {plural(b.ties, 'tie')}
                  </span>
                  <button type="button" className="primary" onClick={() => void actions.restoreBackup(problem.file.path, b.id)}>
                    Restore this backup
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {(problem.encryptedBackups ?? 0) > 0 && <EncryptedBackups path={problem.file.path} count={problem.encryptedBackups ?? 0} />}
        <h2>Or start from here</h2>
        <div className="button-row">
          <button type="button" onClick={() => void actions.newMap('empty', 'New coalition')}>
            Start a new empty map
          </button>
          <button type="button" onClick={() => void actions.newMap('sample', 'Sample coalition')}>
            Open the sample coalition
          </button>
          <button type="button" onClick={() => void actions.openMap()}>
            Open another map…
          </button>
          {hasMap && (
            <button type="button" onClick={actions.backToMap}>
              Back to the map I had open
            </button>
          )}
        </div>
        <Notices />
      </div>
    </main>
  );
}
