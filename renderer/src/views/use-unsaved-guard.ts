// Closing or reloading the window while typed work is not on disk asks first. In a browser the
// page's beforeunload shows the question; in Electron it stops the close and the main process
// asks (electron/main/window.ts, 'will-prevent-unload').
import { useEffect } from 'react';
import { hasUnsavedWork } from '../state/core/drafts';
import { useAppState } from '../state/core/use-store';

export function useUnsavedGuard(): void {
  const unsaved = useAppState((s) => hasUnsavedWork(s.drafts) || s.pendingSaves > 0);
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older engines ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
}
