// The export command as users run it: a child process on real files in a temp folder, with the
// sample coalition (3 confidential survivors, consents that run out in the past and the future).
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localToday, parseExportArgs } from '../../../electron/cli/export';
import { readCsvFile } from '../../../shared/exchange/csv';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { runCli, useWorkFolder } from './support/run-cli';

const CONFIDENTIAL_NAMES = ['Maria T.', 'Denise K.', 'Sam W.'];

const work = useWorkFolder('cli-export-');
let mapBytes: Buffer;

const cli = (...args: string[]) => runCli(args, { cwd: work.path });

const read = (file: string): Buffer => readFileSync(path.join(work.path, file));

beforeAll(() => {
  // Consent dates are relative to now, so the command's own "today" sees past and future ones.
  writeFileSync(path.join(work.path, 'sample.coalition.json'), JSON.stringify(sampleCoalition({ now: new Date().toISOString() }), null, 2));
  mapBytes = read('sample.coalition.json');
});

describe('coalition-map export', () => {
  it('writes every recruitment suggestion as CSV, contact details only with a current consent and a note saying why not', async () => {
    const result = await cli('export', 'sample.coalition.json', '--format', 'csv', '--list', 'recruitment', '--out', 'recruit.csv');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote 4 recruitment suggestions to .*recruit\.csv \(CSV, \d+ bytes\)\.$/m);
    expect(result.stdout).toContain('Email and phone left out for 3 stakeholders without a current consent to be contacted.');
    expect(result.stdout).not.toContain('Left out of this contact list');
    const bytes = read('recruit.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = readCsvFile(bytes, 'recruit.csv').rows;
    expect(rows).toHaveLength(4);
    const council = rows.find((r) => r.cells.get('name') === 'Harlow Bend City Council');
    expect(council?.cells.get('suggested_introducer')).toBe('Harlow Bend Family Justice Center');
    expect(council?.cells.get('contact')).toContain('@example.org');
    expect(council?.cells.get('contact_note')).toBe('');
    expect(council?.cells.get('stage')).toBe('To contact');
    const others = rows.filter((r) => r !== council);
    for (const row of others) {
      expect(row.cells.get('contact')).toBe('');
      expect(row.cells.get('contact_note')).toMatch(/^(No consent to be contacted is recorded|Consent to be contacted ended on \d{4}-\d{2}-\d{2})/);
    }
    // Stages in words, like the categories, never the schema's ids.
    for (const row of rows) expect(['Mapped', 'To contact', 'Contacted', 'Member', 'Core group', 'Declined']).toContain(row.cells.get('stage'));
  });

  it('replaces confidential stakeholders by placeholders unless --include-confidential is given', async () => {
    const plain = await cli('export', 'sample.coalition.json', '--format', 'gexf', '--out', 'map.gexf');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Wrote 41 stakeholders and 74 ties');
    expect(plain.stdout).toContain('3 confidential stakeholders are shown as a numbered placeholder');
    const text = read('map.gexf').toString('utf8');
    for (const name of CONFIDENTIAL_NAMES) expect(text).not.toContain(name);
    expect(readGraphFile(read('map.gexf'), 'map.gexf').nodes).toHaveLength(41);

    const named = await cli('export', 'sample.coalition.json', '--format', 'graphml', '--out', 'named.graphml', '--include-confidential');
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('Confidential stakeholders are included by name, as asked.');
    for (const name of CONFIDENTIAL_NAMES) expect(read('named.graphml').toString('utf8')).toContain(name);
  });

  it('writes a map JSON another organizer can open, and an XLSX workbook', async () => {
    const json = await cli('export', 'sample.coalition.json', '--format', 'json', '--out', 'shared.json', '--include-sensitive');
    expect(json.code).toBe(0);
    expect(json.stdout).toContain('Notes, addresses and lived experience are included, as asked.');
    expect(json.stdout).toMatch(/Email and phone left out for \d+ stakeholders without a current consent/);
    const shared = mapDocumentSchema.parse(JSON.parse(read('shared.json').toString('utf8')));
    expect(shared.stakeholders.filter((s) => s.name.startsWith('Confidential stakeholder'))).toHaveLength(3);

    const xlsx = await cli('export', 'sample.coalition.json', '--format', 'xlsx', '--list', 'ties', '--out', 'ties.xlsx');
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toMatch(/^Wrote 74 ties to .*ties\.xlsx \(XLSX/m);
    expect(read('ties.xlsx').subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('leaves custom fields out of the map JSON unless --include-custom is given', async () => {
    const base = sampleCoalition({ now: new Date().toISOString() });
    const withCustom = { ...base, stakeholders: base.stakeholders.map((s) => (s.id === 's-02' ? { ...s, custom: { 'Survivor ID': 'ZZ-CUSTOM-CANARY' } } : s)) };
    writeFileSync(path.join(work.path, 'custom.coalition.json'), JSON.stringify(withCustom));
    const plain = await cli('export', 'custom.coalition.json', '--format', 'json', '--out', 'plain.json');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Custom fields from imports are left out for 1 stakeholder (to include them, add --include-custom).');
    expect(read('plain.json').toString('utf8')).not.toContain('ZZ-CUSTOM-CANARY');
    const asked = await cli('export', 'custom.coalition.json', '--format', 'json', '--out', 'asked.json', '--include-custom');
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('Custom fields from imports are included, as asked.');
    expect(read('asked.json').toString('utf8')).toContain('ZZ-CUSTOM-CANARY');
  });

  it('refuses to write over the map, under any spelling of its path, and leaves it as it was', async () => {
    symlinkSync('sample.coalition.json', path.join(work.path, 'link.json'));
    for (const out of ['./sub/../sample.coalition.json', path.join(work.path, 'sample.coalition.json'), 'link.json']) {
      const result = await cli('export', 'sample.coalition.json', '--format', 'json', '--out', out);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('--out points at the map itself');
    }
    expect(read('sample.coalition.json').equals(mapBytes)).toBe(true);
  });

  it.each([
    [['--format', 'csv', '--out', 'x.csv'], 'csv holds one list; choose it with --list'],
    [['--format', 'gexf', '--list', 'ties', '--out', 'x.gexf'], 'gexf holds the whole map; --list goes with csv or xlsx'],
    [['--format', 'pdf', '--out', 'x.pdf'], '--format must be one of csv, xlsx, gexf, graphml, json, not "pdf"'],
    [['--format', 'csv', '--list', 'ties'], 'where to? Give the file to write with --out <file>.'],
    [['--format', 'csv', '--list', 'ties', '--with-contacts', '--out', 'x.csv'], '--with-contacts goes with --list stakeholders'],
    [['--format', 'json', '--out', 'x.json', '--everything'], 'unknown option --everything'],
  ])('refuses bad usage %j', (args, message) => {
    expect(() => parseExportArgs(['sample.coalition.json', ...args])).toThrow(message);
  });

  it('checks consent against the local calendar day', () => {
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(localToday(new Date(2025, 11, 31, 0, 1))).toBe('2025-12-31');
  });

  it('exits 2 with the usage line on bad usage', async () => {
    const result = await cli('export', 'sample.coalition.json', '--format', 'pdf', '--out', 'x.pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: export: --format must be one of');
    expect(result.stderr).toContain('Usage: coalition-map export <map.json> --format');
    expect(existsSync(path.join(work.path, 'x.pdf'))).toBe(false);
  });

  it('reports a missing map or an unwritable target with exit 1 and writes nothing', async () => {
    const missing = await cli('export', 'nowhere.json', '--format', 'json', '--out', 'out.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the map file was not found');
    const noFolder = await cli('export', 'sample.coalition.json', '--format', 'json', '--out', path.join('no-such-folder', 'out.json'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toContain('could not write');
    expect(existsSync(path.join(work.path, 'out.json'))).toBe(false);
    expect(readdirSync(work.path).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
