// Adds or edits a committee: its name, what it is for, and its members.
import { useState, type FormEvent } from 'react';
import type { Committee, MapDocument } from '../../../../shared/model';
import { StakeholderPicker } from './StakeholderPicker';

export type CommitteeFields = Omit<Committee, 'id'>;

interface Props {
  readonly map: MapDocument;
  readonly committee: Committee | null;
  /** Resolves true once saved, so the form can empty itself. */
  readonly onSave: (fields: CommitteeFields) => Promise<boolean>;
  readonly onCancel?: () => void;
}

export function CommitteeForm({ map, committee, onSave, onCancel }: Props) {
  const [name, setName] = useState(committee?.name ?? '');
  const [purpose, setPurpose] = useState(committee?.purpose ?? '');
  const [memberIds, setMemberIds] = useState<string[]>(() => [...(committee?.memberIds ?? [])]);
  const [problem, setProblem] = useState('');
  const what = committee ? `Edit “${committee.name}”` : 'Add a committee';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem('A committee needs a name.');
      return;
    }
    setProblem('');
    void onSave({ name: name.trim(), purpose: purpose.trim(), memberIds }).then((done) => {
      if (done && !committee) {
        setName('');
        setPurpose('');
        setMemberIds([]);
      }
    });
  };

  return (
    <form className="journey-form" onSubmit={submit} aria-label={what}>
      <h3>{what}</h3>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
      </label>
      <label>
        Purpose <input value={purpose} onChange={(e) => setPurpose(e.target.value)} maxLength={500} />
      </label>
      <StakeholderPicker label="Members" people={map.stakeholders} chosen={memberIds} onChange={setMemberIds} />
      {problem && <p role="alert">{problem}</p>}
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit">{committee ? 'Save committee' : 'Add the committee'}</button>
      </div>
    </form>
  );
}
