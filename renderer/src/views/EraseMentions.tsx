// The mentions of a person an erase reaches beyond their own record: those by their full name (or
// email), removed with them, and words that may name them or someone else (a first name alone, an
// initial), each with a box to say whether it goes too. The dialog never says "nothing else holds
// them" while a box is unticked: it says what stays.
import type { ErasePlan } from '../state/safety/secure-delete';

interface Props {
  readonly plan: ErasePlan;
  readonly chosen: ReadonlySet<string>;
  readonly onChange: (next: ReadonlySet<string>) => void;
}

const places = (n: number): string => (n === 1 ? '1 place' : `${n} places`);

export function EraseMentions({ plan, chosen, onChange }: Props) {
  const left = plan.uncertain.filter((u) => !chosen.has(u.spelling));
  const toggle = (spelling: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(spelling);
    else next.delete(spelling);
    onChange(next);
  };
  return (
    <div className="erase-mentions">
      {plan.certainFound.length === 0 ? (
        <p className="hint">No other part of the map mentions them by their full name or email.</p>
      ) : (
        <>
          <p className="hint">Their name is also removed from {places(plan.certainFound.length)}:</p>
          <ul className="hint" aria-label="Mentions removed with them">
            {plan.certainFound.map((m, i) => (
              <li key={i}>{m.place}</li>
            ))}
          </ul>
        </>
      )}
      {plan.uncertain.length > 0 && (
        <fieldset>
          <legend>Words that may name them or someone else: remove these too?</legend>
          {plan.uncertain.map((u) => (
            <label className="check" key={u.spelling}>
              <input type="checkbox" checked={chosen.has(u.spelling)} onChange={(e) => toggle(u.spelling, e.target.checked)} />
              “{u.spelling}” in {u.places.join('; ')}
            </label>
          ))}
        </fieldset>
      )}
      {left.length > 0 && (
        <p className="hint" role="status">
          Left as they are, in the map and its backups: {left.map((u) => `“${u.spelling}”`).join(', ')}. Those places may still point to this person.
        </p>
      )}
    </div>
  );
}
