// The Export dialog's pure half on the sample coalition: the SVG map image (legend, every
// stakeholder, placeholders for confidential names unless included, hostile names escaped), the
// recruitment filter (rows, counts and file agree), and the data exports with their file names.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/exchange/csv';
import type { MapDocument } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapImageSvg, titleLines } from '../../../renderer/src/graph/map-image';
import { anyRecruit, buildDataExport, buildRecruitmentList, fileStem, toBase64, type ExportChoice } from '../../../renderer/src/state/export/export-build';

const TODAY = '2025-03-01';
const map = sampleCoalition({ now: '2025-03-01T10:00:00.000Z' });
const hidden = map.stakeholders.filter((s) => s.confidential).map((s) => s.name);
const base: ExportChoice = { kind: 'csv', list: 'recruitment', includeConfidential: false, includeSensitive: false, includeCustom: false, filter: anyRecruit };

function textsOf(svg: string): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text') texts.push(...[value].flat().map((v) => String(typeof v === 'object' && v !== null ? ((v as Record<string, unknown>)['#text'] ?? '') : v)));
        else walk(value);
      }
    }
  };
  walk(new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(svg));
  return texts;
}

describe('map image', () => {
  it('draws every stakeholder with a legend, confidential names as placeholders', () => {
    expect(hidden.length).toBeGreaterThan(0);
    const svg = mapImageSvg(map, { includeConfidential: false, today: TODAY });
    const texts = textsOf(svg);
    expect(svg.match(/<g class="node">/g)).toHaveLength(map.stakeholders.length);
    expect(texts).toEqual(expect.arrayContaining(['Legend', 'Ties', 'Person', 'Organization', 'Anchor organization', 'Confidential', `Map as of ${TODAY}`]));
    expect(texts).toEqual(expect.arrayContaining(hidden.map((_, i) => `Confidential stakeholder ${i + 1}`)));
    for (const name of hidden) expect(svg).not.toContain(name);
    const named = mapImageSvg(map, { includeConfidential: true, today: TODAY });
    for (const name of hidden) expect(textsOf(named)).toContain(name);
  });

  it('escapes hostile names and places stakeholders that have no saved position', () => {
    const first = map.stakeholders[0];
    if (!first) throw new Error('the sample has no stakeholders');
    const { position: _dropped, ...loose } = { ...first, name: '<script>alert(1)</script> & "Co"' };
    const hostile: MapDocument = { ...map, stakeholders: [loose, ...map.stakeholders.slice(1)] };
    const svg = mapImageSvg(hostile, { includeConfidential: false, today: TODAY });
    expect(svg).not.toContain('<script>');
    expect(textsOf(svg)).toContain('<script>alert(1)</script> & "Co"');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('wraps a long coalition name for the legend column', () => {
    expect(titleLines('Harlow Bend Family Safety Coalition')).toEqual(['Harlow Bend Family Safety', 'Coalition']);
  });
});

describe('recruitment list with the dialog filter', () => {
  it('writes exactly the previewed rows, one category only, with counts from the same run', () => {
    const choice: ExportChoice = { ...base, filter: { category: 'policymaker', stage: 'all' } };
    const preview = buildRecruitmentList(map, choice, TODAY);
    expect(preview.table.rows.length).toBeGreaterThan(0);
    const built = buildDataExport(map, { ...choice, kind: 'csv' }, TODAY);
    const table = parseCsv(built.content.replace(/^\uFEFF/, ''), 'recruitment.csv');
    expect(table.rows.map((r) => r.cells.get('name'))).toEqual(preview.table.rows.map((r) => r[1]));
    expect(table.rows.every((r) => r.cells.get('category') === 'Policymaker')).toBe(true);
    expect(built.summary.records).toBe(preview.table.rows.length);
    expect(built.suggestedFileName).toBe(`harlow-bend-family-safety-coalition-recruitment-${TODAY}.csv`);
    expect(built.leftOut.join(' ')).toMatch(/confidential stakeholders are shown as a numbered placeholder/);
    const none = buildRecruitmentList(map, { ...base, filter: { category: 'policymaker', stage: 'core' } }, TODAY);
    expect(none.table.rows).toEqual([]);
  });

  it('sends Excel as base64 of the writer bytes, and graph formats as text', () => {
    const xlsx = buildDataExport(map, { ...base, kind: 'xlsx', list: 'stakeholders' }, TODAY);
    expect(Buffer.from(xlsx.content, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    const gexf = buildDataExport(map, { ...base, kind: 'gexf' }, TODAY);
    expect(gexf.content.startsWith('<?xml')).toBe(true);
    for (const name of hidden) expect(gexf.content).not.toContain(name);
    expect(buildDataExport(map, { ...base, kind: 'json' }, TODAY).suggestedFileName.endsWith('.coalition.json')).toBe(true);
  });
});

describe('helpers', () => {
  it('base64 matches Node for sizes around the chunk boundary', () => {
    for (const size of [0, 1, 0x8000, 0x8001, 100_000]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 31) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('file names from coalition names keep letters and digits only', () => {
    expect(fileStem('Café ../../Ünïon 2025!')).toBe('cafe-union-2025');
    expect(fileStem('***')).toBe('coalition');
  });
});

describe('the contact list and the recruitment list as the dialog saves them', () => {
  it('offers a contact list: the stakeholder list with email and phone, only people with a current consent, BOM first', () => {
    const built = buildDataExport(map, { ...base, kind: 'csv', list: 'contacts' }, TODAY);
    expect(built.suggestedFileName).toMatch(/-contacts-2025-03-01\.csv$/);
    expect(built.content.startsWith('\uFEFF')).toBe(true);
    const table = parseCsv(built.content.slice(1), 'contacts.csv');
    expect(table.headers).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'consent_until']));
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) if (row.cells.get('kind') === 'person') expect((row.cells.get('consent_until') ?? '') >= TODAY).toBe(true);
    expect(built.leftOut[0]).toMatch(/^Left out of this contact list: \d+ (person|people) with no recorded consent/);
  });

  it('keeps every recruitment suggestion, with contact details empty and a reason where consent is missing', () => {
    const { table, result } = buildRecruitmentList(map, base, TODAY);
    const col = (name: string) => table.columns.findIndex((c) => c.header === name);
    const withheld = table.rows.filter((r) => r[col('contact')] === '');
    expect(withheld.length).toBeGreaterThan(0);
    for (const row of withheld) expect(String(row[col('contact_note')])).not.toBe('');
    expect(result.contactsWithheld).toBe(withheld.length);
    expect(result.omitted).toEqual({ missingConsent: 0, expiredConsent: 0 });
  });
});
