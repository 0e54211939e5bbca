// The toolbar's presentation-mode switch (also Ctrl+Shift+P): hides confidential people everywhere.
import { useActions, useAppState } from '../../state/core/use-store';

export const PRESENTATION_SHORTCUT = 'Ctrl+Shift+P';

export function PresentationToggle() {
  const actions = useActions();
  const presenting = useAppState((s) => s.security.presenting);
  return (
    <button
      type="button"
      className={presenting ? 'presenting' : undefined}
      aria-pressed={presenting}
      onClick={actions.togglePresentation}
      title={`Hide confidential names and contact details for screen sharing (${PRESENTATION_SHORTCUT})`}
    >
      Presentation mode
    </button>
  );
}
