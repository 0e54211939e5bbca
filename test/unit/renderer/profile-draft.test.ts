// The profile editor's working copy: round trip, checks with messages per field, services added
// under fresh ids, and what a catalog removal will also change.
import { describe, expect, it } from 'vitest';
import {
  addService,
  draftFromCoalition,
  newServiceProblem,
  percentText,
  removalImpact,
  removeService,
  validateDraft,
  type ProfileDraft,
} from '../../../renderer/src/views/profile/profile-draft';
import { smallMap } from './map-fixture';

const map = smallMap();
const draft = (): ProfileDraft => draftFromCoalition(map.coalition);

function errorsOf(d: ProfileDraft): Readonly<Record<string, string>> {
  const result = validateDraft(d, map);
  return 'errors' in result ? result.errors : {};
}

describe('profile draft', () => {
  it('gives back the same coalition when nothing was edited', () => {
    const result = validateDraft(draft(), map);
    expect(result).toEqual({ profile: map.coalition });
  });

  it('shows shares as percentages without float noise, and reads them back', () => {
    expect(percentText(0.2)).toBe('20');
    expect(percentText(0.07)).toBe('7');
    expect(percentText(0.125)).toBe('12.5');
    const d = draft();
    const edited = { ...d, targets: { ...d.targets, policymaker: { minMembers: '3', minSharePercent: '12.5' } } };
    const result = validateDraft(edited, map);
    if (!('profile' in result)) throw new Error(JSON.stringify(result.errors));
    expect(result.profile.targets.policymaker).toEqual({ minMembers: 3, minShare: 0.125 });
  });

  it('names each bad field with a message meant for that field', () => {
    const d = draft();
    const errors = errorsOf({
      ...d,
      name: '   ',
      values: ['Safety first', ''],
      goals: ['x'.repeat(501)],
      targets: {
        ...d.targets,
        'directly-affected': { minMembers: '-1', minSharePercent: '120' },
        influential: { minMembers: '2.5', minSharePercent: 'ten' },
      },
      anchorId: 's1',
    });
    expect(errors).toEqual({
      name: 'The coalition needs a name.',
      'values.1': 'Write something here, or remove this line.',
      'goals.0': 'Keep this under 500 characters.',
      'targets.directly-affected.minMembers': 'A whole number from 0 to 10,000.',
      'targets.directly-affected.minShare': 'A percentage from 0 to 100.',
      'targets.influential.minMembers': 'A whole number from 0 to 10,000.',
      'targets.influential.minShare': 'A percentage from 0 to 100.',
      anchorId: 'Only an organization can be the anchor.',
    });
  });

  it('refuses a blank or repeated service name beside that service', () => {
    const d = draft();
    const [first, second] = d.services;
    if (!first || !second) throw new Error('the default catalog has services');
    const errors = errorsOf({
      ...d,
      services: d.services.map((s) => (s.id === first.id ? { ...s, label: ' ' } : s.id === second.id ? { ...s, label: 'safety PLANNING' } : s)),
    });
    expect(errors[`services.${first.id}`]).toBe('A service needs a name (or remove it).');
    expect(Object.values(errors)).toContain('Another service already has this name.');
  });

  it('adds a service under a new id, never reusing the id of one removed in the same session', () => {
    const withoutHousing = removeService(draft(), 'housing');
    expect(withoutHousing.servicesWanted).not.toContain('housing');
    const readded = addService(withoutHousing, ' Housing ', map.coalition.serviceCatalog);
    expect(readded.services.at(-1)).toEqual({ id: 'housing-2', label: 'Housing' });
    expect(newServiceProblem(readded, 'housing')).toBe('“housing” is already in the catalog.');
    expect(newServiceProblem(readded, '  ')).toBe('Type the service’s name first.');
    expect(newServiceProblem(readded, 'Peer support')).toBeNull();
  });

  it('says which wanted services and which providers a removal touches', () => {
    const offered = { ...map, stakeholders: map.stakeholders.map((s) => (s.id === 's2' ? { ...s, services: ['crisis-hotline'] } : s)) };
    const result = validateDraft(removeService(removeService(draftFromCoalition(offered.coalition), 'crisis-hotline'), 'childcare'), offered);
    if (!('profile' in result)) throw new Error('valid');
    expect(removalImpact(offered, result.profile)).toEqual([
      { label: '24-hour crisis hotline', wasWanted: true, providers: ['Haven House'] },
      { label: 'Childcare', wasWanted: false, providers: [] },
    ]);
  });
});
