// The contact list's words about confidential people match the file: a confidential person left
// out for want of consent is not also said to be "shown as a numbered placeholder".
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/exchange/csv';
import { describeExport, exportMap } from '../../../shared/exchange/export-map';
import { sampleMap, TODAY } from './export-fixtures';

const rowsOf = (bytes: Uint8Array) => parseCsv(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), 'contacts.csv').rows;

describe('placeholders in a contact list', () => {
  it('counts only the placeholders the list holds', () => {
    const map = sampleMap();
    const result = exportMap(map, { format: 'csv', list: 'stakeholders', withContacts: true, includeConfidential: false, includeSensitive: false, today: TODAY });
    const placeholders = rowsOf(result.bytes).filter((r) => (r.cells.get('name') ?? '').startsWith('Confidential stakeholder')).length;
    const confidential = map.stakeholders.filter((s) => s.confidential).length;
    // The sample has confidential people without a current consent: fewer placeholders than confidential people.
    expect(placeholders).toBeLessThan(confidential);
    expect(result.redacted).toBe(placeholders);
    const said = describeExport(result).find((line) => line.includes('numbered placeholder'));
    if (placeholders === 0) expect(said).toBeUndefined();
    else expect(said).toMatch(new RegExp(`^${placeholders} confidential stakeholders? (is|are) shown`));
  });

  it('keeps the count of the plain stakeholder list, which holds everyone', () => {
    const map = sampleMap();
    const result = exportMap(map, { format: 'csv', list: 'stakeholders', includeConfidential: false, includeSensitive: false, today: TODAY });
    expect(result.redacted).toBe(map.stakeholders.filter((s) => s.confidential).length);
  });
});
