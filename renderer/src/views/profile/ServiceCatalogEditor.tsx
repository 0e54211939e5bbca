// The coalition's service catalog: rename a service in place, mark the ones the coalition wants
// covered, remove one, or add a new one. Shows how many stakeholders offer each, so removing a
// service that is in use is never a surprise.
import { useState } from 'react';
import type { MapDocument } from '../../../../shared/model';
import { describedBy, FieldError } from './FieldError';
import { addService, LIMITS, newServiceProblem, removeService, type ProfileDraft } from './profile-draft';

interface Props {
  readonly draft: ProfileDraft;
  readonly map: MapDocument;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (draft: ProfileDraft) => void;
}

function providerCount(map: MapDocument, id: string): number {
  return map.stakeholders.filter((s) => s.services.includes(id)).length;
}

export function ServiceCatalogEditor({ draft, map, errors, onChange }: Props) {
  const [newLabel, setNewLabel] = useState('');
  const [newProblem, setNewProblem] = useState<string | null>(null);
  const add = () => {
    const problem = newServiceProblem(draft, newLabel);
    setNewProblem(problem);
    if (problem !== null) return;
    onChange(addService(draft, newLabel, map.coalition.serviceCatalog));
    setNewLabel('');
  };
  const rename = (id: string, label: string) => onChange({ ...draft, services: draft.services.map((s) => (s.id === id ? { ...s, label } : s)) });
  const setWanted = (id: string, on: boolean) =>
    onChange({ ...draft, servicesWanted: on ? [...draft.servicesWanted.filter((w) => w !== id), id] : draft.servicesWanted.filter((w) => w !== id) });

  return (
    <fieldset className="form-group">
      <legend>Services</legend>
      <p className="hint">
        Tick the services the coalition wants covered. Removing a service from the catalog also removes it from every
        stakeholder who offers it; you are asked to confirm before that is saved.
      </p>
      <table className="service-table">
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Wanted</th>
            <th scope="col">Offered by</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {draft.services.map((s, i) => (
            <ServiceRow key={s.id} service={s} index={i} offeredBy={providerCount(map, s.id)} wanted={draft.servicesWanted.includes(s.id)} error={errors[`services.${s.id}`]} rename={rename} setWanted={setWanted} remove={(id) => onChange(removeService(draft, id))} />
          ))}
        </tbody>
      </table>
      <div className="add-service">
        <label className="field">
          <span>New service</span>
          <input
            value={newLabel}
            maxLength={LIMITS.serviceLabel}
            onChange={(e) => setNewLabel(e.target.value)}
            onKeyDown={(e) => {
              // Enter adds the service rather than saving the whole profile.
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }}
            {...describedBy('new-service', newProblem ?? undefined)}
          />
          <FieldError field="new-service" message={newProblem ?? undefined} />
        </label>
        <button type="button" className="small" onClick={add}>
          Add service
        </button>
      </div>
    </fieldset>
  );
}

interface RowProps {
  readonly service: ProfileDraft['services'][number];
  readonly index: number;
  readonly offeredBy: number;
  readonly wanted: boolean;
  readonly error: string | undefined;
  readonly rename: (id: string, label: string) => void;
  readonly setWanted: (id: string, on: boolean) => void;
  readonly remove: (id: string) => void;
}

/** One service of the catalog: its name to edit, whether it is wanted, who offers it, and Remove. */
function ServiceRow({ service: s, index: i, offeredBy: count, wanted, error, rename, setWanted, remove }: RowProps) {
  const key = `services.${s.id}`;
  const name = s.label.trim() || `service ${i + 1}`;
  return (
    <tr>
      <td>
        <input aria-label={`Name of service ${i + 1}`} value={s.label} maxLength={LIMITS.serviceLabel} onChange={(e) => rename(s.id, e.target.value)} {...describedBy(key, error)} />
        <FieldError field={key} message={error} />
      </td>
      <td>
        <input type="checkbox" aria-label={`Wanted: ${name}`} checked={wanted} onChange={(e) => setWanted(s.id, e.target.checked)} />
      </td>
      <td className="muted">{count === 0 ? 'no one' : count === 1 ? '1 stakeholder' : `${count} stakeholders`}</td>
      <td>
        <button type="button" className="small" aria-label={`Remove ${name}`} onClick={() => remove(s.id)}>
          Remove
        </button>
      </td>
    </tr>
  );
}
