// Custom fields (an import's columns with no field of their own) stay out of every export unless
// the user asks for them: an open stakeholder's {"Survivor ID": canary} must be absent from the
// bytes of each format's default export, and present, where the format holds custom fields, only
// with includeCustom. The redacted map every writer reads is checked too, so a format that later
// learns to write custom fields inherits the rule.
import { describe, expect, it } from 'vitest';
import { exportAuditFlags } from '../../../shared/audit-flags';
import { describeExport, exportMap } from '../../../shared/exchange/export-map';
import { redactMap } from '../../../shared/exchange/export-policy';
import type { MapDocument } from '../../../shared/model';
import { EXPORT_SHAPES, type ExportShape, sampleMap, searchableText, TODAY } from './export-fixtures';

const CANARY = 'ZZ-CUSTOM-CANARY';

/** The sample map with one open organization carrying an imported "Survivor ID" column. */
function customMap(): MapDocument {
  const map = sampleMap();
  const open = map.stakeholders.find((s) => s.id === 's-02');
  if (open === undefined || open.confidential) throw new Error('fixture: s-02 must be an open stakeholder');
  return { ...map, stakeholders: map.stakeholders.map((s) => (s.id === 's-02' ? { ...s, custom: { 'Survivor ID': CANARY } } : s)) };
}

const map = customMap();

/** Raw bytes searched both ways (XLSX entries are stored, not deflated). */
function exportText(shape: ExportShape, includeCustom?: boolean): string {
  const options = includeCustom === undefined ? {} : { includeCustom };
  const { bytes } = exportMap(map, { ...shape, includeConfidential: true, includeSensitive: true, ...options, today: TODAY });
  return searchableText(bytes);
}

describe.each(EXPORT_SHAPES)('$label', (shape) => {
  it('holds no custom value by default, even with confidential and sensitive fields included', () => {
    expect(exportText(shape)).not.toContain(CANARY);
    expect(exportText(shape, false)).not.toContain(CANARY);
  });

  it('holds it with includeCustom where the format writes custom fields (the map file)', () => {
    expect(exportText(shape, true).includes(CANARY)).toBe(shape.format === 'json');
  });
});

describe('the field policy', () => {
  it('empties every custom record unless includeCustom is true, and counts whose', () => {
    const plain = redactMap(map, { includeConfidential: true, includeSensitive: true, today: TODAY });
    expect(plain.stakeholders.every((s) => Object.keys(s.custom).length === 0)).toBe(true);
    expect(plain.customWithheld).toBe(1);
    const asked = redactMap(map, { includeConfidential: false, includeSensitive: false, includeCustom: true, today: TODAY });
    expect(asked.stakeholders.find((s) => s.id === 's-02')?.custom).toEqual({ 'Survivor ID': CANARY });
    expect(asked.customWithheld).toBe(0);
  });

  it('says what was left out and records the choice in the audit flags', () => {
    const plain = exportMap(map, { format: 'json', includeConfidential: false, includeSensitive: false, today: TODAY });
    expect(describeExport(plain)).toContain('Custom fields from imports are left out for 1 stakeholder (to include them, choose "Include custom fields from imports").');
    const asked = exportMap(map, { format: 'json', includeConfidential: false, includeSensitive: false, includeCustom: true, today: TODAY });
    expect(describeExport(asked)).toContain('Custom fields from imports are included, as asked.');
    expect(exportAuditFlags({ format: 'json', includeConfidential: false, includeSensitive: false, includeCustom: true })).toContain('include-custom=yes');
  });
});
