import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../shared/exchange/dedupe';
import { org, person } from './merge-maps-fixtures';

const base = [
  person('b-grace', 'Grace Okafor', { email: 'grace@riverside.example', phone: '+1 555 201 3344' }),
  person('b-luis', 'Luis Fernández'),
  org('b-harbor', 'Harbor House Shelter', { email: 'info@harbor.example' }),
  person('b-ann', 'Ann Lee'),
  person('b-jo', 'Jo Wu'),
  person('b-sam', 'Samuel Adeyemi', { confidential: true }),
];

function only(incoming: Parameters<typeof findDuplicates>[1]) {
  return findDuplicates(base, incoming);
}

describe('findDuplicates: exact matches', () => {
  it('matches the same email, ignoring case and spaces, when the names are alike too; the email alone is only possible', () => {
    const matches = only([person('i-1', 'G. Okafor', { email: ' GRACE@Riverside.Example ' }), person('i-2', 'Front Desk', { email: 'grace@riverside.example' })]);
    expect(matches).toEqual([
      { baseId: 'b-grace', incomingId: 'i-1', strength: 'exact', reasons: ['same email address', 'every word of the shorter name is in the other one (initials count)'] },
      { baseId: 'b-grace', incomingId: 'i-2', strength: 'near', reasons: ['same email address', 'but their names are not alike'] },
    ]);
  });

  it('matches the same phone (also with a country code on one side) only with a name alike; a phone alone is only possible', () => {
    expect(only([person('i-1', 'Grace Okafur', { phone: '(555) 201-3344' })])).toEqual([
      { baseId: 'b-grace', incomingId: 'i-1', strength: 'exact', reasons: ['same phone number (written once with a country code)', 'the names differ by one letter'] },
    ]);
    expect(only([person('i-2', 'Someone', { phone: '+1-555-201-3344' })])).toEqual([
      { baseId: 'b-grace', incomingId: 'i-2', strength: 'near', reasons: ['same phone number', 'but their names are not alike'] },
    ]);
    // Two organizations sharing a switchboard are two organizations.
    const switchboard = findDuplicates([org('o-1', 'County Legal Aid', { phone: '555 300 1000' })], [org('o-2', 'Eastside Food Bank', { phone: '555-300-1000' })]);
    expect(switchboard.map((m) => m.strength)).toEqual(['near']);
  });

  it('keeps the same name with a different email possible only: two people may share a name', () => {
    expect(only([person('i-1', 'Grace Okafor', { email: 'g.okafor@elsewhere.example' })])).toEqual([
      { baseId: 'b-grace', incomingId: 'i-1', strength: 'near', reasons: ['same name once case, accents, titles, punctuation and word order are set aside', 'but their email addresses differ'] },
    ]);
  });

  it('sets titles and organization filler aside', () => {
    const matches = only([person('i-1', 'Dr. Grace Okafor'), org('i-2', 'The Harbor House Shelter, Inc.')]);
    expect(matches.map((m) => [m.baseId, m.incomingId, m.strength])).toEqual([
      ['b-grace', 'i-1', 'exact'],
      ['b-harbor', 'i-2', 'exact'],
    ]);
  });

  it('matches names equal after case, accents, punctuation and word order, for the same kind', () => {
    const matches = only([person('i-1', 'FERNANDEZ, luis'), org('i-2', 'harbor house — shelter')]);
    expect(matches.map((m) => [m.baseId, m.incomingId, m.strength])).toEqual([
      ['b-luis', 'i-1', 'exact'],
      ['b-harbor', 'i-2', 'exact'],
    ]);
    expect(matches[0]?.reasons).toEqual(['same name once case, accents, titles, punctuation and word order are set aside']);
  });

  it('gathers every reason of one pair into one match, strongest first', () => {
    const [match, ...rest] = only([person('i-1', 'Grace A. Okafor', { email: 'grace@riverside.example', phone: '555 201 3344' })]);
    expect(rest).toEqual([]);
    expect(match?.strength).toBe('exact');
    expect(match?.reasons).toEqual([
      'same email address',
      'same phone number (written once with a country code)',
      'every word of the shorter name is in the other one (initials count)',
    ]);
  });
});

describe('findDuplicates: near matches', () => {
  it('proposes a name one letter off, or with a middle initial, as near', () => {
    const matches = only([person('i-1', 'Grace Okafur'), person('i-2', 'Grace A. Okafor'), person('i-3', 'L. Fernandez'), person('i-4', 'Ann Lea')]);
    expect(matches).toEqual([
      { baseId: 'b-grace', incomingId: 'i-1', strength: 'near', reasons: ['the names differ by one letter'] },
      { baseId: 'b-grace', incomingId: 'i-2', strength: 'near', reasons: ['every word of the shorter name is in the other one (initials count)'] },
      { baseId: 'b-luis', incomingId: 'i-3', strength: 'near', reasons: ['every word of the shorter name is in the other one (initials count)'] },
      { baseId: 'b-ann', incomingId: 'i-4', strength: 'near', reasons: ['the names differ by one letter'] },
    ]);
  });

  it('finds a typo in every word, through the word starts', () => {
    expect(only([person('i-1', 'Okafur, Grace'), person('i-2', 'Grcae Okafor')]).map((m) => m.reasons[0])).toEqual([
      'the names differ by one letter',
      'the names differ by one letter',
    ]);
  });

  it('judges typos on the words the names do not share', () => {
    const centers = [org('c-east', 'Eastside Community Center'), person('p-john', 'John Smith')];
    const matches = findDuplicates(centers, [org('x-west', 'Westside Community Center'), org('x-centre', 'Eastside Communty Center'), person('x-jon', 'Jon Smith')]);
    expect(matches.map((m) => [m.baseId, m.incomingId, m.reasons[0]])).toEqual([
      ['c-east', 'x-centre', 'the names differ by one letter'],
      ['p-john', 'x-jon', 'the names differ by one letter'],
    ]);
  });

  it('only proposes the same contact or name on a person and an organization', () => {
    const matches = only([person('i-1', 'Front desk', { email: 'info@harbor.example' }), person('i-2', 'Harbor House Shelter')]);
    expect(matches).toEqual([
      {
        baseId: 'b-harbor',
        incomingId: 'i-1',
        strength: 'near',
        reasons: ['same email address, but one is a person and the other an organization'],
      },
      {
        baseId: 'b-harbor',
        incomingId: 'i-2',
        strength: 'near',
        reasons: ['same name once case, accents, titles, punctuation and word order are set aside, but one is a person and the other an organization'],
      },
    ]);
  });

  it('proposes nothing for a first name alone, a short name off by a letter, or a stranger', () => {
    expect(only([person('i-1', 'Grace'), person('i-2', 'Jo Xu'), person('i-3', 'Grace Mbeki'), org('i-4', 'Okafor')])).toEqual([]);
  });

  it('never puts a name in a reason, so confidential records can be reported', () => {
    const matches = only([person('i-1', 'Samuel Adeyemi'), person('i-2', 'Samuel Adeyemy')]);
    expect(matches).toHaveLength(2);
    for (const reason of matches.flatMap((m) => m.reasons)) expect(reason.toLowerCase()).not.toMatch(/samuel|adeyem/);
  });
});
