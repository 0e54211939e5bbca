// A checkbox that widens what an export holds. Ticking it does not take effect at once: a
// confirmation names the risk, and only "Include" turns it on. Unticking needs no confirmation.
import { useId, useState } from 'react';

interface Props {
  readonly label: string;
  /** The risk, in plain words, shown before the choice takes effect. */
  readonly risk: string;
  readonly confirmLabel: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function IncludeChoice({ label, risk, confirmLabel, checked, onChange }: Props) {
  const [asking, setAsking] = useState(false);
  const riskId = useId();
  return (
    <div className="include-choice">
      <label>
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={asking ? riskId : undefined}
          onChange={(event) => {
            if (event.target.checked) setAsking(true);
            else onChange(false);
          }}
        />{' '}
        {label}
      </label>
      {asking && (
        <div className="include-confirm" role="alert">
          <p id={riskId}>{risk}</p>
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={() => setAsking(false)}>
              Keep them out
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                setAsking(false);
                onChange(true);
              }}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
