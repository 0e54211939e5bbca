// The field policy every export goes through: placeholders, dropped fields, consent.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { consentStatus, filterByConsent, redactMap } from '../../../shared/exchange/export-policy';
import { writeMapJson } from '../../../shared/exchange/export-json';
import { mapDocumentSchema } from '../../../shared/schema';
import { canaryMap, CANARY, sampleMap, TODAY } from './export-fixtures';

const DEFAULTS = { includeConfidential: false, includeSensitive: false, today: TODAY };

describe('redactMap', () => {
  it('replaces each confidential stakeholder with a numbered placeholder the analysis also uses', () => {
    const map = sampleMap();
    const redacted = redactMap(map, DEFAULTS);
    const hidden = redacted.stakeholders.filter((s) => s.confidential);
    expect(hidden.map((s) => [s.id, s.name])).toEqual([
      ['confidential-1', 'Confidential stakeholder 1'],
      ['confidential-2', 'Confidential stakeholder 2'],
      ['confidential-3', 'Confidential stakeholder 3'],
    ]);
    const analysisNames = analyzeMap(map).stakeholders.filter((f) => f.name.startsWith('Confidential')).map((f) => f.name);
    expect(analysisNames).toEqual(hidden.map((s) => s.name));
    expect(redacted.redacted).toBe(3);
    for (const s of hidden) {
      expect([s.email, s.phone, s.area, s.role, s.sector, s.tags.length, Object.keys(s.custom).length]).toEqual(['', '', '', '', '', 0, 0]);
      expect(s.categories).toEqual(['directly-affected']);
    }
  });

  it('keeps ties to hidden stakeholders on the placeholder id, without their notes or reporter', () => {
    const redacted = redactMap(canaryMap(), { ...DEFAULTS, includeSensitive: true });
    const tie = redacted.ties.find((t) => t.source === 'confidential-1' && t.target === 'confidential-2');
    expect(tie).toMatchObject({ id: expect.stringMatching(/^confidential-tie-\d+$/), notes: '', reportedBy: '', reportedAt: null });
    const ids = new Set(redacted.stakeholders.map((s) => s.id));
    expect(redacted.ties.every((t) => ids.has(t.source) && ids.has(t.target))).toBe(true);
    expect(JSON.stringify(redacted.stakeholders)).not.toContain('s-27');
  });

  it('never reuses an id the map already has for a placeholder', () => {
    const map = sampleMap();
    const clash = { ...map, stakeholders: map.stakeholders.map((s) => (s.id === 's-01' ? { ...s, id: 'confidential-1' } : s)) };
    const fixed = { ...clash, ties: clash.ties.map((t) => ({ ...t, source: t.source === 's-01' ? 'confidential-1' : t.source, target: t.target === 's-01' ? 'confidential-1' : t.target })), coalition: { ...clash.coalition, anchorId: 'confidential-1' } };
    const redacted = redactMap(fixed, DEFAULTS);
    const ids = redacted.stakeholders.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('confidential-1-x');
  });

  it('leaves sensitive fields out unless asked, and names confidential people only when asked', () => {
    const plain = redactMap(canaryMap(), DEFAULTS);
    expect(plain.stakeholders.every((s) => !('notes' in s) && !('address' in s) && !('livedExperience' in s))).toBe(true);
    expect(plain.ties.every((t) => !('notes' in t))).toBe(true);
    const full = redactMap(canaryMap(), { ...DEFAULTS, includeConfidential: true, includeSensitive: true });
    expect(full.redacted).toBe(0);
    expect(full.stakeholders.find((s) => s.id === 's-27')).toMatchObject({ name: `Maria ${CANARY.name}`, area: CANARY.area, livedExperience: true });
    expect(full.stakeholders.find((s) => s.id === 's-32')?.notes).toContain(CANARY.note);
  });

  it('drops email and phone of people without a current consent, whatever else is included', () => {
    const full = redactMap(canaryMap(), { ...DEFAULTS, includeConfidential: true, includeSensitive: true });
    expect(full.stakeholders.find((s) => s.id === 's-37')).toMatchObject({ email: '', phone: '' });
    expect(full.stakeholders.find((s) => s.id === 's-18')?.email).toBe('renata.voss@example.org');
    expect(full.contactsWithheld).toBeGreaterThan(0);
  });

  it('rejects a today that is not a calendar day', () => {
    expect(() => redactMap(sampleMap(), { ...DEFAULTS, today: '1 June' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('consent', () => {
  const person = (consentUntil: string | null) => ({ id: 'p', kind: 'person' as const, consentUntil });

  it('counts the last day of consent as current and the day after as expired', () => {
    expect(consentStatus(person('2025-06-01'), TODAY)).toBe('current');
    expect(consentStatus(person('2025-05-31'), TODAY)).toBe('expired');
    expect(consentStatus(person(null), TODAY)).toBe('missing');
    expect(consentStatus({ kind: 'organization', consentUntil: null }, TODAY)).toBe('current');
  });

  it('counts people left out by reason, each person once', () => {
    const items = [person(null), person(null), { ...person('2020-01-01'), id: 'q' }, { ...person('2030-01-01'), id: 'r' }];
    const { kept, omitted } = filterByConsent(items, (i) => i, TODAY);
    expect(kept.map((k) => k.id)).toEqual(['r']);
    expect(omitted).toEqual({ missingConsent: 1, expiredConsent: 1 });
  });
});

describe('map JSON export', () => {
  it('is a valid map another organizer can open, with the redaction applied', () => {
    const json = writeMapJson(redactMap(canaryMap(), DEFAULTS));
    const reread = mapDocumentSchema.parse(JSON.parse(json));
    expect(reread.stakeholders).toHaveLength(41);
    expect(reread.coalition.anchorId).toBe('s-01');
    expect(reread.stakeholders.find((s) => s.id === 'confidential-1')?.name).toBe('Confidential stakeholder 1');
    expect(json).not.toContain(CANARY.name);
  });
});
