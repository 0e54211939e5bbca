// The first-meeting agenda: every item has a speaker, role holders on the map are named unless
// confidential, and adding it to a typed agenda keeps everything the user wrote.
import { describe, expect, it } from 'vitest';
import { addFirstMeetingAgenda, firstMeetingAgenda, SPEAKER_MARK } from '../../../shared/journey/first-meeting-agenda';
import { addMeeting } from '../../../shared/journey/meetings';
import { giveRole } from '../../../shared/journey/structure';
import { mapDocumentSchema } from '../../../shared/schema';
import { editContext, journeyMap } from './journey-map';

const speakerOf = (line: string) => line.split(SPEAKER_MARK)[1];

describe('the first-meeting agenda', () => {
  it('covers introductions, why, structure, mission with everyone, tasks and the next meeting, each with a speaker', () => {
    const agenda = firstMeetingAgenda(journeyMap());
    expect(agenda).toHaveLength(6);
    for (const line of agenda) expect(speakerOf(line)).toBeTruthy();
    const text = agenda.join('\n').toLowerCase();
    for (const topic of ['who they are', 'why we are forming', 'roles, committees', 'mission', 'every member', 'task', 'next meeting']) expect(text).toContain(topic);
    // Nobody holds a role: the roles are named, to be filled in.
    expect(speakerOf(agenda[0] ?? '')).toBe('chair (to be named)');
  });

  it('names the role holders, but never a confidential person', () => {
    let map = giveRole(journeyMap(), 'haven', 'chair');
    map = giveRole(map, 'maria', 'coordinator');
    map = giveRole(map, 'shelter', 'secretary');
    const agenda = firstMeetingAgenda(map);
    expect(speakerOf(agenda[0] ?? '')).toBe('Safe Haven Center');
    // The coordinator is confidential: the chair leads "why" instead, and Maria appears nowhere.
    expect(speakerOf(agenda[1] ?? '')).toBe('Safe Haven Center');
    expect(speakerOf(agenda[5] ?? '')).toBe('Harbor House Shelter');
    expect(agenda.join('\n')).not.toContain('Maria');
  });

  it('adds below a typed agenda without losing or repeating anything, and the result saves', () => {
    const template = firstMeetingAgenda(journeyMap());
    const topic = (template[3] ?? '').split(SPEAKER_MARK)[0] ?? '';
    const typed = `Housing update\n\n${topic} — Speaker: Dana\n`;
    const lines = addFirstMeetingAgenda(typed, template).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Housing update', `${topic} — Speaker: Dana`]);
    expect(lines).toHaveLength(2 + template.length - 1);
    expect(addFirstMeetingAgenda('', template).split('\n')).toEqual(template);
    const draft = { title: 'First meeting', startsAt: '2026-03-01T18:00', place: '', agenda: lines, invited: [], attended: [], minutes: '', accessibilityNotes: '', accessibility: { outsideWorkHours: true, childcare: false, safePlace: false, transport: false, language: false } };
    const { map } = addMeeting(journeyMap(), draft, editContext('m'));
    expect(mapDocumentSchema.safeParse(map).success).toBe(true);
  });
});
