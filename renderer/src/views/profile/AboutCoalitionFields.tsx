// The profile form's first group: the coalition's name, focus issue, area, mission and anchor
// organization (chosen among the map's organizations, by name).
import { useMemo, type Dispatch, type SetStateAction } from 'react';
import type { MapDocument } from '../../../../shared/model';
import { Choice } from '../Choice';
import { describedBy, FieldError } from './FieldError';
import { LIMITS, type ProfileDraft, type ProfileErrors } from './profile-draft';

type TextKey = 'name' | 'focusIssue' | 'area';

interface Props {
  readonly map: MapDocument;
  readonly draft: ProfileDraft;
  readonly setDraft: Dispatch<SetStateAction<ProfileDraft>>;
  readonly errors: ProfileErrors;
}

export function AboutCoalitionFields({ map, draft, setDraft, errors }: Props) {
  const organizations = useMemo(
    () => map.stakeholders.filter((s) => s.kind === 'organization').sort((a, b) => a.name.localeCompare(b.name)),
    [map.stakeholders],
  );

  const text = (key: TextKey, label: string, max: number) => (
    <label className="field">
      <span>{label}</span>
      <input value={draft[key]} maxLength={max} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))} {...describedBy(key, errors[key])} />
      <FieldError field={key} message={errors[key]} />
    </label>
  );

  return (
    <fieldset className="form-group">
      <legend>About the coalition</legend>
      {text('name', 'Coalition name', LIMITS.name)}
      <div className="two-col">
        {text('focusIssue', 'Focus issue', LIMITS.shortText)}
        {text('area', 'Area served', LIMITS.shortText)}
      </div>
      <label className="field">
        <span>Mission</span>
        <textarea rows={3} value={draft.mission} maxLength={LIMITS.mission} onChange={(e) => setDraft((d) => ({ ...d, mission: e.target.value }))} {...describedBy('mission', errors.mission)} />
        <FieldError field="mission" message={errors.mission} />
      </label>
      <label className="field">
        <span>Anchor organization</span>
        <Choice
          value={draft.anchorId}
          options={[{ value: '', label: 'None yet' }, ...organizations.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(anchorId) => setDraft((d) => ({ ...d, anchorId }))}
          {...describedBy('anchorId', errors.anchorId)}
        />
        <FieldError field="anchorId" message={errors.anchorId} />
      </label>
    </fieldset>
  );
}
