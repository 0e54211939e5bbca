// Roles, orientation and unsafe places: edits that keep the map valid and feed the signals.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { checkUpcomingMeetings } from '../../../shared/journey/meeting-checks';
import { addUnsafePlace, giveRole, removeUnsafePlace, setOriented, takeRole } from '../../../shared/journey/structure';
import { mapDocumentSchema } from '../../../shared/schema';
import { editContext, journeyMap, NOW } from './journey-map';

describe('structure edits', () => {
  it('gives and takes roles once each; a coordinator lifts the organizing-role warning', () => {
    // Without the tasks, which two member organizations share (that alone would do).
    const unanchored = { ...journeyMap(), tasks: [], coalition: { ...journeyMap().coalition, anchorId: null } };
    expect(analyzeMap(unanchored).warnings.map((w) => w.kind)).toContain('no-organizing-role');
    const map = giveRole(giveRole(unanchored, 'haven', 'coordinator'), 'haven', 'coordinator');
    expect(map.roles).toEqual([{ stakeholderId: 'haven', role: 'coordinator' }]);
    expect(mapDocumentSchema.safeParse(map).success).toBe(true);
    expect(analyzeMap(map).warnings.map((w) => w.kind)).not.toContain('no-organizing-role');
    expect(takeRole(map, 'haven', 'coordinator').roles).toEqual([]);
    expect(() => giveRole(map, 'ghost', 'chair')).toThrow(/"ghost" is not on the map/);
  });

  it('marks and unmarks orientation', () => {
    const map = setOriented(journeyMap(), 'maria', true);
    expect(map.oriented).toEqual(['maria']);
    expect(setOriented(map, 'maria', false).oriented).toEqual([]);
  });

  it('records a place a member marked unsafe, which the next meeting is then checked against', () => {
    const map = addUnsafePlace(journeyMap(), { place: 'Library', markedBy: 'maria', note: 'Her ex works there' }, editContext('u'));
    expect(mapDocumentSchema.safeParse(map).success).toBe(true);
    const withPlace = { ...map, meetings: map.meetings.map((m) => (m.id === 'm-next' ? { ...m, place: 'Riverside Library' } : m)) };
    expect(checkUpcomingMeetings(withPlace, NOW, (id) => id).map((c) => c.kind)).toEqual(['place-marked-unsafe']);
    expect(removeUnsafePlace(map, 'u-1').unsafePlaces).toEqual([]);
    expect(() => addUnsafePlace(map, { place: ' ', markedBy: '', note: '' }, editContext())).toThrow(/Name the place/);
  });
});
