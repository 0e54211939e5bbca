// The follow-up pack goes through the export policy: placeholders for confidential people (in the
// list and in the minutes), and a reminder list that leaves out anyone without current consent.
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../../shared/exchange/export-csv';
import { buildFollowUpPack, reminderTable } from '../../../shared/journey/follow-up-pack';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { journeyMap } from './journey-map';

const TODAY = '2026-02-10';

function probe(): MapDocument {
  const map = journeyMap();
  const consent = (id: string, until: string | null) => (s: MapDocument['stakeholders'][number]) => (s.id === id ? { ...s, consentUntil: until, email: `${id}@example.org` } : s);
  const stakeholders = map.stakeholders.map(consent('maria', '2027-01-01')).map(consent('dana', null)).map(consent('pastor', '2025-01-01'));
  return mapDocumentSchema.parse({
    ...map,
    stakeholders,
    meetings: map.meetings.map((m) => (m.id === 'm-first' ? { ...m, attended: ['shelter', 'haven', 'maria'], minutes: 'Maria Lopez shared her story. Haven will draft the form.' } : m)),
  });
}

describe('the meeting follow-up pack', () => {
  it('lists who came, who missed it and who is likely to come, leaving out people without current consent', () => {
    const pack = buildFollowUpPack(probe(), 'm-first', { includeConfidential: false, today: TODAY });
    expect(pack.reminders.map((r) => [r.group, r.name])).toEqual([
      ['came', 'Harbor House Shelter'],
      ['came', 'Safe Haven Center'],
      ['came', 'Confidential stakeholder 1'],
    ]);
    // Dana (no consent) and the pastor (expired) missed it: counted, never named.
    expect(pack.omitted).toEqual({ missingConsent: 1, expiredConsent: 1 });
    expect(pack.redacted).toBe(1);
    expect(pack.reminders[2]).toMatchObject({ email: '', why: 'came without an invitation' });
  });

  it('scrubs confidential names from the minutes unless they are included', () => {
    const hidden = buildFollowUpPack(probe(), 'm-first', { includeConfidential: false, today: TODAY });
    expect(hidden.minutes).toBe('Confidential stakeholder 1 shared her story. Haven will draft the form.');
    expect(JSON.stringify(hidden)).not.toContain('Maria');
    expect(tableToCsv(reminderTable(hidden))).not.toContain('Maria');
    const shown = buildFollowUpPack(probe(), 'm-first', { includeConfidential: true, today: TODAY });
    expect(shown.minutes).toContain('Maria Lopez');
    expect(shown.reminders.find((r) => r.name === 'Maria Lopez')?.email).toBe('maria@example.org');
  });

  it('names as likely to come the members not invited and people who came before', () => {
    const pack = buildFollowUpPack(probe(), 'm-next', { includeConfidential: false, today: TODAY });
    const likely = pack.reminders.filter((r) => r.group === 'likely');
    expect(likely.map((r) => [r.name, r.why])).toEqual([
      ['Safe Haven Center', 'came to "First meeting"'],
      ['Confidential stakeholder 1', 'came to "First meeting"'],
    ]);
    expect(pack.tasks).toEqual([]);
    expect(buildFollowUpPack(probe(), 'm-first', { includeConfidential: false, today: TODAY }).tasks.map((t) => t.owner)).toEqual(['Harbor House Shelter', 'Safe Haven Center']);
  });
});
