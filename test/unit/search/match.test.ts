import { describe, expect, it } from 'vitest';
import { sampleCoalition } from '../../../shared/sample';
import { foldForSearch, matchesQuery, matchRank, organizationsOf, searchPeople } from '../../../shared/search/match';
import { pickerLabels } from '../../../shared/search/namesakes';

const person = (id: string, name: string, more: Partial<{ role: string; email: string; tags: string[]; area: string }> = {}) => ({ id, name, ...more });

describe('the one search matcher', () => {
  it('ignores case, accents, special letters and punctuation', () => {
    expect(foldForSearch('Tomás O’Brien-Straße')).toBe('tomasobrienstrasse');
    expect(matchesQuery(person('1', 'Tomás Ferreira'), 'tomas')).toBe(true);
    expect(matchesQuery(person('1', 'TOMAS FERREIRA'), 'Tomás')).toBe(true);
    expect(matchesQuery(person('2', "Siobhán O'Brien"), 'obrien')).toBe(true);
    expect(matchesQuery(person('3', "St. Mary's Clinic"), 'st marys')).toBe(true);
    expect(matchesQuery(person('4', 'Jean-Pierre Dubois'), 'jean pierre')).toBe(true);
    expect(matchesQuery(person('5', 'Zoë Øberg'), 'zoe oberg')).toBe(true);
  });

  it('searches name, organization, email, role and tags; every word must be found', () => {
    const map = sampleCoalition({ now: '2025-04-02T12:00:00.000Z' });
    const orgs = organizationsOf(map);
    const worker = map.ties.find((t) => t.type === 'works-at');
    const org = map.stakeholders.find((s) => s.id === worker?.target);
    if (!worker || !org) throw new Error('the sample has no works-at tie');
    const found = searchPeople(map.stakeholders, org.name, { orgs }).map((s) => s.id);
    expect(found[0]).toBe(org.id); // the organization itself, by name, comes first
    expect(found).toContain(worker.source);

    const ana = person('a', 'Ana Ruiz', { email: 'ana@clinic.example.org', role: 'Nurse', tags: ['Spanish speaker'] });
    expect(matchesQuery(ana, 'clinic.example')).toBe(true);
    expect(matchesQuery(ana, 'nurse ana')).toBe(true);
    expect(matchesQuery(ana, 'spanish')).toBe(true);
    expect(matchesQuery(ana, 'nurse bob')).toBe(false);
    expect(matchesQuery(ana, '   ')).toBe(true);
  });

  it('ranks the exact name, then names starting with the query, then names, then other fields', () => {
    const people = [person('4', 'Ann Lee', { role: 'Tomas’s assistant' }), person('3', 'Rosa Tomasini'), person('2', 'Tomás Ferreira'), person('1', 'Tomas')];
    expect(searchPeople(people, 'tomas').map((p) => p.id)).toEqual(['1', '2', '3', '4']);
    expect(matchRank(person('1', 'Ann Lee'), 'zzz')).toBeNull();
    expect(searchPeople(people, 'tomas', { limit: 2 })).toHaveLength(2);
  });
});

describe('picker labels for namesakes', () => {
  it('adds the organization, else the email, else the role, only where names are the same', () => {
    const people = [
      person('1', 'Ana Ruiz', { email: 'ana@a.example.org' }),
      person('2', 'ana ruíz', { role: 'Nurse' }),
      person('3', 'Ana Ruiz'),
      person('4', 'Ben Okafor'),
    ];
    const labels = pickerLabels(people, new Map([['3', ['Legal Aid']]]));
    expect(labels.get('1')).toBe('Ana Ruiz (ana@a.example.org)');
    expect(labels.get('2')).toBe('ana ruíz (Nurse)');
    expect(labels.get('3')).toBe('Ana Ruiz (Legal Aid)');
    expect(labels.get('4')).toBe('Ben Okafor');
  });
});
