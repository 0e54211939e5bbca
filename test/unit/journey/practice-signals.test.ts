// Probe maps for the journey's own signals: meeting plans that check themselves, attendance by
// category, community voices who stopped coming, orientation, and the barriers they feed.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { describeBarriers } from '../../../shared/journey/barriers';
import { attendanceByCategory, stoppedComing } from '../../../shared/journey/meeting-attendance';
import { checkUpcomingMeetings, inWorkingHours } from '../../../shared/journey/meeting-checks';
import { namesFrom, practiceSignals } from '../../../shared/journey/practice-signals';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { journeyMap, NOW } from './journey-map';

const nameOf = (id: string) => id;
const ALL_TICKED = { outsideWorkHours: true, childcare: true, safePlace: true, transport: true, language: true };

function withNext(changes: Record<string, unknown>, extra: Record<string, unknown> = {}): MapDocument {
  const map = journeyMap();
  return mapDocumentSchema.parse({ ...map, ...extra, meetings: map.meetings.map((m) => (m.id === 'm-next' ? { ...m, ...changes } : m)) });
}

describe('meeting plans that check themselves', () => {
  it('reads working hours from the meeting\u2019s own time', () => {
    expect(inWorkingHours('2026-03-03T14:00')).toBe(true); // a Tuesday afternoon
    expect(inWorkingHours('2026-03-03T18:00')).toBe(false);
    expect(inWorkingHours('2026-03-07T10:00')).toBe(false); // a Saturday
  });

  it('flags a weekday-afternoon meeting that claims to be outside working hours', () => {
    const [check] = checkUpcomingMeetings(withNext({ startsAt: '2026-03-03T14:00', accessibility: ALL_TICKED }), NOW, nameOf);
    expect(check?.message).toMatch(/starts on a weekday during working hours \(2026-03-03 at 14:00\) although "held outside working hours" is ticked/);
    expect(checkUpcomingMeetings(withNext({ startsAt: '2026-03-03T18:30', accessibility: ALL_TICKED }), NOW, nameOf)).toEqual([]);
  });

  it('flags City Hall with "safe place" ticked, and a place a member marked unsafe', () => {
    const cityHall = checkUpcomingMeetings(withNext({ place: 'Harlow City Hall, room 2', accessibility: ALL_TICKED }), NOW, nameOf);
    expect(cityHall.map((c) => c.kind)).toEqual(['place-official-building']);
    expect(cityHall[0]?.message).toMatch(/looks like an official building \("city hall"\) though "a place community members feel safe in" is ticked/);
    const marked = withNext({ place: 'Riverside Youth Centre', accessibility: ALL_TICKED }, { unsafePlaces: [{ id: 'u1', place: 'Youth Centre', markedBy: 'dana' }] });
    expect(checkUpcomingMeetings(marked, NOW, nameOf)[0]?.message).toMatch(/which dana marked as a place they would not feel safe in/);
    expect(checkUpcomingMeetings(withNext({ place: 'Library community room', accessibility: ALL_TICKED }), NOW, nameOf)).toEqual([]);
  });

  it('checks every upcoming meeting, not only the next', () => {
    const map = withNext({ startsAt: '2026-03-03T18:00', place: 'Library' });
    const later = { ...map.meetings[1]!, id: 'm-later', title: 'Third meeting', startsAt: '2026-04-07T10:00', place: 'Police station hall' };
    const checks = checkUpcomingMeetings({ ...map, meetings: [...map.meetings, later] }, NOW, nameOf);
    expect(checks.map((c) => [c.meetingId, c.kind])).toEqual([
      ['m-later', 'time-in-work-hours'],
      ['m-later', 'place-official-building'],
    ]);
  });
});

describe('attendance by category', () => {
  it('counts invited against attended for each category of the meeting', () => {
    const rows = attendanceByCategory(journeyMap(), journeyMap().meetings[0]!);
    const row = (c: string) => rows.find((r) => r.category === c);
    expect(row('service-provider')).toMatchObject({ invited: 2, invitedAndCame: 2, attended: 2 });
    expect(row('directly-affected')).toMatchObject({ invited: 1, invitedAndCame: 0, attended: 0 });
    expect(row('influential')).toMatchObject({ invited: 1, invitedAndCame: 0, attended: 0 });
  });
});

describe('community voices who stop coming', () => {
  const held = (id: string, day: string, invited: string[], attended: string[], accessibility = {}) => ({ id, title: `Meeting ${id}`, startsAt: `${day}T18:00`, invited, attended, accessibility });
  const series = (third: string[]) =>
    mapDocumentSchema.parse({
      ...journeyMap(),
      tasks: [],
      meetings: [
        held('a', '2025-11-04', ['dana', 'shelter'], ['dana', 'shelter']),
        held('b', '2025-12-02', ['dana', 'shelter'], ['shelter']),
        held('c', '2026-01-06', ['dana', 'shelter'], third, { childcare: true }),
      ],
    });

  it('flags a directly-affected person who came, then missed the last two meetings, beside what was unticked', () => {
    const map = series(['shelter']);
    expect(stoppedComing(map, NOW).map((s) => [s.id, s.lastMissed.id, s.missed])).toEqual([['dana', 'c', 2]]);
    const signal = practiceSignals(map, NOW, namesFrom(analyzeMap(map))).find((s) => s.kind === 'community-stopped-coming');
    expect(signal?.message).toMatch(/^Dana Smith \(community voice\) came before but missed the last 2 or more meetings .* up to "Meeting c" \(not ticked for it: held outside working hours, a place community members feel safe in/);
    expect(describeBarriers(analyzeMap(map), practiceSignals(map, NOW, nameOf)).find((b) => b.id === 'weak-community-links')?.signalled).toBe(true);
  });

  it('is silent when they came back, and for professionals who miss meetings', () => {
    expect(stoppedComing(series(['shelter', 'dana']), NOW)).toEqual([]);
    expect(stoppedComing(series(['dana']), NOW)).toEqual([]);
  });
});

describe('orientation', () => {
  it('flags members never oriented once meetings are under way, and not those oriented', () => {
    const map = journeyMap();
    const signal = practiceSignals(map, NOW, nameOf).find((s) => s.kind === 'not-oriented');
    expect(signal?.stakeholders).toEqual(['shelter', 'haven', 'maria']);
    const oriented = mapDocumentSchema.parse({ ...map, oriented: ['shelter', 'haven', 'maria'] });
    expect(practiceSignals(oriented, NOW, nameOf).some((s) => s.kind === 'not-oriented')).toBe(false);
    const early = { ...map, meetings: map.meetings.filter((m) => m.id === 'm-next') };
    expect(practiceSignals(early, NOW, nameOf).some((s) => s.kind === 'not-oriented')).toBe(false);
  });
});
