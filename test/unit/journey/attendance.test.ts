import { describe, expect, it } from 'vitest';
import { recordAttendance } from '../../../shared/journey/attendance';
import { mapDocumentSchema } from '../../../shared/schema';
import { editContext, journeyMap, NOW } from './journey-map';

const stageOf = (map: ReturnType<typeof journeyMap>, id: string) => map.stakeholders.find((s) => s.id === id)?.stage;

describe('recordAttendance', () => {
  // legal: contacted; dana: mapped; shelter: core; haven: member.
  const came = ['legal', 'dana', 'shelter', 'haven'];

  it('records who came and only proposes stage moves without the flag', () => {
    const before = journeyMap();
    const result = recordAttendance(before, 'm-next', came, {}, editContext());
    expect(result.map.meetings.find((m) => m.id === 'm-next')?.attended).toEqual(came);
    expect(result.proposedMoves).toEqual([
      { id: 'legal', from: 'contacted', to: 'member' },
      { id: 'dana', from: 'mapped', to: 'member' },
    ]);
    expect(result.movesApplied).toBe(false);
    expect(stageOf(result.map, 'legal')).toBe('contacted');
    expect(result.map.ties).toBe(before.ties);
    expect(mapDocumentSchema.safeParse(result.map).success).toBe(true);
  });

  it('moves people to member when the user confirmed, never touching core or declined', () => {
    const withDeclined = recordAttendance(journeyMap(), 'm-next', [...came, 'refuser'], { advanceStages: true }, editContext());
    expect(withDeclined.movesApplied).toBe(true);
    expect(stageOf(withDeclined.map, 'legal')).toBe('member');
    expect(stageOf(withDeclined.map, 'dana')).toBe('member');
    expect(stageOf(withDeclined.map, 'shelter')).toBe('core');
    expect(stageOf(withDeclined.map, 'refuser')).toBe('declined');
    expect(withDeclined.map.stakeholders.find((s) => s.id === 'dana')?.updatedAt).toBe(NOW);
  });

  it('adds weak co-attendance ties only between attendees with no tie yet', () => {
    const before = journeyMap();
    const result = recordAttendance(before, 'm-next', came, { addCoAttendanceTies: true }, editContext('tie'));
    // Pairs among 4 people: 6. Already tied: shelter-haven, shelter-legal, and haven-legal (a
    // conflict: sitting in the same room does not make it a friendship).
    expect(result.tiesAdded).toBe(3);
    const added = result.map.ties.slice(before.ties.length);
    expect(added.map((t) => [t.source, t.target])).toEqual([
      ['legal', 'dana'],
      ['dana', 'shelter'],
      ['dana', 'haven'],
    ]);
    expect(added[0]).toMatchObject({ type: 'knows', strength: 1, reportedAt: '2026-03-03', notes: 'Both came to "Second meeting".' });
    expect(mapDocumentSchema.safeParse(result.map).success).toBe(true);
  });

  it('refuses an unknown meeting or attendee, saying which', () => {
    expect(() => recordAttendance(journeyMap(), 'm-gone', [], {}, editContext())).toThrow(/No meeting with id "m-gone"/);
    expect(() => recordAttendance(journeyMap(), 'm-next', ['ghost'], {}, editContext())).toThrow(/Attendance: "ghost" not on the map/);
  });
});
