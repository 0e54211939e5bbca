// The app import's optional ties sheet, through the real worker core and parsers: read after the
// stakeholder sheet, converted with it (ends named by the sheet or by the map), refused with its file
// and line when an end is unknown, left out again on request; and what the audit log is told.
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../shared/model';
import { filledFieldNames, importAudit, mappedFieldNames, mergeAudit } from '../../../renderer/src/state/import/import-audit';
import { guessMapping } from '../../../renderer/src/state/import/import-mapping';
import { createImportCore } from '../../../renderer/src/workers/import-core';
import type { ImportReply, ImportRequest, ImportTarget } from '../../../renderer/src/workers/import-protocol';
import { smallMap } from './map-fixture';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const PEOPLE = 'name,kind,email,Favourite colour\nAmara Okafor,person,amara@example.org,green\nEastside Clinic,organization,,\n';
const TIES = 'source,target,type,strength,trust,notes\nAmara Okafor,Eastside Clinic,works-at,3,4,volunteers Tuesdays\nAmara Okafor,Haven House,knows,2,,\n';

function target(map: MapDocument = smallMap()): ImportTarget {
  return { now: '2025-03-01T10:00:00.000Z', serviceCatalog: map.coalition.serviceCatalog, existingStakeholders: map.stakeholders };
}

function session() {
  let n = 0;
  let last: ImportReply | null = null;
  const core = createImportCore((reply) => (last = structuredClone(reply)), () => `new-${++n}`);
  const send = (request: ImportRequest): ImportReply => {
    core.handle(structuredClone(request));
    if (!last) throw new Error('no reply');
    return last;
  };
  const choices = guessMapping(['name', 'kind', 'email', 'Favourite colour']);
  send({ seq: 1, type: 'read', purpose: 'import', fileName: 'people.csv', base64: base64(PEOPLE), target: target() });
  return { send, choices };
}

describe('a ties sheet in the app import', () => {
  it('adds its ties between the sheet and the map in the same conversion', () => {
    const { send, choices } = session();
    expect(send({ seq: 2, type: 'ties', fileName: 'ties.csv', base64: base64(TIES) })).toMatchObject({ type: 'ties', fileName: 'ties.csv', rowCount: 2 });
    const reply = send({ seq: 3, type: 'convert', choices, target: target(), withTies: true });
    if (reply.type !== 'addition') throw new Error(`expected an addition, got ${JSON.stringify(reply)}`);
    expect(reply.addition.stakeholders.map((s) => s.name)).toEqual(['Amara Okafor', 'Eastside Clinic']);
    const amara = reply.addition.stakeholders[0]?.id;
    const haven = smallMap().stakeholders.find((s) => s.name === 'Haven House')?.id;
    expect(reply.addition.ties.map((t) => [t.source, t.type, t.strength, t.trust, t.notes])).toEqual([
      [amara, 'works-at', 3, 4, 'volunteers Tuesdays'],
      [amara, 'knows', 2, null, ''],
    ]);
    expect(reply.addition.ties[1]?.target).toBe(haven);
    // Leaving the ties sheet out again converts the stakeholders alone.
    const alone = send({ seq: 4, type: 'convert', choices, target: target(), withTies: false });
    expect(alone.type === 'addition' && alone.addition.ties.length).toBe(0);
  });

  it('leaves out a tie to an unknown end, named by the ties file and line, and refuses a sheet without source/target columns', () => {
    const { send, choices } = session();
    send({ seq: 2, type: 'ties', fileName: 'ties.csv', base64: base64('source,target\nAmara Okafor,Nobody Known\n') });
    const reply = send({ seq: 3, type: 'convert', choices, target: target(), withTies: true });
    if (reply.type !== 'addition') throw new Error(`expected the addition, got ${JSON.stringify(reply)}`);
    expect(reply.review.problems.map((p) => `${p.file} ${p.line} ${p.message}`)).toEqual(['ties.csv 2 target "Nobody Known" is neither in the stakeholder sheet nor on the map']);
    expect(reply.review.skippedTiesCsv).toContain('Nobody Known');
    expect(send({ seq: 4, type: 'ties', fileName: 'links.csv', base64: base64('from,to\na,b\n') })).toMatchObject({
      type: 'failed',
      message: expect.stringMatching(/links\.csv.*"source" column and a "target" column/),
    });
    expect(send({ seq: 5, type: 'ties', fileName: 'links.gexf', base64: base64('<gexf/>') })).toMatchObject({ type: 'failed', message: expect.stringMatching(/\.csv or \.xlsx/) });
  });

  it('is forgotten when a new stakeholder sheet is read', () => {
    const { send, choices } = session();
    send({ seq: 2, type: 'ties', fileName: 'ties.csv', base64: base64(TIES) });
    send({ seq: 3, type: 'read', purpose: 'import', fileName: 'people.csv', base64: base64(PEOPLE), target: target() });
    expect(send({ seq: 4, type: 'convert', choices, target: target(), withTies: true })).toMatchObject({ type: 'failed', message: expect.stringMatching(/no ties sheet/) });
  });
});

describe('import and merge audit entries', () => {
  it('name mapped fields and known tie columns, never header text or values', () => {
    const fields = mappedFieldNames(guessMapping(['name', 'E-mail', 'Favourite colour', '']), ['Source', 'target', 'Trust', 'My remarks']);
    expect(fields).toEqual(['name', 'email', 'custom', 'tie.source', 'tie.target', 'tie.trust']);
    expect(importAudit(2, fields)).toEqual({ action: 'import', recordCount: 2, fieldNames: fields });
  });

  it('read a graph file or merged map off the fields its stakeholders fill', () => {
    const map = smallMap();
    expect(filledFieldNames(map.stakeholders)).toEqual(['name', 'kind', 'categories', 'role', 'confidential', 'stage', 'tags']);
    expect(mergeAudit(map.stakeholders)).toMatchObject({ action: 'merge', recordCount: map.stakeholders.length });
    expect(JSON.stringify(mergeAudit(map.stakeholders))).not.toContain('Maria');
  });
});

describe('tie-type values of a ties sheet', () => {
  // The people sheet has a "Type" of its own (categories), so the ties sheet's "Type" is keyed "ties:Type".
  const PEOPLE_TYPED = 'name,Type\nAmara Okafor,Shelter\nEastside Clinic,Clinic\n';
  const TIES_TYPED = 'Source,Target,Type\nAmara Okafor,Eastside Clinic,volunteers at\nAmara Okafor,Haven House,old friend\nEastside Clinic,Haven House,old friend\n';

  function typedSession() {
    let last: ImportReply | null = null;
    let n = 0;
    const core = createImportCore((reply) => (last = structuredClone(reply)), () => `new-${++n}`);
    const send = (request: ImportRequest): ImportReply => {
      core.handle(structuredClone(request));
      if (!last) throw new Error('no reply');
      return last;
    };
    send({ seq: 1, type: 'read', purpose: 'import', fileName: 'people.csv', base64: base64(PEOPLE_TYPED), target: target() });
    send({ seq: 2, type: 'ties', fileName: 'ties.csv', base64: base64(TIES_TYPED) });
    return send;
  }

  it('are listed with their counts beside the sheet\'s own columns, and a choice gives each tie its type', () => {
    const send = typedSession();
    const choices = ['name', 'categories'] as const;
    const first = send({ seq: 3, type: 'convert', choices: [...choices], target: target(), withTies: true });
    if (first.type !== 'addition') throw new Error(`expected an addition, got ${JSON.stringify(first)}`);
    const tieColumn = first.review.valueColumns.find((c) => c.field === 'type');
    expect(tieColumn).toMatchObject({ header: 'ties:Type', ties: { fileName: 'ties.csv', header: 'Type' } });
    expect(tieColumn?.values.map((v) => [v.value, v.count])).toEqual([['old friend', 2], ['volunteers at', 1]]);
    // Unmapped, neither word is a tie type: both come in as "knows".
    expect(first.addition.ties.map((t) => t.type)).toEqual(['knows', 'knows', 'knows']);
    const values = { 'ties:Type': { 'volunteers at': ['works-at'], 'old friend': ['knows'] }, Type: { Clinic: ['service-provider'] } };
    const mapped = send({ seq: 4, type: 'convert', choices: [...choices], target: target(), withTies: true, values });
    if (mapped.type !== 'addition') throw new Error(`expected an addition, got ${JSON.stringify(mapped)}`);
    expect(mapped.addition.ties.map((t) => t.type)).toEqual(['works-at', 'knows', 'knows']);
    // The people's own "Type" is mapped apart from the ties' one.
    expect(mapped.addition.stakeholders.find((s) => s.name === 'Eastside Clinic')?.categories).toEqual(['service-provider']);
  });
});
