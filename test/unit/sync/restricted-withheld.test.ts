// A restricted record's people stay out of the coalition's shared map whatever their flag says on
// an organizer's own map: a member who later unticks "confidential" for someone the record holds
// must not send that person (or a tie to them) to every organizer. Check 4, fail closed.
import { describe, expect, it } from 'vitest';
import { mainPart } from '../../../electron/main/sync/placeholder-policy';
import type { SharingSettings } from '../../../electron/main/sync/sharing-file';
import { sampleCoalition } from '../../../shared/sample';

const SETTINGS: SharingSettings = {
  coalitionId: 'coalition-test',
  actor: 'actor-ben-0001',
  name: 'Ben',
  key: Buffer.alloc(32, 7).toString('base64'),
  relay: { kind: 'folder', path: '/nowhere' },
};

const ids = (list: unknown): string[] => (list as { id: string }[]).map((s) => s.id);

describe('a restricted person marked open on an organizer own map', () => {
  const map = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
  const tie = map.ties[0]!;
  const person = map.stakeholders.find((s) => s.id === tie.source)!;
  const opened = { ...map, stakeholders: map.stakeholders.map((s) => (s.id === person.id ? { ...s, confidential: false } : s)) };

  it('is shared when no record holds them (the control)', () => {
    const part = mainPart(SETTINGS)(opened);
    expect(ids(part.stakeholders)).toContain(person.id);
    expect(ids(part.ties)).toContain(tie.id);
  });

  it('never reaches the shared map, nor do their ties, while a record holds them', () => {
    const part = mainPart(SETTINGS, new Set([person.id]))(opened);
    expect(ids(part.stakeholders)).not.toContain(person.id);
    expect(ids(part.ties)).not.toContain(tie.id);
    expect(JSON.stringify(part)).not.toContain(`"${person.id}"`);
  });
});
