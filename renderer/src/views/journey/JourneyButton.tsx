// Opens the coalition's journey from the header; the count of overdue tasks rides on the button so
// the user sees follow-up slipping where they start. Like the profile editor, the dialog belongs
// to the map it was opened on.
import { useState } from 'react';
import { overdueTasks } from '../../../../shared/journey/tasks';
import { useAppState } from '../../state/use-store';
import { JourneyDialog } from './JourneyDialog';
import './journey.css';

export function JourneyButton() {
  const map = useAppState((s) => s.map);
  const session = useAppState((s) => s.mapSession);
  const [openFor, setOpenFor] = useState<number | null>(null);
  if (!map) return null;
  const overdue = overdueTasks(map, new Date().toISOString()).length;
  return (
    <>
      <button type="button" className="small journey-button" aria-haspopup="dialog" onClick={() => setOpenFor(session)}>
        Journey
        {overdue > 0 && (
          <span className="journey-badge" aria-label={`${overdue} overdue ${overdue === 1 ? 'task' : 'tasks'}`}>
            {overdue}
          </span>
        )}
      </button>
      {openFor === session && <JourneyDialog onClose={() => setOpenFor(null)} />}
    </>
  );
}
