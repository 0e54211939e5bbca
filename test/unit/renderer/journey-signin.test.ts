// Reading a filled sign-in sheet back from a real CSV file: yes/no marks, names matched to the
// map, unknown and shared names reported, and clear refusals naming the file and line.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStakeholder } from '../../../shared/edits';
import { readCsvFile } from '../../../shared/exchange/csv';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { readSignInSheet } from '../../../renderer/src/state/journey/journey-signin';
import { smallMap } from './map-fixture';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signin-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sheet(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text, 'utf8');
  return readCsvFile(new Uint8Array(await readFile(path)), name);
}

describe('readSignInSheet', () => {
  it('takes the rows marked yes, matching names whatever their case and spacing', async () => {
    const table = await sheet('sign-in.csv', 'Name,Attended,Signature\nhaven  house,yes,\nCouncil member Ortiz,No,\nUnsorted Person,X,\nWalk-in Visitor,yes,\n,,\n');
    const reading = readSignInSheet(table, smallMap(), 'sign-in.csv');
    expect(reading.attended).toEqual(['s2', 's4']);
    expect(reading.unknown).toEqual(['Walk-in Visitor']);
    expect(reading.ambiguous).toEqual([]);
  });

  it('reports a name two stakeholders share instead of guessing, and reads ";" sheets', async () => {
    const map = addStakeholder(smallMap(), { ...blankDraft(), name: 'Haven House' }, { now: '2025-03-01T00:00:00.000Z', newId: () => 'dup' }).map;
    const table = await sheet('semi.csv', 'name;present\nHaven House;yes\nMaria Lopez;y\n');
    const reading = readSignInSheet(table, map, 'semi.csv');
    expect(reading.ambiguous).toEqual(['Haven House']);
    expect(reading.attended).toEqual(['s1']);
  });

  it('refuses a sheet without an attended column, naming the columns it has', async () => {
    const table = await sheet('no-col.csv', 'Name,Signature\nMaria Lopez,\n');
    expect(() => readSignInSheet(table, smallMap(), 'no-col.csv')).toThrow('no-col.csv: no attended column. The sheet needs a header row with “Name” and “Attended”; it has “Name”, “Signature”.');
  });

  it('refuses a mark that is neither yes nor no, naming the line', async () => {
    const table = await sheet('odd.csv', 'Name,Attended\nMaria Lopez,yes\nHaven House,maybe\n');
    expect(() => readSignInSheet(table, smallMap(), 'odd.csv')).toThrow('odd.csv, line 3: “maybe” in the attended column is neither yes nor no.');
  });
});
