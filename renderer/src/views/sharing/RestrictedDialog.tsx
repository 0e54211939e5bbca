// Restricted records from the members dialog or a person's own panel. "Share a confidential
// person…": a survivor whom two advocates must share goes into a record of their own (its own key,
// its own database at the relay), never into the shared map, and the named organizer gets an
// invite to it, shown like the first invite, with what the relay's admin must set up, if anything;
// or the person goes into a record this organizer is already in, whoever started it, and its
// members see them after their next sync. "Join a restricted record…": the invite's words and the
// record's relay address (InviteEntry.tsx); its people then show on this map as confidential people.
import { useEffect, useState } from 'react';
import type { Stakeholder } from '../../../../shared/model';
import type { RestrictedDetail, RestrictedInvite } from '../../../../shared/sharing/sharing-contract';
import { isPlaceholder } from '../../../../shared/sync/placeholders';
import { useActions, useAppState } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { DialogFooter, InviteResult } from './DialogFooter';
import { useFormSubmit } from './use-form-submit';
import { InviteEntry } from './InviteEntry';

interface Props {
  readonly mode: 'share' | 'join';
  /** The person to share, when the dialog opens from their panel. */
  readonly person?: string;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function RestrictedDialog({ mode, person, onClose, onDone }: Props) {
  return mode === 'share' ? <ShareRestricted person={person} onClose={onClose} onDone={onDone} /> : <JoinRestricted onClose={onClose} onDone={onDone} />;
}

/** "with Ana and Ben" */
export function withWhom(members: readonly string[]): string {
  if (members.length === 0) return 'nobody else yet';
  return members.length === 1 ? members[0]! : `${members.slice(0, -1).join(', ')} and ${members[members.length - 1]!}`;
}

/** The records this organizer is in, as the Node side says now. */
function useRecords(): { readonly records: readonly RestrictedDetail[]; readonly you: string | null } {
  const actions = useActions();
  const [known, setKnown] = useState<{ readonly records: readonly RestrictedDetail[]; readonly you: string | null }>({ records: [], you: null });
  useEffect(() => {
    actions.sharingStatus().then((s) => setKnown({ records: s.restrictedDetails ?? [], you: s.you }), () => undefined);
  }, [actions]);
  return known;
}

type Result = { readonly invite: RestrictedInvite } | { readonly added: string };

function ShareRestricted({ person: chosen, onClose, onDone }: Omit<Props, 'mode'>) {
  const actions = useActions();
  const stakeholders = useAppState((s) => s.map?.stakeholders);
  const people = (stakeholders ?? []).filter((s) => s.confidential === true && !isPlaceholder(s)).sort((a, b) => a.name.localeCompare(b.name));
  const { records, you } = useRecords();
  const [person, setPerson] = useState(chosen ?? people[0]?.id ?? '');
  const [into, setInto] = useState('');
  const [name, setName] = useState('');
  const { busy, error, onSubmit } = useFormSubmit();
  const [result, setResult] = useState<Result | null>(null);
  const title = 'Share a confidential person';
  const held = records.find((r) => r.people.includes(person));
  const target = held === undefined ? records.find((r) => r.id === into) : undefined;
  const personName = people.find((p) => p.id === person)?.name ?? 'This person';
  if (result !== null) {
    // The same Dialog as the form's, so the dialog is not opened anew and Done keeps the focus.
    return (
      <Dialog title={title} onClose={onClose}>
        <ShareResult result={result} onClose={onClose} />
      </Dialog>
    );
  }
  const ready = person !== '' && (target !== undefined || name.trim() !== '');
  const run = (): Promise<Result> =>
    target !== undefined
      ? actions.addRestrictedPerson(target.id, person).then(() => ({ added: `${personName} is now in “${target.label}”. Its other members (${withWhom(target.members.filter((m) => m !== you))}) see them after their next sync, as a confidential person.` }))
      : actions.shareRestrictedPerson(person, name).then((invite) => ({ invite }));
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        onSubmit={onSubmit(ready, async () => {
          setResult(await run());
          onDone();
        })}
      >
        <p className="hint">
          The person goes into a restricted record, under its own key, in its own place at the relay; the shared map and the other organizers never get them.
          The record’s members see them as a confidential person.
        </p>
        <PersonChoice chosen={chosen} people={people} person={person} personName={personName} onChange={setPerson} />
        <RecordChoice held={held} records={records} you={you} personName={personName} into={into} onChange={setInto} />
        {target === undefined && (
          <label className="field">
            <span>Share with the organizer named</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required />
          </label>
        )}
        <DialogFooter error={error} onClose={onClose} submit={target === undefined ? 'Share and make the invite' : 'Add to the record'} working="Working…" busy={busy} ready={ready} />
      </form>
    </Dialog>
  );
}

/** What sharing gave: the invite to a new record, or the sentence saying who now sees the person. */
function ShareResult({ result, onClose }: { readonly result: Result; readonly onClose: () => void }) {
  if ('invite' in result) {
    return (
      <InviteResult
        invite={result.invite}
        opens="this restricted record"
        note={result.invite.setup ?? 'Nothing has to be set up at the shared folder: the record is sealed under its own key, and only this invite opens it.'}
        onClose={onClose}
      />
    );
  }
  return (
    <>
      <p role="status">{result.added}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Done
        </button>
      </div>
    </>
  );
}

interface PersonChoiceProps {
  /** Set when the dialog opened from the person's own panel. */
  readonly chosen: string | undefined;
  readonly people: readonly Stakeholder[];
  readonly person: string;
  readonly personName: string;
  readonly onChange: (id: string) => void;
}

/** Which confidential person: fixed when opened from their panel, else a choice of this map's. */
function PersonChoice({ chosen, people, person, personName, onChange }: PersonChoiceProps) {
  if (chosen !== undefined) {
    // From the person's own panel: that person, and the first field is the next choice.
    return (
      <p>
        Confidential person: <strong>{personName}</strong>
      </p>
    );
  }
  if (people.length === 0) return <p className="hint">This map has no confidential people. Mark a person confidential first.</p>;
  return (
    <label className="field">
      <span>Confidential person</span>
      <select value={person} onChange={(e) => onChange(e.target.value)} autoFocus>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface RecordChoiceProps {
  /** The record that already holds the person, if any. */
  readonly held: RestrictedDetail | undefined;
  readonly records: readonly RestrictedDetail[];
  readonly you: string | null;
  readonly personName: string;
  readonly into: string;
  readonly onChange: (id: string) => void;
}

/** Where the person goes: the record that holds them already, or a new one or one this organizer is in. */
function RecordChoice({ held, records, you, personName, into, onChange }: RecordChoiceProps) {
  if (held !== undefined) {
    return (
      <p className="hint">
        {personName} is already in “{held.label}” (with {withWhom(held.members.filter((m) => m !== you))}). The invite you make is to that record.
      </p>
    );
  }
  if (records.length === 0) return null;
  return (
    <label className="field">
      <span>Put them into</span>
      <select value={into} onChange={(e) => onChange(e.target.value)}>
        <option value="">A new restricted record</option>
        {records.map((r) => (
          <option key={r.id} value={r.id}>
            “{r.label}” (with {withWhom(r.members.filter((m) => m !== you))})
          </option>
        ))}
      </select>
    </label>
  );
}

function JoinRestricted({ onClose, onDone }: Omit<Props, 'mode' | 'person'>) {
  const actions = useActions();
  return (
    <Dialog title="Join a restricted record" onClose={onClose}>
      <InviteEntry
        wordsLabel="Invite words"
        emptyHint="Paste the words of the restricted record’s invite, or type them as they are read out to you."
        relayLabel="Record’s relay address"
        note="Its people join this map as confidential people: they stay on this computer and never go into the shared map."
        submit="Join the record"
        working="Joining…"
        onClose={onClose}
        onSubmit={async (words, relay) => {
          await actions.joinRestrictedRecord(words, relay);
          onDone();
          onClose();
        }}
      />
    </Dialog>
  );
}
