// The members dialog's part on restricted records: those this organizer is a member of (their
// names on this computer, how many people each holds and with whom), each with "Invite…",
// "Remove…" (another member, the record's key changed) and "Leave…", and the ways to share a confidential person with named organizers or to join a
// record from its invite.
import type { RestrictedDetail, SharingStatus } from '../../../../shared/sharing/sharing-contract';
import { withWhom } from './RestrictedDialog';

/** What the members dialog opens: a dialog on restricted records, or one on a single record. */
export type RestrictedOpen = 'share' | 'join' | { readonly invite: RestrictedDetail } | { readonly leave: RestrictedDetail } | { readonly removeFrom: RestrictedDetail };

interface Props {
  readonly status: SharingStatus;
  readonly onOpen: (what: RestrictedOpen) => void;
}

export function RestrictedRecords({ status, onOpen }: Props) {
  const records = status.restricted ?? [];
  const details = status.restrictedDetails ?? [];
  const gone = status.state === 'moved' || status.state === 'removed';
  return (
    <section className="sharing-restricted" aria-labelledby="restricted-records-title">
      <h3 id="restricted-records-title">Restricted records</h3>
      <p className="hint">A survivor whom two advocates must share goes into a record of their own, under its own key; nobody else in the coalition gets them.</p>
      {records.length === 0 ? (
        <p className="hint">You are in no restricted record.</p>
      ) : (
        <ul className="sharing-members">
          {records.map((r, i) => {
            const detail = details[i];
            return (
              <li key={`${r.label}-${i}`}>
                <span>
                  {r.label}: {r.people} {r.people === 1 ? 'person' : 'people'}
                </span>
                {detail !== undefined && <span className="hint"> (with {withWhom(detail.members.map((m) => (m === status.you ? 'you' : m)))})</span>}
                {detail?.removedBy != null && <div className="hint">{detail.removedBy} removed you from it and changed its key: this computer no longer syncs it. “Leave…” deletes it from here.</div>}
                {detail !== undefined && !gone && (
                  <>
                    {detail.removedBy == null && (
                      <>
                        {' '}
                        <button type="button" aria-label={`Invite an organizer to “${r.label}”…`} onClick={() => onOpen({ invite: detail })}>
                          Invite…
                        </button>{' '}
                        {(detail.organizers?.length ?? 0) > 1 && (
                          <button type="button" aria-label={`Remove an organizer from “${r.label}”…`} onClick={() => onOpen({ removeFrom: detail })}>
                            Remove…
                          </button>
                        )}
                      </>
                    )}{' '}
                    <button type="button" aria-label={`Leave “${r.label}”…`} onClick={() => onOpen({ leave: detail })}>
                      Leave…
                    </button>
                  </>
                )}
              </li>
            );
          })}
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
