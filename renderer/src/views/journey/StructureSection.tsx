// Structure beside the committees: officer and steering roles, which members have had an
// orientation, and places members said they would not feel safe meeting in (every upcoming
// meeting is checked against them).
import { useState, type FormEvent } from 'react';
import { addUnsafePlace, giveRole, removeUnsafePlace, ROLE_LABELS, takeRole } from '../../../../shared/journey/structure';
import { ROLE_IDS } from '../../../../shared/journey/schema';
import { isMember, type MapDocument, type RoleId } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';
import { Choice, optionsOf } from '../Choice';
import { OrientationChecks } from './OrientationChecks';

const ROLE_OPTIONS = optionsOf<RoleId>(ROLE_IDS, (r) => ROLE_LABELS[r]);

export function StructureSection({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  const [who, setWho] = useState('');
  const [role, setRole] = useState<RoleId>('chair');
  const [place, setPlace] = useState('');
  const [markedBy, setMarkedBy] = useState('');
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const people = [...map.stakeholders].sort((a, b) => a.name.localeCompare(b.name));
  const members = people.filter(isMember);
  const addRole = (event: FormEvent) => {
    event.preventDefault();
    if (who !== '') void actions.editJourney(`the role ${ROLE_LABELS[role]}`, (m) => giveRole(m, who, role));
  };
  const addPlace = (event: FormEvent) => {
    event.preventDefault();
    if (place.trim() === '') return;
    void actions.editJourney(`the unsafe place “${place.trim()}”`, (m, ctx) => addUnsafePlace(m, { place, markedBy, note: '' }, ctx)).then((done) => done && setPlace(''));
  };
  return (
    <section aria-label="Structure" className="journey-structure">
      <h3>Roles</h3>
      {map.roles.length === 0 ? <p>No officers or steering group yet.</p> : (
        <ul aria-label="Roles">
          {map.roles.map((r) => (
            <li key={`${r.stakeholderId}:${r.role}`}>
              {ROLE_LABELS[r.role]}: {names.get(r.stakeholderId)}{' '}
              <button type="button" className="small" onClick={() => void actions.editJourney(`removing the role ${ROLE_LABELS[r.role]}`, (m) => takeRole(m, r.stakeholderId, r.role))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="journey-row" onSubmit={addRole} aria-label="Give a role">
        <label>
          Person
          <Choice value={who} options={[{ value: '', label: 'Choose…' }, ...people.map((s) => ({ value: s.id, label: s.name }))]} onChange={setWho} />
        </label>
        <label>
          Role
          <Choice value={role} options={ROLE_OPTIONS} onChange={setRole} />
        </label>
        <button type="submit" className="small">Give the role</button>
      </form>
      <h3>Orientation</h3>
      <OrientationChecks map={map} members={members} />
      <h3>Places members do not feel safe in</h3>
      {map.unsafePlaces.length > 0 && (
        <ul aria-label="Unsafe places">
          {map.unsafePlaces.map((p) => (
            <li key={p.id}>
              {p.place}
              {p.markedBy !== '' && ` (${names.get(p.markedBy) ?? 'someone no longer on the map'})`}{' '}
              <button type="button" className="small" onClick={() => void actions.editJourney(`removing “${p.place}”`, (m) => removeUnsafePlace(m, p.id))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="journey-row" onSubmit={addPlace} aria-label="Add an unsafe place">
        <label>
          Place <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={200} />
        </label>
        <label>
          Said by
          <Choice value={markedBy} options={[{ value: '', label: 'Not named' }, ...members.map((s) => ({ value: s.id, label: s.name }))]} onChange={setMarkedBy} />
        </label>
        <button type="submit" className="small">Add the place</button>
      </form>
    </section>
  );
}
