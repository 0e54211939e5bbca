// The workbook's ZIP container as fflate writes it for us: parts stored (not deflated) with the
// fixed 1980-01-01 00:00 stamp, so the same table gives the same bytes at any hour, and each part's
// checksum agrees with the CRC-32 the XLSX reader checks against.
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../shared/exchange/crc32';
import { number, text } from '../../../shared/exchange/export-table';
import { tableToXlsx } from '../../../shared/exchange/export-xlsx';
import { readStoredZip } from './export-fixtures';

const LOCAL_HEADER = 0x04034b50;
const DOS_DATE_1980_01_01 = (1 << 5) | 1;

interface LocalHeader {
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly name: string;
}

/** Every local file header in order, read straight from the bytes. */
function localHeaders(bytes: Uint8Array): LocalHeader[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headers: LocalHeader[] = [];
  let at = 0;
  while (view.getUint32(at, true) === LOCAL_HEADER) {
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    headers.push({ method: view.getUint16(at + 8, true), time: view.getUint16(at + 10, true), date: view.getUint16(at + 12, true), crc: view.getUint32(at + 14, true), name });
    at += 30 + nameLength + extra + size;
  }
  return headers;
}

describe('the XLSX ZIP container', () => {
  const table = { columns: [text('name'), number('score')], rows: [['Pastor Ruth Ávila', 3] as const, ['=1+1', 0.5] as const] };
  const bytes = tableToXlsx(table, 'People');

  it('stores every part uncompressed under the fixed 1980 stamp, content types first', () => {
    const headers = localHeaders(bytes);
    expect(headers.map((h) => h.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    for (const h of headers) expect({ name: h.name, method: h.method, time: h.time, date: h.date }).toEqual({ name: h.name, method: 0, time: 0, date: DOS_DATE_1980_01_01 });
  });

  it('writes each part’s CRC-32 as the reader computes it, and the same bytes every time', () => {
    const parts = readStoredZip(bytes);
    for (const h of localHeaders(bytes)) expect(h.crc, h.name).toBe(crc32(parts.get(h.name)!));
    expect(tableToXlsx(table, 'People')).toEqual(bytes);
  });
});
