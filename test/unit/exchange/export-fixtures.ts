// Shared by the export tests: the sample coalition on a fixed day, a copy seeded with privacy
// canaries, and an independent reader for the stored ZIP files the XLSX writer produces.
import { crc32 } from 'node:zlib';
import type { ExportRequest } from '../../../shared/exchange/export-map';
import type { MapDocument, Stakeholder, Tie } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';

export const NOW = '2025-06-01T12:00:00.000Z';
export const TODAY = '2025-06-01';

export function sampleMap(): MapDocument {
  return sampleCoalition({ now: NOW });
}

export const CANARY = {
  name: 'ZZ-CANARY-NAME',
  address: 'ZZ-CANARY-ADDR',
  note: 'ZZ-CANARY-NOTE',
  email: 'ZZ-CANARY-EMAIL',
  area: 'ZZ-CANARY-AREA',
  custom: 'ZZ-CANARY-CUSTOM',
  tieNote: 'ZZ-CANARY-TIENOTE',
} as const;

function edit(map: MapDocument, id: string, change: Partial<Stakeholder>): MapDocument {
  if (!map.stakeholders.some((s) => s.id === id)) throw new Error(`fixture: no stakeholder ${id}`);
  return { ...map, stakeholders: map.stakeholders.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

function editTie(map: MapDocument, id: string, change: Partial<Tie>): MapDocument {
  if (!map.ties.some((t) => t.id === id)) throw new Error(`fixture: no tie ${id}`);
  return { ...map, ties: map.ties.map((t) => (t.id === id ? { ...t, ...change } : t)) };
}

/**
 * s-27 is a confidential survivor (name, area, custom field); s-02 an organization with an address;
 * s-32 a person with notes; s-37 a person whose consent expired, with an email; t-51 joins two
 * confidential survivors, with a note and reported by s-27 by name.
 */
export function canaryMap(): MapDocument {
  let map = sampleMap();
  map = edit(map, 's-27', { name: `Maria ${CANARY.name}`, area: CANARY.area, custom: { ward: CANARY.custom } });
  map = edit(map, 's-02', { address: `12 ${CANARY.address} Road` });
  map = edit(map, 's-32', { notes: `Met at the vigil. ${CANARY.note}` });
  map = edit(map, 's-37', { email: `${CANARY.email}@example.org`, phone: '555-0199' });
  map = editTie(map, 't-51', { notes: CANARY.tieNote, reportedBy: `Maria ${CANARY.name}` });
  return map;
}

/** One format and list the app exports, with the label its test cases are named by. */
export type ExportShape = Pick<ExportRequest, 'format' | 'list' | 'withContacts'>;

/** Every format and list the export dialog offers: the privacy tests search each one's bytes. */
export const EXPORT_SHAPES: readonly (ExportShape & { readonly label: string })[] = [
  { label: 'csv stakeholders', format: 'csv', list: 'stakeholders' },
  { label: 'csv stakeholders with contacts', format: 'csv', list: 'stakeholders', withContacts: true },
  { label: 'csv ties', format: 'csv', list: 'ties' },
  { label: 'csv recruitment', format: 'csv', list: 'recruitment' },
  { label: 'xlsx stakeholders', format: 'xlsx', list: 'stakeholders' },
  { label: 'xlsx stakeholders with contacts', format: 'xlsx', list: 'stakeholders', withContacts: true },
  { label: 'xlsx ties', format: 'xlsx', list: 'ties' },
  { label: 'xlsx recruitment', format: 'xlsx', list: 'recruitment' },
  { label: 'gexf', format: 'gexf' },
  { label: 'graphml', format: 'graphml' },
  { label: 'json', format: 'json' },
];

/** An export's raw bytes as text both ways, Latin-1 and UTF-8 (XLSX entries are stored, not deflated), for a search of every byte. */
export function searchableText(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1') + new TextDecoder().decode(bytes);
}

export function textOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Reads a ZIP of stored entries through its central directory, checking every CRC with zlib's. */
export function readStoredZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = bytes.length - 22;
  if (view.getUint32(eocd, true) !== 0x06054b50) throw new Error('zip: no end-of-central-directory record');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const files = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`zip: bad central header ${i}`);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = textOf(bytes.subarray(at + 46, at + 46 + nameLength));
    if (method !== 0) throw new Error(`zip: ${name} is not stored`);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    if (crc32(data) !== crc) throw new Error(`zip: CRC mismatch for ${name}`);
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}
