// The meeting form's plan keeps every field it shows: accessibility notes were saved empty.
import { describe, expect, it } from 'vitest';
import { addMeeting } from '../../../shared/journey/meetings';
import { mapDocumentSchema } from '../../../shared/schema';
import { meetingPlanFrom } from '../../../renderer/src/views/journey/meeting-plan';
import { editContext, journeyMap } from '../journey/journey-map';

const checks = { outsideWorkHours: true, childcare: false, safePlace: true, transport: false, language: false };
const fields = { title: ' Spring meeting ', startsAt: '2026-04-07T18:30', place: ' Library ', checks, notes: ' Step-free entrance at the side door ', agenda: 'Welcome\n\nGoals\n', invited: ['shelter'] };

describe('the meeting form\u2019s plan', () => {
  it('saves the accessibility notes, and they survive the round trip through the schema', () => {
    const result = meetingPlanFrom(fields);
    if ('problem' in result) throw new Error(result.problem);
    expect(result.plan).toEqual({
      title: 'Spring meeting',
      startsAt: '2026-04-07T18:30',
      place: 'Library',
      accessibility: checks,
      accessibilityNotes: 'Step-free entrance at the side door',
      agenda: ['Welcome', 'Goals'],
      invited: ['shelter'],
    });
    const { map, id } = addMeeting(journeyMap(), { ...result.plan, attended: [], minutes: '' }, editContext('m'));
    const saved = mapDocumentSchema.parse(JSON.parse(JSON.stringify(map)));
    expect(saved.meetings.find((m) => m.id === id)?.accessibilityNotes).toBe('Step-free entrance at the side door');
  });

  it('keeps an untouched saved time as it was, and refuses a plan without title or time', () => {
    const saved = { ...journeyMap().meetings[1]!, startsAt: '2026-03-03T18:00:00+01:00' };
    const result = meetingPlanFrom({ ...fields, startsAt: '2026-03-03T18:00' }, saved);
    expect('plan' in result && result.plan.startsAt).toBe('2026-03-03T18:00:00+01:00');
    expect(meetingPlanFrom({ ...fields, title: '  ' })).toEqual({ problem: 'A meeting needs a title and a date and time.' });
  });
});
