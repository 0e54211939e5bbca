// foldForSearch answers plain ASCII text by a shorter path (the map's first frame folds every name);
// it must give exactly what the Unicode path gives, for every character and for mixed text.
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../shared/search/match';
import { seededRandom } from '../../../shared/graph/random';

/** The Unicode path alone, as the function did it for every text before the ASCII path. */
function unicodeFold(text: string): string {
  const plain: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđıþ]/g, (c) => plain[c] ?? c)
    .replace(/[^\p{L}\p{N}]/gu, '');
}

describe('folding plain ASCII text', () => {
  it('gives the Unicode path’s answer for every ASCII character, alone and between letters', () => {
    for (let code = 0; code < 128; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [c, `Ab${c}Zy9`, `${c}${c}`]) expect(foldForSearch(text)).toBe(unicodeFold(text));
    }
  });

  it('gives the same answer for random names, ASCII or not', () => {
    const random = seededRandom(42);
    const alphabet = ' -.\'’AaBbZz09\t\nÉéßØçİıﬁ①Ⅻ';
    for (let i = 0; i < 5_000; i += 1) {
      const length = Math.floor(random() * 12);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(foldForSearch(text)).toBe(unicodeFold(text));
    }
    expect(foldForSearch("O'Brien-Smith, Jr. 2nd")).toBe('obriensmithjr2nd');
  });
});
