// The import worker on workbooks and yEd groups, in-process with the real parsers: the preview
// lists a workbook's sheets for a picker, a chosen sheet is read, a Kumu workbook comes with its
// connections, and a yEd group's fate (organization or plain stakeholder) follows the request.
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../renderer/src/state/import/import-mapping';
import { createImportCore } from '../../../renderer/src/workers/import-core';
import type { ImportReply, ImportRequest, ImportTarget } from '../../../renderer/src/workers/import-protocol';
import { messyBytes } from '../exchange/fixture-paths';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const target: ImportTarget = { now: '2026-01-05T10:00:00.000Z', serviceCatalog: [], existingStakeholders: [] };

function session() {
  let n = 0;
  let last: ImportReply | null = null;
  const core = createImportCore((reply) => (last = structuredClone(reply)), () => `new-${++n}`);
  return (request: ImportRequest): ImportReply => {
    core.handle(structuredClone(request));
    if (!last) throw new Error('no reply');
    return last;
  };
}

const read = (fileName: string, extra: Partial<Extract<ImportRequest, { type: 'read'; purpose: 'import' }>> = {}): ImportRequest => ({
  seq: 1, type: 'read', purpose: 'import', fileName, base64: base64(messyBytes(fileName)), target, ...extra,
});

describe('workbooks in the import worker', () => {
  it('previews the first sheet with every sheet listed, then the sheet the user picks', () => {
    const send = session();
    const first = send(read('partners-libreoffice.xlsx'));
    expect(first).toMatchObject({ type: 'csv', preview: { sheet: 'Partners', sheets: ['Partners', 'Archive 2023'], rowCount: 4 } });
    const picked = send(read('partners-libreoffice.xlsx', { sheet: 'Archive 2023' }));
    expect(picked).toMatchObject({ type: 'csv', preview: { sheet: 'Archive 2023', headers: ['Organisation', 'Contact person'], rowCount: 1 } });
  });

  it('reads a Kumu workbook as elements with its connections, converted together', () => {
    const send = session();
    const preview = send(read('kumu-coalition.xlsx'));
    expect(preview).toMatchObject({ type: 'csv', preview: { sheet: 'Elements', headers: ['name', 'kind', 'notes', 'tags', 'Type'], tiesFromWorkbook: { sheet: 'Connections', rowCount: 6 } } });
    if (preview.type !== 'csv') throw new Error('expected a preview');
    const converted = send({ seq: 2, type: 'convert', choices: guessMapping(preview.preview.headers), target });
    if (converted.type !== 'addition') throw new Error(JSON.stringify(converted));
    expect(converted.addition.stakeholders).toHaveLength(6);
    expect(converted.addition.ties.map((t) => t.type)).toEqual(['works-at', 'knows', 'funds', 'refers-to', 'refers-to', 'partners-with']);
    // The connections' tie types are listed for the value mapping, under the ties sheet's name.
    const tieTypes = converted.review.valueColumns.find((c) => c.field === 'type');
    expect(tieTypes?.ties?.fileName).toBe('kumu-coalition.xlsx, sheet Connections');
    expect(tieTypes?.values.map((v) => [v.value, v.count])).toEqual([['refers to', 2], ['funds', 1], ['knows', 1], ['partners with', 1], ['works at', 1]]);
  });

  it('says a Kumu workbook is one even when the picker chose one of its sheets alone', () => {
    const send = session();
    const single = send(read('kumu-coalition.xlsx', { sheet: 'Connections' }));
    expect(single).toMatchObject({ type: 'csv', preview: { sheet: 'Connections', kumu: true } });
    expect(single.type === 'csv' && single.preview.tiesFromWorkbook).toBeUndefined();
    expect(send(read('partners-libreoffice.xlsx'))).toMatchObject({ type: 'csv', preview: { kumu: false } });
  });
});

describe('yEd groups in the import worker', () => {
  it('become organizations by default, plain stakeholders when the request says so', () => {
    const send = session();
    const asOrgs = send(read('yed-coalition.graphml'));
    const plain = send(read('yed-coalition.graphml', { groupsAsOrganizations: false }));
    if (asOrgs.type !== 'addition' || plain.type !== 'addition') throw new Error('expected additions');
    expect(asOrgs.addition.ties.filter((t) => t.type === 'works-at')).toHaveLength(2);
    expect(plain.addition.ties.filter((t) => t.type === 'works-at')).toHaveLength(0);
    expect(plain.addition.stakeholders.find((s) => s.name === 'Harbor House')?.kind).toBe('person');
  });
});
