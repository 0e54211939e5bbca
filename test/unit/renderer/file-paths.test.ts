import { describe, expect, it } from 'vitest';
import { withFileNamesOnly } from '../../../renderer/src/state/safety/file-paths';

describe('withFileNamesOnly', () => {
  it('keeps only the file name of POSIX and Windows paths, with the sentence around them', () => {
    expect(withFileNamesOnly('Exported the map to /home/amira/Desktop/harlow.csv.')).toBe('Exported the map to harlow.csv.');
    expect(withFileNamesOnly('Saved the agenda as C:\\Users\\amira\\Documents\\agenda-2025.pdf')).toBe('Saved the agenda as agenda-2025.pdf');
    expect(withFileNamesOnly('The last map, a.coalition.json, was not found at /srv/maps/a.coalition.json (moved or deleted?).')).toBe(
      'The last map, a.coalition.json, was not found at a.coalition.json (moved or deleted?).',
    );
  });

  it('leaves sentences without paths alone (fractions, "and/or", dates)', () => {
    for (const text of ['Saved 3/4 of the rows', 'members and/or partners', 'On 2025/03/01 nothing happened.']) expect(withFileNamesOnly(text)).toBe(text);
  });
});
