import fc from 'fast-check';
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

/** The textbook full-table distance with neighbour swaps, to check the banded one against. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = v;
    }
  }
  return at(a.length, b.length);
}

describe('edit distance and word containment', () => {
  it('agrees with the full table up to the limit, and says "over" past it', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 9 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const full = fullDistance(a, b);
        expect(editDistance(a, b, max)).toBe(Math.min(full, max + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('counts substitutions, insertions and swapped neighbours, and gives up past the limit', () => {
    expect(editDistance('okafor', 'okafur', 2)).toBe(1);
    expect(editDistance('grace', 'grcae', 2)).toBe(1);
    expect(editDistance('grace okafor', 'grace okafor', 1)).toBe(0);
    expect(editDistance('margaret', 'marguerite', 1)).toBe(2);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
    expect(editDistance('ab', 'ba', 1)).toBe(1);
    expect(editDistance('', 'ab', 2)).toBe(2);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
  });

  it('allows no typo in short names and more in long ones', () => {
    expect(allowedTypos('ann')).toBe(0);
    expect(allowedTypos('jon', true)).toBe(1);
    expect(allowedTypos('wu', true)).toBe(0);
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
