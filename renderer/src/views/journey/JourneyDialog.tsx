// The journey in one dialog: the seven steps, the barriers checklist, meetings and tasks.
import { useState } from 'react';
import { useAppState } from '../../state/use-store';
import { Dialog } from '../Dialog';
import { BarriersList } from './BarriersList';
import { MeetingsSection } from './MeetingsSection';
import { StepsList } from './StepsList';
import { TasksSection } from './TasksSection';

type Section = 'steps' | 'barriers' | 'meetings' | 'tasks';
const SECTIONS: readonly { readonly id: Section; readonly label: string }[] = [
  { id: 'steps', label: 'Seven steps' },
  { id: 'barriers', label: 'Barriers' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'tasks', label: 'Tasks' },
];

export function JourneyDialog({ onClose }: { readonly onClose: () => void }) {
  const map = useAppState((s) => s.map);
  const insights = useAppState((s) => s.insights.analysis.result?.insights ?? null);
  const [section, setSection] = useState<Section>('steps');
  if (!map) return null;
  const now = new Date().toISOString();
  return (
    <Dialog title="The coalition's journey" onClose={onClose}>
      <div className="journey-dialog">
        <div className="journey-sections" role="tablist" aria-label="Journey sections">
          {SECTIONS.map((s) => (
            <button key={s.id} type="button" role="tab" aria-selected={section === s.id} onClick={() => setSection(s.id)}>
              {s.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" className="journey-panel">
          {section === 'steps' && <StepsList map={map} insights={insights} now={now} />}
          {section === 'barriers' && <BarriersList insights={insights} />}
          {section === 'meetings' && <MeetingsSection map={map} now={now} />}
          {section === 'tasks' && <TasksSection map={map} now={now} />}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  );
}
