// The snapshot schedule of the Snapshots tab: how often the app takes one by itself, and when the
// next is due. Changing it is one journey edit (saved, one undo step).
import { useState } from 'react';
import { nextScheduled, setSnapshotSchedule, scheduleOf, type SnapshotSchedule } from '../../../../shared/journey/snapshot-schedule';
import type { MapDocument } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';
import { Choice, type ChoiceOption } from '../Choice';

const CHOICES: readonly ChoiceOption<SnapshotSchedule>[] = [
  { value: 'off', label: 'off' },
  { value: 'weekly', label: 'every week' },
  { value: 'monthly', label: 'every month' },
  { value: 'quarterly', label: 'every quarter' },
];

/** On this computer's clock (the file keeps UTC). */
function localDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function nextText(map: MapDocument, nowMs: number): string | null {
  const next = nextScheduled(map);
  if (next.status === 'off') return null;
  if (next.status === 'first' || Date.parse(next.at) <= nowMs) return 'The next scheduled snapshot is due now: it is taken as soon as the analysis has caught up.';
  return `Next scheduled snapshot: ${localDateTime(next.at)} or the first time the map is opened after that.`;
}

export function ScheduleSetting({ map }: { readonly map: MapDocument }) {
  const actions = useActions();
  // The time the tab was opened is close enough to say whether the next one is already due.
  const [openedAt] = useState(() => Date.now());
  const next = nextText(map, openedAt);
  // The value is read now: the edit runs later, after React has set the controlled select back.
  const choose = (schedule: SnapshotSchedule) => void actions.editJourney('the snapshot schedule', (m) => setSnapshotSchedule(m, schedule));
  return (
    <div className="journey-row">
      <label>
        Take snapshots automatically:{' '}
        <Choice value={scheduleOf(map)} options={CHOICES} onChange={choose} />
      </label>
      {next && <span>{next}</span>}
    </div>
  );
}
