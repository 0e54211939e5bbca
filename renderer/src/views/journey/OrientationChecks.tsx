// Which members have had an orientation: one checkbox each, every change one edit.
import { setOriented } from '../../../../shared/journey/structure';
import type { MapDocument, Stakeholder } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';

export function OrientationChecks({ map, members }: { readonly map: MapDocument; readonly members: readonly Stakeholder[] }) {
  const actions = useActions();
  const oriented = new Set(map.oriented);
  return (
    <fieldset>
      <legend>Members who have had an orientation</legend>
      {members.length === 0 && <p>No members yet.</p>}
      {members.map((s) => (
        <label key={s.id} className="journey-check">
          <input type="checkbox" checked={oriented.has(s.id)} onChange={(e) => {
              // Read now: a controlled box is set back before the queued edit runs.
              const next = e.target.checked;
              void actions.editJourney(`the orientation of ${s.name}`, (m) => setOriented(m, s.id, next));
            }} />
          {s.name}
        </label>
      ))}
    </fieldset>
  );
}
