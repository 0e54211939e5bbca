// The coalition profile edit: catalog removals reach every reference, renames keep ids, bad
// profiles are refused with a reason, and the result always passes the map schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditError } from '../../shared/edits';
import { applyCoalitionProfile, providersOf, removedServiceIds, serviceIdFor } from '../../shared/edits-catalog';
import type { Coalition, MapDocument } from '../../shared/model';
import { sampleCoalition } from '../../shared/sample';
import { mapDocumentSchema } from '../../shared/schema';
import { smallMap } from './renderer/map-fixture';

const NOW = '2025-03-01T12:00:00.000Z';
const sample = (): MapDocument => sampleCoalition({ now: '2025-01-01T00:00:00.000Z' });

function withServices(map: MapDocument, id: string, services: string[]): MapDocument {
  return { ...map, stakeholders: map.stakeholders.map((s) => (s.id === id ? { ...s, services } : s)) };
}

describe('applyCoalitionProfile', () => {
  it('replaces every profile field and leaves stakeholders alone when the catalog keeps its ids', () => {
    const map = smallMap();
    const profile: Coalition = {
      ...map.coalition,
      name: '  Riverside Network  ',
      mission: 'Every survivor finds help within a day.',
      values: ['Survivors lead'],
      goals: [{ id: 'goal-1', title: 'A shared referral form', status: 'planned', outcome: '', funderIds: [], resources: '' }],
      area: 'Riverside county',
      serviceCatalog: map.coalition.serviceCatalog.map((s) => (s.id === 'housing' ? { ...s, label: 'Housing help' } : s)),
      targets: { ...map.coalition.targets, policymaker: { minMembers: 2, minShare: 0.1 } },
      anchorId: null,
    };
    const next = applyCoalitionProfile(map, profile, { now: NOW });
    expect(next.coalition).toMatchObject({ name: 'Riverside Network', mission: profile.mission, values: ['Survivors lead'], anchorId: null });
    expect(next.coalition.serviceCatalog.find((s) => s.id === 'housing')?.label).toBe('Housing help');
    expect(next.coalition.targets.policymaker).toEqual({ minMembers: 2, minShare: 0.1 });
    expect(next.stakeholders).toBe(map.stakeholders);
    expect(map.coalition.mission).toBe('');
    expect(() => mapDocumentSchema.parse(next)).not.toThrow();
  });

  it('removes a dropped service from the services wanted and from the organizations that offered it', () => {
    const base = withServices(withServices(smallMap(), 's2', ['housing', 'crisis-hotline']), 's4', ['crisis-hotline']);
    const map = { ...base, coalition: { ...base.coalition, servicesWanted: ['crisis-hotline', 'housing'] } };
    const profile: Coalition = { ...map.coalition, serviceCatalog: map.coalition.serviceCatalog.filter((s) => s.id !== 'crisis-hotline') };
    expect(removedServiceIds(map.coalition.serviceCatalog, profile.serviceCatalog)).toEqual(['crisis-hotline']);
    expect(providersOf(map, ['crisis-hotline']).map((s) => s.name)).toEqual(['Haven House', 'Unsorted Person']);

    const next = applyCoalitionProfile(map, profile, { now: NOW });
    expect(next.coalition.servicesWanted).toEqual(['housing']);
    expect(next.stakeholders.find((s) => s.id === 's2')).toMatchObject({ services: ['housing'], updatedAt: NOW });
    expect(next.stakeholders.find((s) => s.id === 's4')).toMatchObject({ services: [], updatedAt: NOW });
    // Untouched stakeholders keep their identity, so views do not redraw them.
    expect(next.stakeholders.find((s) => s.id === 's1')).toBe(map.stakeholders.find((s) => s.id === 's1'));
    expect(providersOf(next, ['crisis-hotline'])).toEqual([]);
  });

  it('drops wanted services that are not in the catalog, and repeats', () => {
    const map = smallMap();
    const profile: Coalition = { ...map.coalition, servicesWanted: ['housing', 'housing', 'not-a-service'] };
    expect(applyCoalitionProfile(map, profile, { now: NOW }).coalition.servicesWanted).toEqual(['housing']);
  });

  it('refuses a duplicated or blank service and a person as anchor, saying why', () => {
    const map = smallMap();
    const catalog = map.coalition.serviceCatalog;
    const dupLabel = { ...map.coalition, serviceCatalog: [...catalog, { id: 'shelter-2', label: ' emergency SHELTER ' }] };
    expect(() => applyCoalitionProfile(map, dupLabel, { now: NOW })).toThrow(/lists “emergency SHELTER” twice/);
    const dupId = { ...map.coalition, serviceCatalog: [...catalog, { id: 'housing', label: 'Other housing' }] };
    expect(() => applyCoalitionProfile(map, dupId, { now: NOW })).toThrow(/id "housing" twice/);
    const blank = { ...map.coalition, serviceCatalog: [{ id: 'x', label: '  ' }] };
    expect(() => applyCoalitionProfile(map, blank, { now: NOW })).toThrow(EditError);
    expect(() => applyCoalitionProfile(map, { ...map.coalition, anchorId: 's1' }, { now: NOW })).toThrow(/Only an organization/);
    expect(() => applyCoalitionProfile(map, { ...map.coalition, anchorId: 'gone' }, { now: NOW })).toThrow(/No stakeholder with id "gone"/);
  });

  it('always yields a valid map, whatever subset of the sample catalog is kept', () => {
    const map = sample();
    const ids = map.coalition.serviceCatalog.map((s) => s.id);
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (keep, wanted) => {
        const profile: Coalition = {
          ...map.coalition,
          serviceCatalog: map.coalition.serviceCatalog.filter((s) => keep.includes(s.id)),
          servicesWanted: wanted,
        };
        const next = applyCoalitionProfile(map, profile, { now: NOW });
        const left = new Set(keep);
        expect(next.coalition.servicesWanted.every((id) => left.has(id))).toBe(true);
        // No stakeholder offers a service that was in the old catalog but not the new one.
        const gone = new Set(ids.filter((id) => !left.has(id)));
        expect(next.stakeholders.every((s) => s.services.every((id) => !gone.has(id)))).toBe(true);
        expect(mapDocumentSchema.safeParse(next).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('serviceIdFor', () => {
  it('makes a readable id and avoids the ids already taken', () => {
    expect(serviceIdFor('Peer support (groups)', new Set())).toBe('peer-support-groups');
    expect(serviceIdFor('Housing', new Set(['housing', 'housing-2']))).toBe('housing-3');
    expect(serviceIdFor('Asesoría jurídica', new Set())).toBe('asesoria-juridica');
    expect(serviceIdFor('???', new Set())).toBe('service');
  });
});
