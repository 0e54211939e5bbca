// The map's "Hide sensitive fields on screen" switch: notes, contact details, a person's area and
// lived experience disappear from the list, panels and tooltips. Remembered for this map file on
// this computer; the map file itself is not changed.
import { useActions, useAppState } from '../../state/core/use-store';

export function HideSensitiveToggle() {
  const actions = useActions();
  const hasMap = useAppState((s) => s.map !== null);
  const hiding = useAppState((s) => s.security.hideSensitive);
  return (
    <button
      type="button"
      className={hiding ? 'presenting' : undefined}
      aria-pressed={hiding}
      disabled={!hasMap}
      onClick={() => actions.setHideSensitive(!hiding)}
      title="Hide sensitive fields on screen for this map: notes, email, phone, address, a person's area and lived experience"
    >
      Hide sensitive fields
    </button>
  );
}
