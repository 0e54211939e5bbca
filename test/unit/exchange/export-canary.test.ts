// PRIV-4 / PRIV-10: canaries planted in a confidential name, an address, notes, a confidential
// person's area and custom field (custom fields travel only when asked for, export-custom.test.ts), a note on a tie between survivors, and a non-consenting
// person's email must be absent from the bytes of every default export, and appear only where
// the matching choice puts them.
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../../shared/exchange/export-map';
import { CANARY, canaryMap, EXPORT_SHAPES, type ExportShape, searchableText, TODAY } from './export-fixtures';

const map = canaryMap();

/** Every export is searched as raw bytes, decoded as UTF-8 (XLSX entries are stored, not deflated). */
function exportText(shape: ExportShape, includeConfidential: boolean, includeSensitive: boolean): string {
  const { bytes } = exportMap(map, { ...shape, includeConfidential, includeSensitive, today: TODAY });
  return searchableText(bytes);
}

const present = (text: string): string[] => Object.values(CANARY).filter((c) => text.includes(c));

describe.each(EXPORT_SHAPES)('$label', (shape) => {
  it('holds no canary by default', () => {
    expect(present(exportText(shape, false, false))).toEqual([]);
  });

  it('with sensitive fields only: notes and addresses where the format has them, nothing confidential', () => {
    const found = present(exportText(shape, false, true));
    const carriesSensitive = shape.list === 'stakeholders' || shape.format === 'json';
    expect(found).toEqual(carriesSensitive ? [CANARY.address, CANARY.note] : []);
  });

  it('with confidential stakeholders only: their name and details, no sensitive field', () => {
    const found = present(exportText(shape, true, false));
    const expected =
      shape.format === 'json' ? [CANARY.name, CANARY.area]
      : shape.list === 'stakeholders' ? [CANARY.name, CANARY.area]
      : shape.list === 'recruitment' ? []
      : [CANARY.name];
    expect(found).toEqual(expected);
  });

  it('never holds the email of a person who has not consented, whatever is included', () => {
    expect(exportText(shape, true, true)).not.toContain(CANARY.email);
  });
});

describe('what the canary exports report', () => {
  it('counts people left out of contact lists and contacts withheld from the map, never naming them', () => {
    const contacts = exportMap(map, { format: 'csv', list: 'stakeholders', withContacts: true, includeConfidential: true, includeSensitive: true, today: TODAY });
    expect(contacts.omitted.expiredConsent).toBeGreaterThanOrEqual(1);
    const json = exportMap(map, { format: 'json', includeConfidential: false, includeSensitive: false, today: TODAY });
    expect(json.contactsWithheld).toBeGreaterThanOrEqual(1);
    expect(json.redacted).toBe(3);
  });
});
