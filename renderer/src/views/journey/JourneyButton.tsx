// Opens the coalition's journey from the header. Overdue follow-up shows where the user starts: a
// small red notice beside the button that opens straight on the tasks. Like the profile editor,
// the dialog belongs to the map it was opened on.
import { useState } from 'react';
import { overdueTasks } from '../../../../shared/journey/tasks';
import { useAppState } from '../../state/core/use-store';
import { JourneyDialog, type JourneySection } from './JourneyDialog';
import './journey.css';

export function JourneyButton() {
  const map = useAppState((s) => s.map);
  const session = useAppState((s) => s.mapSession);
  const [open, setOpen] = useState<{ session: number; section: JourneySection } | null>(null);
  if (!map) return null;
  const overdue = overdueTasks(map, new Date().toISOString()).length;
  return (
    <>
      <button type="button" className="small journey-button" aria-haspopup="dialog" onClick={() => setOpen({ session, section: 'steps' })}>
        Journey
      </button>
      {overdue > 0 && (
        <button type="button" className="small journey-overdue" aria-haspopup="dialog" onClick={() => setOpen({ session, section: 'tasks' })}>
          {overdue} overdue {overdue === 1 ? 'task' : 'tasks'}
        </button>
      )}
      {open?.session === session && <JourneyDialog initialSection={open.section} onClose={() => setOpen(null)} />}
    </>
  );
}
