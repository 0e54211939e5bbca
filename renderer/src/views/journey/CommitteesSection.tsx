// Committees: named groups of members with a purpose. Each can be edited or removed; removing a
// committee leaves its members on the map.
import { useState } from 'react';
import { addCommittee, removeCommittee, updateCommittee } from '../../../../shared/journey/committees';
import type { MapDocument } from '../../../../shared/model';
import { useActions, useAppState } from '../../state/core/use-store';
import { CommitteeForm, type CommitteeFields } from './CommitteeForm';

export function CommitteesSection({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const [editing, setEditing] = useState<string | null>(null);
  // While presenting, names and purposes on screen are scrubbed: editing would save the placeholders.
  const presenting = useAppState((s) => s.security.presenting);
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const add = (fields: CommitteeFields) => actions.editJourney(`the committee “${fields.name}”`, (m, ctx) => addCommittee(m, fields, ctx).map);
  const save = (id: string) => (fields: CommitteeFields) =>
    actions.editJourney(`the committee “${fields.name}”`, (m) => updateCommittee(m, id, fields)).then((done) => {
      if (done) setEditing(null);
      return done;
    });
  return (
    <section aria-label="Committees">
      {map.committees.length === 0 && <p>No committees yet. A committee is a named group of members with one job.</p>}
      <ul className="journey-list">
        {map.committees.map((c) =>
          editing === c.id ? (
            <li key={c.id} className="journey-meeting">
              <CommitteeForm map={map} committee={c} onSave={save(c.id)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={c.id} className="journey-meeting">
              <div className="journey-step-head">
                <h4>{c.name}</h4>
                <span>
                  <button type="button" className="small" aria-label={`Edit “${c.name}”`} disabled={presenting} onClick={() => setEditing(c.id)}>
                    Edit
                  </button>{' '}
                  <button
                    type="button"
                    className="small danger"
                    aria-label={`Remove “${c.name}”`}
                    onClick={() => void actions.editJourney(`the removal of “${c.name}”`, (m) => removeCommittee(m, c.id))}
                  >
                    Remove
                  </button>
                </span>
              </div>
              {c.purpose && <p className="journey-purpose">{c.purpose}</p>}
              <p>
                {c.memberIds.length === 0 ? 'No members yet.' : `${c.memberIds.length} ${c.memberIds.length === 1 ? 'member' : 'members'}: ${c.memberIds.map((id) => names.get(id) ?? id).join(', ')}.`}
              </p>
            </li>
          ),
        )}
      </ul>
      <CommitteeForm key={map.committees.length} map={map} committee={null} onSave={add} />
    </section>
  );
}
