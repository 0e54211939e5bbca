// Who came to a meeting: the invited as checkboxes, anyone else added by search.
import type { MapDocument, Meeting } from '../../../../shared/model';
import { toggleId } from '../../state/journey/journey-attendance';
import { StakeholderPicker } from './StakeholderPicker';

interface Props {
  readonly map: MapDocument;
  readonly meeting: Meeting;
  readonly attended: readonly string[];
  readonly setAttended: (ids: string[]) => void;
  readonly nameOf: (id: string) => string;
}

export function WhoCame({ map, meeting, attended, setAttended, nameOf }: Props) {
  const invited = new Set(meeting.invited);
  const others = attended.filter((id) => !invited.has(id));
  return (
    <>
      <fieldset>
        <legend>Who came ({attended.length})</legend>
        {meeting.invited.length === 0 && <p>No one was invited through the app; add who came below.</p>}
        {meeting.invited.map((id) => (
          <label key={id} className="journey-check">
            <input type="checkbox" checked={attended.includes(id)} onChange={(e) => setAttended(toggleId(attended, id, e.target.checked))} />
            {nameOf(id)}
          </label>
        ))}
      </fieldset>
      <StakeholderPicker
        label="Add others who came"
        people={map.stakeholders.filter((s) => !invited.has(s.id))}
        chosen={others}
        onChange={(ids) => setAttended([...attended.filter((id) => invited.has(id)), ...ids])}
      />
    </>
  );
}
