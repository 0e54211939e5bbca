// The meeting form's "So everyone can come" group: one checkbox per accessibility item, and notes.
import { ACCESSIBILITY_LABELS } from '../../../../shared/journey/meetings';
import { ACCESSIBILITY_ITEMS } from '../../../../shared/journey/schema';
import type { AccessibilityItem } from '../../../../shared/model';

interface Props {
  readonly checks: Record<AccessibilityItem, boolean>;
  readonly setChecks: (checks: Record<AccessibilityItem, boolean>) => void;
  readonly notes: string;
  readonly setNotes: (notes: string) => void;
}

export function AccessibilityChecks({ checks, setChecks, notes, setNotes }: Props) {
  return (
    <fieldset>
      <legend>So everyone can come</legend>
      {ACCESSIBILITY_ITEMS.map((item) => (
        <label key={item} className="journey-check">
          <input type="checkbox" checked={checks[item]} onChange={(e) => setChecks({ ...checks, [item]: e.target.checked })} />
          {ACCESSIBILITY_LABELS[item]}
        </label>
      ))}
      <label className="journey-field">
        Accessibility notes <input value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={500} placeholder="Step-free entrance, bus 12 stops outside…" />
      </label>
    </fieldset>
  );
}
