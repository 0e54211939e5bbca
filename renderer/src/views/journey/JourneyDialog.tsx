// The journey in one dialog: the seven steps, the barriers checklist, goals, meetings, tasks,
// committees, snapshots and evaluation rounds.
import { useEffect, useState } from 'react';
import { useAppState } from '../../state/core/use-store';
import { Dialog } from '../Dialog';
import { CloseRow } from '../CloseRow';
import { nextTabIndex } from '../tab-keys';
import { BarriersList } from './BarriersList';
import { CommitteesSection } from './CommitteesSection';
import { EvaluationSection } from './EvaluationSection';
import { GoalsSection } from './GoalsSection';
import { MeetingsSection } from './MeetingsSection';
import { SnapshotsSection } from './SnapshotsSection';
import { StepsList } from './StepsList';
import { StructureSection } from './StructureSection';
import { TasksSection } from './TasksSection';

export type JourneySection = 'steps' | 'barriers' | 'goals' | 'meetings' | 'tasks' | 'committees' | 'snapshots' | 'evaluation';
const SECTIONS: readonly { readonly id: JourneySection; readonly label: string }[] = [
  { id: 'steps', label: 'Seven steps' },
  { id: 'barriers', label: 'Barriers' },
  { id: 'goals', label: 'Goals' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'tasks', label: 'Tasks' },
  { id: 'committees', label: 'Committees' },
  { id: 'snapshots', label: 'Snapshots' },
  { id: 'evaluation', label: 'Evaluation' },
];

interface Props {
  readonly onClose: () => void;
  readonly initialSection?: JourneySection;
}

export function JourneyDialog({ onClose, initialSection = 'steps' }: Props) {
  const map = useAppState((s) => s.map);
  const insights = useAppState((s) => s.insights.analysis.result?.insights ?? null);
  const [section, setSection] = useState<JourneySection>(initialSection);
  // The strip scrolls sideways in a narrow window: the chosen tab (by click or arrow key) is brought
  // into view once it is drawn at its chosen (bold) width.
  useEffect(() => {
    document.getElementById(`journey-tab-${section}`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [section]);
  if (!map) return null;
  const now = new Date().toISOString();
  return (
    <Dialog title="The coalition's journey" onClose={onClose}>
      <div className="journey-dialog">
        <div className="journey-sections" role="tablist" aria-label="Journey sections">
          {SECTIONS.map((s, index) => (
            <button
              key={s.id}
              id={`journey-tab-${s.id}`}
              type="button"
              role="tab"
              aria-selected={section === s.id}
              tabIndex={section === s.id ? 0 : -1}
              onClick={() => setSection(s.id)}
              onKeyDown={(e) => {
                const next = SECTIONS[nextTabIndex(e.key, index, SECTIONS.length) ?? -1];
                if (!next) return;
                e.preventDefault();
                setSection(next.id);
                document.getElementById(`journey-tab-${next.id}`)?.focus();
              }}
            >
              {s.label}
            </button>
          ))}
        </div>
        {/* Focusable, so a keyboard can scroll a long section. */}
        <div role="tabpanel" tabIndex={0} className="journey-panel" aria-label={SECTIONS.find((s) => s.id === section)?.label}>
          {section === 'steps' && <StepsList map={map} insights={insights} now={now} />}
          {section === 'barriers' && <BarriersList map={map} insights={insights} now={now} />}
          {section === 'goals' && <GoalsSection map={map} />}
          {section === 'meetings' && <MeetingsSection map={map} now={now} />}
          {section === 'tasks' && <TasksSection map={map} now={now} />}
          {section === 'committees' && (
            <>
              <CommitteesSection map={map} />
              <StructureSection map={map} />
            </>
          )}
          {section === 'snapshots' && <SnapshotsSection map={map} />}
          {section === 'evaluation' && <EvaluationSection map={map} />}
        </div>
        <CloseRow onClose={onClose} />
      </div>
    </Dialog>
  );
}
