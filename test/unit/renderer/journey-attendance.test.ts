// Recording attendance in two moves: the proposal changes nothing, the confirmed decision moves
// only the stakeholders the user kept ticked, adds ties only when asked, and keeps the minutes.
import { describe, expect, it } from 'vitest';
import { addMeeting } from '../../../shared/journey/meetings';
import type { MapDocument } from '../../../shared/model';
import { applyAttendance, proposeAttendance, searchStakeholders, toggleId } from '../../../renderer/src/state/journey/journey-attendance';
import { smallMap } from './map-fixture';

const ctx = () => {
  let n = 0;
  return { now: '2025-03-05T10:00:00.000Z', newId: () => `new-${++n}` };
};

function withMeeting(): { map: MapDocument; id: string } {
  const draft = {
    title: 'First gathering',
    startsAt: '2025-03-04T18:30',
    place: 'Library',
    accessibility: { outsideWorkHours: true, childcare: false, safePlace: true, transport: false, language: false },
    accessibilityNotes: '',
    agenda: ['Welcome'],
    invited: ['s2', 's3', 's4'],
    attended: [],
    minutes: '',
  };
  return addMeeting(smallMap(), draft, ctx());
}

const stageOf = (map: MapDocument, id: string) => map.stakeholders.find((s) => s.id === id)?.stage;

describe('proposeAttendance', () => {
  it('proposes moving the mapped, to-contact and contacted attendees and counts the ties that are missing', () => {
    const { map, id } = withMeeting();
    const proposal = proposeAttendance(map, id, ['s2', 's3', 's4']);
    // s2 is a member already; s3 is to-contact and s4 mapped.
    expect(proposal.moves).toEqual([
      { id: 's3', from: 'to-contact', to: 'member' },
      { id: 's4', from: 'mapped', to: 'member' },
    ]);
    // s2-s3 are tied already; s2-s4 and s3-s4 are not.
    expect(proposal.possibleTies).toBe(2);
    expect(map.meetings[0]?.attended).toEqual([]);
  });

  it('refuses someone who is not on the map', () => {
    const { map, id } = withMeeting();
    expect(() => proposeAttendance(map, id, ['s2', 'ghost'])).toThrow(/"ghost"/);
  });
});

describe('applyAttendance', () => {
  it('moves only the confirmed stakeholders, keeps the minutes and adds no ties unless asked', () => {
    const { map, id } = withMeeting();
    const next = applyAttendance(map, id, { attended: ['s2', 's3', 's4'], moveIds: ['s4'], addTies: false, minutes: 'Agreed to meet monthly.' }, ctx());
    expect(stageOf(next, 's4')).toBe('member');
    expect(stageOf(next, 's3')).toBe('to-contact');
    expect(next.meetings[0]).toMatchObject({ attended: ['s2', 's3', 's4'], minutes: 'Agreed to meet monthly.' });
    expect(next.ties).toHaveLength(map.ties.length);
  });

  it('adds co-attendance ties when asked, and never moves someone the attendance did not propose', () => {
    const { map, id } = withMeeting();
    const next = applyAttendance(map, id, { attended: ['s3', 's4'], moveIds: ['s1', 's3'], addTies: true, minutes: '' }, ctx());
    expect(stageOf(next, 's1')).toBe('core');
    expect(stageOf(next, 's3')).toBe('member');
    const added = next.ties.slice(map.ties.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ source: 's3', target: 's4', type: 'knows', notes: 'Both came to "First gathering".' });
  });
});

describe('applyAttendance and the minutes', () => {
  it('keeps the saved minutes when the decision leaves them out (as presentation mode does)', () => {
    const { map, id } = withMeeting();
    const first = applyAttendance(map, id, { attended: ['s2'], moveIds: [], addTies: false, minutes: 'Maria Lopez offered her hall.' }, ctx());
    const second = applyAttendance(first, id, { attended: ['s2', 's3'], moveIds: [], addTies: false }, ctx());
    expect(second.meetings[0]).toMatchObject({ attended: ['s2', 's3'], minutes: 'Maria Lopez offered her hall.' });
  });
});

describe('toggleId and searchStakeholders', () => {
  it('toggles an id on and off without duplicates', () => {
    expect(toggleId(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleId(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('matches every word, ignoring case and accents, sorted by name', () => {
    const people = [
      { id: '1', name: 'José Álvarez' },
      { id: '2', name: 'Jo Alvarado' },
      { id: '3', name: 'Ann Lee' },
    ];
    expect(searchStakeholders(people, 'alva').map((p) => p.id)).toEqual(['2', '1']);
    expect(searchStakeholders(people, 'jose ALV').map((p) => p.id)).toEqual(['1']);
    expect(searchStakeholders(people, 'zzz')).toEqual([]);
  });
});
