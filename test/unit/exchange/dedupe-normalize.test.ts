import { describe, expect, it } from 'vitest';
import {
  allowedTypos,
  comparePhones,
  editDistance,
  emailKey,
  nameKey,
  nameWords,
  phoneKey,
  wordsContained,
} from '../../../shared/exchange/name-normalize';

function phones(a: string, b: string) {
  const ka = phoneKey(a);
  const kb = phoneKey(b);
  if (!ka || !kb) throw new Error(`not a phone: ${a} / ${b}`);
  return comparePhones(ka, kb);
}

describe('name keys', () => {
  it.each([
    ['Okafor, Grace', 'Grace Okafor'],
    ['  GRACE   okafor ', 'Grace Okafor'],
    ['José Núñez-García', 'jose nunez garcia'],
    ['Søren Łukasiewicz', 'soren lukasiewicz'],
    ['Straße Zentrum', 'strasse zentrum'],
    ["O'Brien, Máire", 'Maire OBrien'],
    ['Harbor House & Shelter, Inc.', 'harbor house shelter inc'],
  ])('"%s" and "%s" share a key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps names apart that differ in a letter or a word', () => {
    expect(nameKey('Grace Okafor')).not.toBe(nameKey('Grace Okafur'));
    expect(nameKey('Grace Okafor')).not.toBe(nameKey('Grace A. Okafor'));
    expect(nameWords('Dr. Amara N’Diaye')).toEqual(['dr', 'amara', 'ndiaye']);
    expect(nameKey('—')).toBe('');
  });

  it('compares emails without case or surrounding spaces', () => {
    expect(emailKey('  Grace@Example.ORG ')).toBe('grace@example.org');
    expect(emailKey('   ')).toBe('');
  });
});

describe('phones', () => {
  it('ignores spacing and punctuation', () => {
    expect(phones('555-123-4567', '(555) 123 4567')).toBe('same');
    expect(phones('+44 20 7946 0958', '0044 20 7946 0958')).toBe('same');
  });

  it('matches a number written once with a country code and once without', () => {
    expect(phones('+44 20 7946 0958', '020 7946 0958')).toBe('country-code');
    expect(phones('555.123.4567', '+1 (555) 123-4567')).toBe('country-code');
  });

  it('does not match different numbers, two different country codes, or fragments', () => {
    expect(phones('555-123-4567', '555-123-4568')).toBeNull();
    expect(phones('+44 20 7946 0958', '+33 20 7946 0958')).toBeNull();
    expect(phones('+4420 7946 0958', '946 0958')).toBeNull();
    expect(phoneKey('ext. 204')).toBeNull();
    expect(phoneKey('')).toBeNull();
  });
});

describe('edit distance and word containment', () => {
  it('counts substitutions, insertions and swapped neighbours, and gives up past the limit', () => {
    expect(editDistance('okafor', 'okafur', 2)).toBe(1);
    expect(editDistance('grace', 'grcae', 2)).toBe(1);
    expect(editDistance('grace okafor', 'grace okafor', 1)).toBe(0);
    expect(editDistance('margaret', 'marguerite', 1)).toBe(2);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('allows no typo in short names and more in long ones', () => {
    expect(allowedTypos('ann')).toBe(0);
    expect(allowedTypos('grace okafor')).toBe(2);
    expect(allowedTypos('lee park')).toBe(1);
  });

  it('finds a shorter name inside a longer one, initials included', () => {
    expect(wordsContained(['grace', 'okafor'], ['grace', 'a', 'okafor'])).toBe(true);
    expect(wordsContained(['g', 'okafor'], ['grace', 'okafor'])).toBe(true);
    expect(wordsContained(['grace'], ['grace', 'okafor'])).toBe(false);
    expect(wordsContained(['g', 'o'], ['grace', 'okafor'])).toBe(false);
    expect(wordsContained(['grace', 'okafor'], ['grace', 'adaeze'])).toBe(false);
    expect(wordsContained(['okafor', 'okafor'], ['grace', 'okafor'])).toBe(false);
  });
});
