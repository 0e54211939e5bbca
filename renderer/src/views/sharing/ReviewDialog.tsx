// Who is in the shared map, and the open conflicts in words: a field two organizers changed
// without seeing each other's change shows both values, by whom, and "Keep this one"; a person
// removed by one organizer while another edited them waits for a decision: keep or remove.
import { useState } from 'react';
import type { SettleArg, SharedConflict, SharingStatus } from '../../../../shared/sharing/sharing-contract';
import { useActions, useAppState } from '../../state/core/use-store';
import { HIDDEN_FIELD_TEXT, SENSITIVE_FIELDS } from '../../state/safety/sensitive-fields';
import { Dialog } from '../Dialog';
import { CloseRow } from '../CloseRow';
import { FailureAlert, failureText } from './DialogFooter';
import { PlaceholderSwitch } from './PlaceholderSwitch';
import { RestrictedRecords, type RestrictedOpen } from './RestrictedRecords';
import { fieldWords } from '../../../../shared/sync/field-words';

interface Props {
  readonly status: SharingStatus;
  readonly onClose: () => void;
  readonly onSettled: () => void;
  /** "Remove…" beside an organizer, and "Start a clean copy…": each asks first (MoveDialog). */
  readonly onRemove?: (member: { readonly id: string; readonly name: string }) => void;
  readonly onCleanCopy?: () => void;
  /** "Share a confidential person…" and "Join a restricted record…" (RestrictedDialog), and a record's "Invite…" and "Leave…". */
  readonly onRestricted?: (what: RestrictedOpen) => void;
}

export function ReviewDialog({ status, onClose, onSettled, onRemove, onCleanCopy, onRestricted }: Props) {
  const actions = useActions();
  const [error, setError] = useState<string | null>(null);
  // With sensitive fields hidden (or while presenting), a conflict on one shows no value either.
  const hide = useAppState((s) => s.security.hideSensitive || s.security.presenting);
  const settle = (arg: SettleArg) => {
    setError(null);
    actions.settleSharedConflict(arg).then(onSettled, (failure: unknown) => setError(failureText(failure)));
  };
  return (
    <Dialog title="Members and conflicts" onClose={onClose}>
      <h3>Members</h3>
      <Members status={status} onRemove={onRemove} />
      {onCleanCopy && (status.state !== 'moved' && status.state !== 'removed') && (
        <p className="move-clean">
          <button type="button" onClick={onCleanCopy}>
            Start a clean copy…
          </button>{' '}
          <span className="hint">Erases the shared history: the map as it is now, under a new key.</span>
        </p>
      )}
      <PlaceholderSwitch status={status} onChanged={onSettled} />
      {onRestricted && <RestrictedRecords status={status} onOpen={onRestricted} />}
      <h3>Conflicts to review</h3>
      {status.conflicts.length === 0 ? (
        <p className="hint">No conflicts: every change has been merged.</p>
      ) : (
        <ul className="sharing-conflicts">
          {status.conflicts.map((c) => (
            <ConflictItem key={`${c.table}:${c.id}:${c.field ?? '-'}`} conflict={c} onSettle={settle} hide={hide} />
          ))}
        </ul>
      )}
      <FailureAlert error={error} />
      <CloseRow onClose={onClose} focus />
    </Dialog>
  );
}

function Members({ status, onRemove }: { readonly status: SharingStatus; readonly onRemove: Props['onRemove'] }) {
  const movable = onRemove !== undefined && status.state !== 'moved' && status.state !== 'removed';
  const organizers = status.organizers ?? status.members.map((name) => ({ id: '', name }));
  return (
    <ul className="sharing-members">
      {organizers.map((o, i) => {
        const you = status.youId ? o.id === status.youId : o.name === status.you;
        return (
          <li key={`${o.id}-${i}`}>
            {o.name}
            {you ? ' (you)' : ''}
            {movable && !you && o.id !== '' && (
              <>
                {' '}
                <button type="button" aria-label={`Remove ${o.name}…`} onClick={() => onRemove(o)}>
                  Remove…
                </button>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

const SENSITIVE: ReadonlySet<string> = new Set(SENSITIVE_FIELDS);

interface ItemProps {
  readonly conflict: SharedConflict;
  readonly onSettle: (arg: SettleArg) => void;
  readonly hide: boolean;
}

export function ConflictItem({ conflict, onSettle, hide }: ItemProps) {
  const { table, id, field } = conflict;
  const shown = (text: string) => (hide && field !== null && SENSITIVE.has(field) ? HIDDEN_FIELD_TEXT : text === '' ? '(empty)' : text);
  if (conflict.kind === 'removed-while-edited' || field === null) {
    return (
      <li className="sharing-conflict removed" aria-label={`${conflict.label}: removed while edited`}>
        <p>
          <strong>Removed while edited.</strong> {conflict.sentence}
        </p>
        <div className="button-group">
          <button type="button" onClick={() => onSettle({ table, id, keepRecord: true })}>
            Keep {conflict.label}
          </button>
          <button type="button" className="danger" onClick={() => onSettle({ table, id, keepRecord: false })}>
            Remove {conflict.label}
          </button>
        </div>
      </li>
    );
  }
  return (
    <li className="sharing-conflict" aria-label={`${conflict.label}, ${fieldWords(field)}: ${conflict.sentence}`}>
      <p>
        <strong>{conflict.label}</strong>, {fieldWords(field)}: {conflict.sentence}
      </p>
      <ul className="conflict-values">
        {conflict.values.map((value, index) => (
          <li key={index}>
            <span className="conflict-value">{shown(value.text)}</span> <span className="hint">by {value.by}</span>{' '}
            <button type="button" aria-label={`Keep this one: ${shown(value.text)} by ${value.by}`} onClick={() => onSettle({ table, id, field, keep: index })}>
              Keep this one
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}
