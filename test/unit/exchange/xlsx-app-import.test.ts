// The app's import worker with an Excel file: the sheet comes back as the same column-mapping
// preview a CSV gives, converts with the user's choices, and a hostile workbook is refused at the
// parse stage (no encoding question, since a workbook's parts are always UTF-8 XML).
import { describe, expect, it } from 'vitest';
import { createImportCore } from '../../../renderer/src/workers/import-core';
import type { ImportReply, ImportRequest, ImportTarget } from '../../../renderer/src/workers/import-protocol';
import { emptyMap } from '../../../shared/new-map';
import { fixtureBytes } from './fixture-paths';
import { buildWorkbook } from './xlsx-build';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const map = emptyMap('Eastside coalition');
const target: ImportTarget = { now: '2025-03-01T10:00:00.000Z', serviceCatalog: map.coalition.serviceCatalog, existingStakeholders: [] };

function session() {
  const replies: ImportReply[] = [];
  let n = 0;
  const core = createImportCore((reply) => replies.push(structuredClone(reply)), () => `new-${++n}`);
  return (request: ImportRequest): ImportReply => {
    core.handle(structuredClone(request));
    const last = replies.at(-1);
    if (!last || last.seq !== request.seq) throw new Error('no reply');
    return last;
  };
}

describe('importing an .xlsx file in the app', () => {
  it('previews the first sheet like a CSV sheet, then converts it with the chosen columns', () => {
    const send = session();
    const read = send({ seq: 1, type: 'read', purpose: 'import', fileName: 'people.xlsx', base64: base64(fixtureBytes('people.xlsx')), target });
    if (read.type !== 'csv') throw new Error(`expected a preview, got ${JSON.stringify(read)}`);
    expect(read.preview).toMatchObject({
      fileName: 'people.xlsx',
      encoding: 'utf-8',
      headers: ['Name', 'Kind', 'Categories', 'Organization', 'Influence', 'Email', 'Consent until', '__proto__'],
      rowCount: 4,
      warnings: ['people.xlsx, sheet People, cell H1: the header "__proto__" is a reserved name; the column was not imported'],
    });
    expect(read.preview.sample[0]).toEqual({ line: 2, cells: ['Ana Ruiz', 'person', 'Directly affected', 'Harbor House', '4', 'ana@example.org', '2025-01-01', ''] });
    expect(read.preview.sample.map((row) => row.line)).toEqual([2, 3, 4, 6]);

    const converted = send({ seq: 2, type: 'convert', choices: ['name', 'kind', 'categories', 'organization', 'custom', 'email', 'consent_until', 'ignore'], target });
    if (converted.type !== 'addition') throw new Error(`expected an addition, got ${JSON.stringify(converted)}`);
    expect(converted.addition.stakeholders.map((s) => s.name)).toEqual(['Ana Ruiz', 'Harbor House', 'Pastor Lee', 'Obi Nwosu', 'Grace Chapel']);
    expect(converted.addition.stakeholders[0]).toMatchObject({ email: 'ana@example.org', consentUntil: '2025-01-01', source: 'people.xlsx' });
    expect(converted.addition.ties).toHaveLength(2);
  });

  it('refuses a zip bomb and a DOCTYPE at the parse stage, naming the file', () => {
    const send = session();
    const doctype = buildWorkbook({ sheets: [{ name: 'People', rows: '' }], override: { 'xl/worksheets/sheet1.xml': '<!DOCTYPE w SYSTEM "http://example.org/x.dtd"><worksheet/>' } });
    expect(send({ seq: 1, type: 'read', purpose: 'import', fileName: 'evil.xlsx', base64: base64(doctype), target })).toMatchObject({
      type: 'failed',
      stage: 'parse',
      message: /^evil\.xlsx, sheet People, line 1: refused before parsing: the file contains a DOCTYPE/,
    });
    const padded = `<worksheet><sheetData/>${'<!-- padding -->'.repeat(256 * 1024)}</worksheet>`;
    const bomb = buildWorkbook({ sheets: [{ name: 'People', rows: '' }], override: { 'xl/worksheets/sheet1.xml': padded } });
    expect(send({ seq: 2, type: 'read', purpose: 'import', fileName: 'bomb.xlsx', base64: base64(bomb), target })).toMatchObject({
      type: 'failed',
      stage: 'parse',
      message: /^bomb\.xlsx, part "xl\/worksheets\/sheet1\.xml": refused before unpacking: .*zip bomb/,
    });
  });
});
