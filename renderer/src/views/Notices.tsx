// The one place notices and errors appear: a live region screen readers announce.
import { useActions, useAppState } from '../state/core/use-store';

export function Notices() {
  const notices = useAppState((s) => s.notices);
  const { dismissNotice } = useActions();
  return (
    <div role="alert" className="notices" aria-live="assertive">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`}>
          <span>{n.message}</span>
          <button type="button" className="ghost small" onClick={() => dismissNotice(n.id)} aria-label="Dismiss this message">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
