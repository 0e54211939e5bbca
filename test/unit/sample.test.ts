import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../shared/categories';
import { isMember, type MapDocument } from '../../shared/model';
import { sampleCoalition } from '../../shared/sample';
import { describeSchemaError, mapDocumentSchema } from '../../shared/schema';

const NOW = '2025-03-01T12:00:00.000Z';
const sample: MapDocument = sampleCoalition({ now: NOW });
const byId = new Map(sample.stakeholders.map((s) => [s.id, s]));

/** Stakeholders reachable from `start` over non-conflict ties, never stepping on `blocked`. */
function reachable(start: string, blocked: string | null): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const t of sample.ties) {
      if (t.type === 'conflict') continue;
      const next = t.source === at ? t.target : t.target === at ? t.source : null;
      if (next !== null && next !== blocked && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

describe('the sample coalition', () => {
  it('is a valid map document', () => {
    const parsed = mapDocumentSchema.safeParse(sample);
    expect(parsed.success, parsed.success ? '' : describeSchemaError(parsed.error)).toBe(true);
  });

  it('has about forty stakeholders covering every category, and about seventy ties', () => {
    expect(sample.stakeholders.length).toBeGreaterThanOrEqual(35);
    expect(sample.stakeholders.length).toBeLessThanOrEqual(45);
    for (const c of CATEGORY_IDS) expect(sample.stakeholders.some((s) => s.categories.includes(c)), c).toBe(true);
    expect(sample.ties.length).toBeGreaterThanOrEqual(65);
    for (const type of ['knows', 'works-at', 'partners-with', 'refers-to', 'funds'] as const) {
      expect(sample.ties.some((t) => t.type === type), type).toBe(true);
    }
  });

  it('has exactly one conflict tie and an organization as anchor', () => {
    expect(sample.ties.filter((t) => t.type === 'conflict')).toHaveLength(1);
    expect(byId.get(sample.coalition.anchorId ?? '')?.kind).toBe('organization');
  });

  it('uses only fictional contact details', () => {
    for (const s of sample.stakeholders) {
      if (s.email !== '') expect(s.email).toMatch(/^[a-z0-9.]+@example\.org$/);
      if (s.phone !== '') expect(s.phone).toMatch(/^555-01\d\d$/);
    }
    for (const s of sample.stakeholders.filter((x) => x.confidential)) {
      expect([s.email, s.phone, s.address]).toEqual(['', '', '']);
    }
  });

  it('has confidential survivors, a core group, a declined stakeholder and consent both past and future', () => {
    const confidential = sample.stakeholders.filter((s) => s.confidential);
    expect(confidential.length).toBeGreaterThanOrEqual(2);
    expect(confidential.every((s) => s.livedExperience && s.categories.includes('directly-affected'))).toBe(true);
    expect(sample.stakeholders.filter((s) => s.stage === 'core').length).toBe(5);
    expect(sample.stakeholders.filter((s) => s.stage === 'declined').length).toBe(1);
    const today = NOW.slice(0, 10);
    const consents = sample.stakeholders.flatMap((s) => (s.consentUntil ? [s.consentUntil] : []));
    expect(consents.some((d) => d < today)).toBe(true);
    expect(consents.some((d) => d > today)).toBe(true);
  });

  it('has policymakers on the map but none among members (a recruitment gap)', () => {
    const policymakers = sample.stakeholders.filter((s) => s.categories.includes('policymaker'));
    expect(policymakers.length).toBeGreaterThan(0);
    expect(policymakers.some(isMember)).toBe(false);
  });

  it('has a wanted service nobody offers, and one offered twice in one area without coordination', () => {
    const offered = new Set(sample.stakeholders.flatMap((s) => s.services));
    expect(sample.coalition.servicesWanted.filter((id) => !offered.has(id))).toEqual(['interpretation']);
    const counselling = sample.stakeholders.filter((s) => s.services.includes('counselling'));
    expect(counselling.map((s) => s.id)).toEqual(['s-03', 's-04']);
    expect(counselling.every(isMember)).toBe(true);
    expect(counselling[0]?.area).toBe(counselling[1]?.area);
    const coordinating = sample.ties.filter(
      (t) => (t.type === 'partners-with' || t.type === 'refers-to') && [t.source, t.target].sort().join() === 's-03,s-04',
    );
    expect(coordinating).toEqual([]);
  });

  it('has one person who alone links the faith leaders to the service providers', () => {
    const pastor = 's-33';
    const providers = sample.stakeholders.filter((s) => s.categories.includes('service-provider')).map((s) => s.id);
    expect(providers.some((p) => reachable(pastor, null).has(p))).toBe(true);
    const withoutBroker = reachable(pastor, 's-32');
    expect(providers.some((p) => withoutBroker.has(p))).toBe(false);
  });

  it('stamps every record with the given time and is the same every time', () => {
    for (const s of sample.stakeholders) expect([s.createdAt, s.updatedAt]).toEqual([NOW, NOW]);
    for (const t of sample.ties) expect([t.createdAt, t.updatedAt]).toEqual([NOW, NOW]);
    expect(sampleCoalition({ now: NOW })).toEqual(sample);
    expect(() => sampleCoalition({ now: 'yesterday' })).toThrow(/not an ISO date-time/);
  });
});
