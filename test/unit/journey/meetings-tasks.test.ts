import { describe, expect, it } from 'vitest';
import { EditError } from '../../../shared/edits';
import { addCommittee, removeCommittee, updateCommittee } from '../../../shared/journey/committees';
import { accessibilityGaps, addMeeting, heldMeetings, removeMeeting, updateMeeting, upcomingMeetings } from '../../../shared/journey/meetings';
import { addTask, completeTask, isOverdue, openTasks, overdueTasks, removeTask, updateTask } from '../../../shared/journey/tasks';
import { mapDocumentSchema } from '../../../shared/schema';
import { editContext, journeyMap, NOW, TODAY } from './journey-map';

const draft = {
  title: 'Planning circle',
  startsAt: '2026-04-01T18:30',
  place: 'Eastside community centre',
  accessibility: { outsideWorkHours: true, childcare: false, safePlace: true, transport: false, language: true },
  accessibilityNotes: '',
  agenda: [],
  invited: ['maria', 'dana'],
  attended: [],
  minutes: '',
};

describe('meetings', () => {
  it('adds a meeting that the schema accepts, leaving the old map alone', () => {
    const before = journeyMap();
    const { map, id } = addMeeting(before, draft, editContext());
    expect(id).toBe('new-1');
    expect(map.meetings.map((m) => m.id)).toEqual(['m-first', 'm-next', 'new-1']);
    expect(before.meetings).toHaveLength(2);
    expect(mapDocumentSchema.safeParse(map).success).toBe(true);
  });

  it('refuses invitations or attendance for people not on the map, naming them', () => {
    expect(() => addMeeting(journeyMap(), { ...draft, invited: ['ghost'] }, editContext())).toThrow(/Invitations: "ghost" is not on the map/);
    expect(() => updateMeeting(journeyMap(), 'm-next', { attended: ['x', 'y'] })).toThrow(/Attendance: "x", "y" are not on the map/);
    expect(() => updateMeeting(journeyMap(), 'nope', { title: 'x' })).toThrow(EditError);
  });

  it('removing a meeting keeps its tasks, no longer tied to it', () => {
    const map = removeMeeting(journeyMap(), 'm-first');
    expect(map.meetings.map((m) => m.id)).toEqual(['m-next']);
    expect(map.tasks.filter((t) => t.meetingId !== null)).toEqual([]);
    expect(mapDocumentSchema.safeParse(map).success).toBe(true);
  });

  it('splits meetings into held and upcoming around now, and lists unticked accessibility items', () => {
    const map = journeyMap();
    expect(heldMeetings(map, NOW).map((m) => m.id)).toEqual(['m-first']);
    expect(upcomingMeetings(map, NOW).map((m) => m.id)).toEqual(['m-next']);
    expect(accessibilityGaps(map.meetings[0]!)).toEqual(['transport or travel costs arranged', 'interpretation or translation arranged']);
    expect(accessibilityGaps(map.meetings[1]!)).toHaveLength(5);
  });

  it('the schema refuses a meeting time that is not a date-time', () => {
    const bad = { ...journeyMap(), meetings: [{ ...draft, id: 'm', startsAt: 'next Tuesday' }] };
    const parsed = mapDocumentSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['meetings', 0, 'startsAt']);
  });
});

describe('tasks', () => {
  it('knows which open tasks are overdue, a task due today not yet', () => {
    const map = journeyMap();
    expect(openTasks(map).map((t) => t.id)).toEqual(['t-minutes', 't-call']);
    expect(overdueTasks(map, TODAY).map((t) => t.id)).toEqual(['t-minutes']);
    expect(overdueTasks(map, NOW).map((t) => t.id)).toEqual(['t-minutes']);
    expect(isOverdue(map.tasks[0]!, '2026-01-25')).toBe(false);
    expect(isOverdue(map.tasks[2]!, TODAY)).toBe(false);
  });

  it('adds, updates, completes and removes', () => {
    const added = addTask(journeyMap(), { title: 'Print flyers', owner: '', due: null, status: 'open', meetingId: 'm-next', goalId: null }, editContext('t'));
    expect(added.id).toBe('t-1');
    const owned = updateTask(added.map, 't-1', { owner: 'pastor', due: '2026-02-01' });
    expect(overdueTasks(owned, TODAY).map((t) => t.id)).toEqual(['t-minutes', 't-1']);
    const done = completeTask(owned, 't-minutes');
    expect(overdueTasks(done, TODAY).map((t) => t.id)).toEqual(['t-1']);
    expect(removeTask(done, 't-1').tasks.map((t) => t.id)).toEqual(['t-minutes', 't-call', 't-room']);
    expect(mapDocumentSchema.safeParse(done).success).toBe(true);
  });

  it('refuses an owner or meeting that does not exist', () => {
    expect(() => updateTask(journeyMap(), 't-call', { owner: 'ghost' })).toThrow(/owner "ghost" is not on the map/);
    expect(() => updateTask(journeyMap(), 't-call', { meetingId: 'm-gone' })).toThrow(/No meeting with id "m-gone"/);
    expect(() => completeTask(journeyMap(), 't-gone')).toThrow(/No task with id "t-gone"/);
  });
});

describe('committees', () => {
  it('adds without listing anyone twice, updates and removes', () => {
    const { map, id } = addCommittee(journeyMap(), { name: 'Policy', purpose: 'Talk to the council', memberIds: ['legal', 'legal', 'maria'] }, editContext('c'));
    expect(map.committees.find((c) => c.id === id)?.memberIds).toEqual(['legal', 'maria']);
    const renamed = updateCommittee(map, id, { name: 'Policy and law' });
    expect(renamed.committees.find((c) => c.id === id)?.name).toBe('Policy and law');
    expect(removeCommittee(renamed, id).committees.map((c) => c.id)).toEqual(['c-outreach']);
    expect(() => updateCommittee(map, id, { memberIds: ['ghost'] })).toThrow(/"ghost" is not on the map/);
  });
});
