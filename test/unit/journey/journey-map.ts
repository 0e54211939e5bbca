// The analysis tests' small Riverside map with a journey on top: a meeting held, one planned,
// tasks (one overdue), a committee. Parsed through the real schema like a saved file.
import type { EditContext } from '../../../shared/edits';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { sampleMap } from '../analysis/sample-map';

export const NOW = '2026-02-10T12:00:00.000Z';
export const TODAY = '2026-02-10';

export function journeyMap(): MapDocument {
  const base = sampleMap();
  return mapDocumentSchema.parse({
    ...base,
    meetings: [
      {
        id: 'm-first',
        title: 'First meeting',
        startsAt: '2026-01-20T18:00',
        place: 'Library community room',
        accessibility: { outsideWorkHours: true, childcare: true, safePlace: true },
        agenda: ['Introductions', 'Why we are here'],
        invited: ['shelter', 'haven', 'pastor', 'dana'],
        attended: ['shelter', 'haven'],
      },
      { id: 'm-next', title: 'Second meeting', startsAt: '2026-03-03T18:00', invited: ['shelter', 'legal'] },
    ],
    tasks: [
      { id: 't-minutes', title: 'Send the minutes', owner: 'shelter', due: '2026-01-25', meetingId: 'm-first' },
      { id: 't-call', title: 'Call the pastor', owner: 'haven', due: '2026-02-20', meetingId: 'm-first' },
      { id: 't-room', title: 'Book a room', due: '2026-01-30', status: 'done' },
    ],
    committees: [{ id: 'c-outreach', name: 'Outreach', purpose: 'Reach faith groups', memberIds: ['shelter', 'pastor'] }],
  });
}

/** Deterministic ids and clock for edits. */
export function editContext(prefix = 'new'): EditContext {
  let n = 0;
  return { now: NOW, newId: () => `${prefix}-${++n}` };
}
