// Erasing a person reaches every mention of them in the rest of the map, written as people write
// names: accents and case do not matter, "Last, First" counts, a "reported by" naming only them
// is emptied, and spellings that may name someone else are found but only scrubbed when chosen.
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../shared/model';
import { erasePeople, findMentions } from '../../../shared/privacy/erase';
import { scrubText, spellingsOf } from '../../../shared/privacy/mentions';
import { mapDocumentSchema } from '../../../shared/schema';
import { emptyMap } from '../../../shared/new-map';
import { meetingSchema, taskSchema } from '../../../shared/journey/schema';
import { addSnapshot, takeSnapshot } from '../../../shared/journey/snapshots';
import { analyzeMap } from '../../../shared/analysis';

const STAMP = '2025-01-15T10:00:00.000Z';

function person(id: string, name: string, extra: object = {}) {
  return mapDocumentSchema.shape.stakeholders.element.parse({ id, name, kind: 'person', categories: [], createdAt: STAMP, updatedAt: STAMP, ...extra });
}

function tie(id: string, source: string, target: string, extra: object = {}) {
  return mapDocumentSchema.shape.ties.element.parse({ id, source, target, type: 'knows', createdAt: STAMP, updatedAt: STAMP, ...extra });
}

/** María José García, confidential, mentioned across the map in the ways organizers write. */
function mentionedMap(): MapDocument {
  const base = emptyMap('Riverside');
  const map: MapDocument = {
    ...base,
    coalition: { ...base.coalition, mission: 'Started after MARIA JOSE GARCIA spoke up.' },
    stakeholders: [
      person('maria', 'María José García', { confidential: true, email: 'mjg@example.org' }),
      person('bo', 'Bo Chen', { notes: 'Introduced by garcia, maria jose; call mjg@example.org first.' }),
      person('cy', 'Cy Okafor', { notes: "Maria's cousin. Ask M. García later.", tags: ['friend of Maria Garcia'] }),
    ],
    ties: [
      tie('t1', 'bo', 'cy', { reportedBy: 'Maria Garcia', notes: 'Seen together at María José García’s house.' }),
      tie('t2', 'maria', 'bo', { reportedBy: 'Cy Okafor' }),
    ],
    meetings: [
      meetingSchema.parse({ id: 'm1', title: 'Kick-off', startsAt: '2025-03-04T18:30', minutes: 'María José García (survivor) spoke first.' }),
    ],
    tasks: [taskSchema.parse({ id: 'k1', title: 'Drive Garcia, María José home' })],
  };
  return mapDocumentSchema.parse(map);
}

describe('spellings of a name', () => {
  it('finds the full name in either order, first + last, and the email, whatever the case and accents', () => {
    const texts = spellingsOf(person('x', 'María José García', { email: 'mjg@example.org' }));
    const certain = texts.filter((s) => s.certain).map((s) => s.text);
    expect(certain).toEqual(['María José García', 'mjg@example.org', 'García, María José', 'María García']);
    const uncertain = texts.filter((s) => !s.certain).map((s) => s.text);
    expect(uncertain).toEqual(['María', 'José', 'García', 'M. García', 'María G.']);
  });

  it('scrubs accented, upper-case and possessive forms, and leaves other words alone', () => {
    expect(scrubText('MARIA GARCIA and maría garcía’s sister; Garciaville', ['María García'])).toBe('[removed] and [removed]’s sister; Garciaville');
  });
});

describe('erasePeople', () => {
  it('leaves no certain mention anywhere in the map, and empties a reporter field that named only them', () => {
    const erased = erasePeople(mentionedMap(), new Set(['maria']), []);
    if (erased === null) throw new Error('nothing was erased');
    const text = JSON.stringify(erased).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(text).not.toContain('maria jose garcia');
    expect(text).not.toContain('garcia, maria jose');
    expect(text).not.toContain('maria garcia');
    expect(text).not.toContain('mjg@example.org');
    expect(erased.ties.map((t) => [t.id, t.reportedBy])).toEqual([['t1', '']]);
    expect(erased.ties[0]?.notes).toBe('Seen together at [removed]’s house.');
    expect(erased.meetings[0]?.minutes).toBe('[removed] (survivor) spoke first.');
    expect(erased.tasks[0]?.title).toBe('Drive [removed] home');
    expect(erased.coalition.mission).toBe('Started after [removed] spoke up.');
    // Words that may name someone else stay until chosen.
    expect(erased.stakeholders.find((s) => s.id === 'cy')?.notes).toBe("Maria's cousin. Ask M. García later.");
  });

  it('lists what it cannot decide about, and scrubs it when chosen', () => {
    const map = mentionedMap();
    const found = findMentions({ ...map, stakeholders: map.stakeholders.filter((s) => s.id !== 'maria') }, spellingsOf(map.stakeholders[0]!));
    expect(found.certain.map((m) => m.place)).toEqual(expect.arrayContaining(['Coalition mission', 'Notes on Bo Chen', 'Tags of Cy Okafor', 'Tie Bo Chen – Cy Okafor: reported by']));
    expect(found.uncertain).toEqual(
      expect.arrayContaining([
        { place: 'Notes on Cy Okafor', spelling: 'M. García' },
        { place: 'Notes on Cy Okafor', spelling: 'María' },
      ]),
    );
    const erased = erasePeople(map, new Set(['maria']), ['M. García', 'María']);
    expect(erased?.stakeholders.find((s) => s.id === 'cy')?.notes).toBe("[removed]'s cousin. Ask [removed] later.");
  });

  it('finds mentions in a map that no longer holds the person (an older backup), and nothing in a clean one', () => {
    const map = mentionedMap();
    const without = { ...map, stakeholders: map.stakeholders.filter((s) => s.id !== 'maria'), ties: map.ties.filter((t) => t.id !== 't2') };
    expect(erasePeople(without, new Set(['maria']), ['María José García'])?.coalition.mission).toBe('Started after [removed] spoke up.');
    const clean = erasePeople(emptyMap('Other'), new Set(['maria']), ['María José García']);
    expect(clean).toBeNull();
  });
});

describe('snapshots', () => {
  it('lose the erased id (an import may have made it of their name) and keep their counts', () => {
    const base = mentionedMap();
    const named = {
      ...base,
      stakeholders: base.stakeholders.map((s) => (s.id === 'maria' ? { ...s, id: 'maria-jose-garcia', stage: 'core' as const } : s)),
      ties: base.ties.map((t) => ({ ...t, source: t.source === 'maria' ? 'maria-jose-garcia' : t.source })),
    };
    const map = addSnapshot(named, takeSnapshot(named, analyzeMap(named), STAMP, { id: 'snap-1' }));
    expect(JSON.stringify(map.snapshots)).toContain('maria-jose-garcia');
    const erased = erasePeople(map, new Set(['maria-jose-garcia']), []);
    expect(JSON.stringify(erased)).not.toContain('maria-jose-garcia');
    expect(erased?.snapshots[0]?.figures.stakeholders).toBe(map.snapshots[0]?.figures.stakeholders);
    expect(mapDocumentSchema.safeParse(erased).success).toBe(true);
  });
});
