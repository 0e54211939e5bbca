// Locks an encrypted map after the chosen time without keyboard, mouse or touch input.
import { useEffect } from 'react';
import { createIdleTimer } from '../../state/safety/security-idle';
import { useActions, useAppState } from '../../state/core/use-store';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export function useAutoLock(): void {
  const actions = useActions();
  const armed = useAppState((s) => s.phase === 'ready' && s.security.encrypted);
  const minutes = useAppState((s) => s.security.autoLockMinutes);
  useEffect(() => {
    if (!armed || minutes <= 0) return;
    const timer = createIdleTimer(minutes, () => void actions.lockNow());
    const onActivity = () => timer.activity();
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      timer.stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity);
    };
  }, [armed, minutes, actions]);
}

/** Ctrl+Shift+P (Cmd+Shift+P on a Mac) switches presentation mode, even inside a text field. */
export function usePresentationShortcut(): void {
  const actions = useActions();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      actions.togglePresentation();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
