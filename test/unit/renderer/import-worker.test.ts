// The import worker's message protocol, run in-process with real files and the real parsers:
// every reply carries the request's number, progress comes before the answer, a sheet is previewed
// then converted with the user's choices, refusals say where and why (decoding apart, so the
// window can offer an encoding), and a map to merge is checked and its duplicates proposed.
import { describe, expect, it } from 'vitest';
import { emptyMap } from '../../../shared/new-map';
import { stakeholderSchema } from '../../../shared/schema';
import type { MapDocument } from '../../../shared/model';
import { createImportCore } from '../../../renderer/src/workers/import-core';
import type { ImportReply, ImportRequest, ImportTarget } from '../../../renderer/src/workers/import-protocol';
import { interopBytes, rawCounts } from '../exchange/fixture-paths';
import { smallMap } from './map-fixture';

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

function target(map: MapDocument = smallMap()): ImportTarget {
  return { now: '2025-03-01T10:00:00.000Z', serviceCatalog: map.coalition.serviceCatalog, existingStakeholders: map.stakeholders };
}

function session() {
  const replies: ImportReply[] = [];
  let n = 0;
  const core = createImportCore((reply) => replies.push(structuredClone(reply)), () => `new-${++n}`);
  /** Sends one request through structured cloning, as postMessage does; returns the final reply. */
  const send = (request: ImportRequest): ImportReply => {
    const from = replies.length;
    core.handle(structuredClone(request));
    const mine = replies.slice(from);
    expect(mine.every((r) => r.seq === request.seq)).toBe(true);
    expect(mine.slice(0, -1).every((r) => r.type === 'progress')).toBe(true);
    const last = mine.at(-1);
    if (!last) throw new Error('no reply');
    return last;
  };
  return { send, replies };
}

const SHEET = 'Full name,Type,Org\nAmara Okafor,person,Haven House\nLuis Ortega,person,Eastside Clinic\n';

describe('a sheet', () => {
  it('is previewed with its headers, row count and first rows, after progress lines', () => {
    const { send, replies } = session();
    const reply = send({ seq: 1, type: 'read', purpose: 'import', fileName: 'people.csv', base64: base64(SHEET), target: target() });
    expect(replies.filter((r) => r.type === 'progress').length).toBeGreaterThan(0);
    expect(reply).toMatchObject({ type: 'csv', preview: { fileName: 'people.csv', encoding: 'utf-8', headers: ['Full name', 'Type', 'Org'], rowCount: 2 } });
    if (reply.type !== 'csv') throw new Error('expected a preview');
    expect(reply.preview.sample[0]).toEqual({ line: 2, cells: ['Amara Okafor', 'person', 'Haven House'] });
  });

  it('is converted with the chosen columns against the open map: existing organizations are reused', () => {
    const { send } = session();
    send({ seq: 1, type: 'read', purpose: 'import', fileName: 'people.csv', base64: base64(SHEET), target: target() });
    const reply = send({ seq: 2, type: 'convert', choices: ['name', 'kind', 'organization'], target: target() });
    if (reply.type !== 'addition') throw new Error(`expected an addition, got ${reply.type}`);
    // Haven House is on the map (s2); Eastside Clinic is new.
    expect(reply.addition.stakeholders.map((s) => s.name)).toEqual(['Amara Okafor', 'Luis Ortega', 'Eastside Clinic']);
    expect(reply.addition.ties.map((t) => t.target)).toEqual(['s2', 'new-3']);
    expect(reply.addition.stakeholders.every((s) => s.source === 'people.csv')).toBe(true);
  });

  it('refuses choices without a name column, and a convert before any sheet was read', () => {
    const { send } = session();
    expect(send({ seq: 1, type: 'convert', choices: ['name'], target: target() })).toMatchObject({ type: 'failed', stage: 'parse', message: /no sheet to convert/ });
    send({ seq: 2, type: 'read', purpose: 'import', fileName: 'people.csv', base64: base64(SHEET), target: target() });
    expect(send({ seq: 3, type: 'convert', choices: ['custom', 'kind', 'organization'], target: target() })).toMatchObject({
      type: 'failed',
      message: /^people\.csv, column choices: Choose the column that holds the names/,
    });
    expect(send({ seq: 4, type: 'convert', choices: ['name'], target: target() })).toMatchObject({ type: 'failed', message: /a choice for each of the 3 columns/ });
  });

  it('names the row and column of a bad row, converts the others, and gives the bad rows back as CSV', () => {
    const { send } = session();
    send({ seq: 1, type: 'read', purpose: 'import', fileName: 'people.csv', base64: base64('Name,Type\nAmara,person\n,person\n'), target: target() });
    const reply = send({ seq: 2, type: 'convert', choices: ['name', 'kind'], target: target() });
    if (reply.type !== 'addition') throw new Error(`expected the addition, got ${JSON.stringify(reply)}`);
    expect(reply.addition.stakeholders.map((s) => s.name)).toEqual(['Amara']);
    expect(reply.review.problems).toEqual([{ file: 'people.csv', sheet: 'stakeholders', line: 3, column: 'Name', message: 'the name is empty (every stakeholder needs one)' }]);
    expect(reply.review.skippedCsv).toBe('\uFEFFName,Type,import line,import problem\r\n,person,3,Name: the name is empty (every stakeholder needs one)\r\n');
    expect(reply.review.plan.entries.map((e) => e.action)).toEqual(['new']);
    expect(reply.review.valueColumns).toEqual([{ header: 'Type', field: 'kind', values: [{ value: 'person', count: 2, suggested: ['person'] }] }]);
  });

  it('in Windows-1252 is refused at the decoding stage naming the encoding, then read with the chosen one', () => {
    const { send } = session();
    const bytes = base64(Buffer.from('Name\nJosé Núñez\n', 'latin1'));
    const refused = send({ seq: 1, type: 'read', purpose: 'import', fileName: 'kontakte.csv', base64: bytes, target: target() });
    expect(refused).toMatchObject({ type: 'failed', stage: 'decode', message: /^kontakte\.csv, line 2: the file is not UTF-8 .*Windows-1252/ });
    const read = send({ seq: 2, type: 'read', purpose: 'import', fileName: 'kontakte.csv', base64: bytes, encoding: 'windows-1252', target: target() });
    if (read.type !== 'csv') throw new Error('expected a preview');
    expect(read.preview.encoding).toBe('windows-1252');
    expect(read.preview.sample[0]?.cells).toEqual(['José Núñez']);
  });
});

describe('a graph file', () => {
  it('is converted at once: the interop GEXF comes in with its node count', () => {
    const { send } = session();
    const reply = send({ seq: 7, type: 'read', purpose: 'import', fileName: 'les_miserables.gexf', base64: base64(interopBytes('les_miserables.gexf')), target: target() });
    if (reply.type !== 'addition') throw new Error(`expected an addition, got ${reply.type}`);
    expect(reply.addition.stakeholders).toHaveLength(rawCounts('les_miserables.gexf').nodes);
    expect(reply.addition.ties.length).toBeGreaterThan(0);
  });

  it('with a DOCTYPE is refused before parsing, naming the file', () => {
    const { send } = session();
    const hostile = '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x "boom">]>\n<gexf><graph><nodes><node id="a" label="&x;"/></nodes></graph></gexf>';
    expect(send({ seq: 1, type: 'read', purpose: 'import', fileName: 'bad.gexf', base64: base64(hostile), target: target() })).toMatchObject({
      type: 'failed',
      stage: 'parse',
      message: /^bad\.gexf, .*DOCTYPE/,
    });
  });

  it('of another kind, or a map, is pointed to the right command', () => {
    const { send } = session();
    expect(send({ seq: 1, type: 'read', purpose: 'import', fileName: 'notes.txt', base64: base64('x'), target: target() })).toMatchObject({
      type: 'failed',
      message: /expected \.csv, \.gexf or \.graphml/,
    });
    expect(send({ seq: 2, type: 'read', purpose: 'import', fileName: 'other.coalition.json', base64: base64('{}'), target: target() })).toMatchObject({
      message: /Merge another map/,
    });
  });
});

describe('a map to merge', () => {
  const now = '2025-02-01T09:00:00.000Z';
  const person = (id: string, name: string) => stakeholderSchema.parse({ id, name, kind: 'person', categories: [], createdAt: now, updatedAt: now });

  it('is checked and its duplicates proposed against the open map', () => {
    const { send } = session();
    const base = smallMap();
    const incoming: MapDocument = { ...emptyMap('Eastside'), stakeholders: [person('e1', 'council member ortiz'), person('e2', 'Someone New')] };
    const reply = send({ seq: 1, type: 'read', purpose: 'merge', fileName: 'eastside.coalition.json', base64: base64(JSON.stringify(incoming)), base });
    if (reply.type !== 'merge') throw new Error(`expected a proposal, got ${reply.type}`);
    expect(reply.incoming.stakeholders).toHaveLength(2);
    expect(reply.proposal.matches).toEqual([expect.objectContaining({ baseId: 's3', incomingId: 'e1', strength: 'exact' })]);
    expect(reply.proposal.exactDecisions.accept).toEqual([['s3', 'e1']]);
  });

  it('is refused when it is not JSON, uses a reserved key, is encrypted, newer, or invalid', () => {
    const { send } = session();
    const base = smallMap();
    const valid = emptyMap('Eastside');
    const cases: [string, RegExp][] = [
      ['{"format": "coalition-map",\n "version": 1,', /^x\.json, line \d+: the file is not valid JSON|^x\.json: the file is not valid JSON/],
      [JSON.stringify(valid).replace('{', '{"__proto__":{"polluted":true},'), /reserved key "__proto__"/],
      ['{"format":"coalition-map-encrypted","version":1}', /encrypted/],
      [JSON.stringify({ ...valid, version: 99 }), /newer version/],
      [JSON.stringify({ ...valid, stakeholders: [{ id: 'a' }] }), /^x\.json: the map is not valid/],
      ['[1,2]', /not a coalition map/],
    ];
    cases.forEach(([text, message], i) => {
      expect(send({ seq: i + 1, type: 'read', purpose: 'merge', fileName: 'x.json', base64: base64(text), base })).toMatchObject({ type: 'failed', message });
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
