// The members dialog's part on restricted records: those this organizer is a member of (their
// names on this computer and how many people each holds), and the ways to share a confidential
// person with named organizers or to join a record from its invite.
import type { SharingStatus } from '../../../../shared/sharing/sharing-contract';

interface Props {
  readonly status: SharingStatus;
  readonly onOpen: (mode: 'share' | 'join') => void;
}

export function RestrictedRecords({ status, onOpen }: Props) {
  const records = status.restricted ?? [];
  const gone = status.state === 'moved' || status.state === 'removed';
  return (
    <section className="sharing-restricted" aria-labelledby="restricted-records-title">
      <h3 id="restricted-records-title">Restricted records</h3>
      <p className="hint">A survivor whom two advocates must share goes into a record of their own, under its own key; nobody else in the coalition gets them.</p>
      {records.length === 0 ? (
        <p className="hint">You are in no restricted record.</p>
      ) : (
        <ul className="sharing-members">
          {records.map((r, i) => (
            <li key={`${r.label}-${i}`}>
              {r.label}: {r.people} {r.people === 1 ? 'person' : 'people'}
            </li>
          ))}
        </ul>
      )}
      {!gone && (
        <div className="button-group">
          <button type="button" onClick={() => onOpen('share')}>
            Share a confidential person…
          </button>
          <button type="button" onClick={() => onOpen('join')}>
            Join a restricted record…
          </button>
        </div>
      )}
    </section>
  );
}
