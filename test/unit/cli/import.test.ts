// The import command as users run it: a child process on real files in a temp folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapDocumentSchema } from '../../../shared/schema';
import { EXCHANGE_FIXTURES, INTEROP_DIR } from '../exchange/fixture-paths';
import { runCli, useWorkFolder } from './support/run-cli';

const work = useWorkFolder('cli-import-');

const cli = (...args: string[]) => runCli(args, { cwd: work.path, dataDir: path.join(work.path, 'data') });

function readMap(file: string) {
  return mapDocumentSchema.parse(JSON.parse(readFileSync(path.join(work.path, file), 'utf8')));
}

describe('coalition-map import', () => {
  it('creates a new map named after the file when --into does not exist', async () => {
    const result = await cli('import', path.join(INTEROP_DIR, 'miserables.graphml'), '--into', 'novel.coalition.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported miserables\.graphml into a new map at .*novel\.coalition\.json:$/m);
    expect(result.stdout).toContain('  stakeholders: 77 new, 0 updated');
    expect(result.stdout).toContain('  ties:         254 added');
    const map = readMap('novel.coalition.json');
    expect(map.coalition.name).toBe('miserables');
    expect(map.stakeholders.find((s) => s.name === 'Valjean')?.source).toBe('miserables.graphml');
    expect(map.ties).toHaveLength(254);
  });

  it('adds to an existing map in one save and reports warnings', async () => {
    const result = await cli('import', path.join(EXCHANGE_FIXTURES, 'coalition-fields.gexf'), '--into', 'novel.coalition.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported coalition-fields.gexf into ');
    expect(result.stdout).toContain('  stakeholders: 3 new, 0 updated');
    expect(result.stdout).toContain('  warning: coalition-fields.gexf, node "rosa", attribute "influence": "high" was not used');
    const map = readMap('novel.coalition.json');
    expect(map.stakeholders).toHaveLength(80);
    expect(map.ties).toHaveLength(257);
    expect(map.stakeholders.find((s) => s.name === 'Harbor House & Shelter')?.kind).toBe('organization');
    expect(existsSync(path.join(work.path, 'novel.coalition.json.lock'))).toBe(false);
  });

  it.each([
    ['billion-laughs.gexf', 'billion-laughs.gexf, line 2: refused before parsing'],
    ['duplicate-ids.gexf', 'duplicate-ids.gexf, node #3 (id "a"): duplicate node id'],
    ['latin1-undeclared.gexf', 'latin1-undeclared.gexf, line 3: the file is not UTF-8'],
  ])('refuses %s and leaves the target byte-identical', async (fixture, message) => {
    const before = readFileSync(path.join(work.path, 'novel.coalition.json'));
    const result = await cli('import', path.join(EXCHANGE_FIXTURES, fixture), '--into', 'novel.coalition.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Nothing was imported. ${message}`);
    expect(readFileSync(path.join(work.path, 'novel.coalition.json')).equals(before)).toBe(true);
  });

  it('creates nothing when the import into a new map fails, and refuses a target that is not a map', async () => {
    const refused = await cli('import', path.join(EXCHANGE_FIXTURES, 'xinclude.graphml'), '--into', 'never.coalition.json');
    expect(refused.code).toBe(1);
    expect(existsSync(path.join(work.path, 'never.coalition.json'))).toBe(false);
    writeFileSync(path.join(work.path, 'notes.json'), '{"hello": "world"}');
    const notAMap = await cli('import', path.join(INTEROP_DIR, 'celegans.gexf'), '--into', 'notes.json');
    expect(notAMap.code).toBe(1);
    expect(notAMap.stderr).toContain('not a coalition map');
    expect(readFileSync(path.join(work.path, 'notes.json'), 'utf8')).toBe('{"hello": "world"}');
  });

  it('accepts an encoding chosen by the user after a refusal', async () => {
    const result = await cli('import', path.join(EXCHANGE_FIXTURES, 'latin1-undeclared.gexf'), '--encoding', 'windows-1252', '--into', 'jose.coalition.json');
    expect(result.code).toBe(0);
    expect(readMap('jose.coalition.json').stakeholders[0]?.name).toBe('José');
  });

  it('imports a stakeholder sheet with a ties sheet, and refuses a tie to an unknown name without writing', async () => {
    const csv = (name: string) => path.join(EXCHANGE_FIXTURES, 'csv', name);
    const result = await cli('import', csv('people-semicolon.csv'), '--ties', csv('ties.csv'), '--into', 'sheet.coalition.json');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Imported people-semicolon.csv into a new map at ');
    expect(result.stdout).toContain('  stakeholders: 5 new, 0 updated');
    expect(result.stdout).toContain('  ties:         5 added');
    expect(result.stdout).toContain('  warning: people-semicolon.csv, column 8: the header "__proto__" is a reserved name');
    const map = readMap('sheet.coalition.json');
    expect(map.coalition.name).toBe('people-semicolon');
    expect(map.ties.map((t) => t.type).sort()).toEqual(['funds', 'knows', 'partners-with', 'works-at', 'works-at']);
    const before = readFileSync(path.join(work.path, 'sheet.coalition.json'));
    // Imported again: every row is found on the map, nothing changes and nothing is written.
    const again = await cli('import', csv('people-semicolon.csv'), '--into', 'sheet.coalition.json');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing changed in ');
    expect(readFileSync(path.join(work.path, 'sheet.coalition.json')).equals(before)).toBe(true);
    const refused = await cli('import', csv('people-semicolon.csv'), '--ties', csv('ties-unknown.csv'), '--into', 'novel.coalition.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ties-unknown.csv, line 2, column "target": target "Nobody Known" is neither in the stakeholder sheet nor on the map');
    expect(readFileSync(path.join(work.path, 'sheet.coalition.json')).equals(before)).toBe(true);
  });

  it('imports an Excel stakeholder sheet with an Excel ties sheet, and refuses a renamed CSV without writing', async () => {
    const result = await cli('import', path.join(EXCHANGE_FIXTURES, 'people.xlsx'), '--ties', path.join(EXCHANGE_FIXTURES, 'ties.xlsx'), '--into', 'excel.coalition.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported people.xlsx into a new map at ');
    expect(result.stdout).toContain('  stakeholders: 5 new, 0 updated');
    expect(result.stdout).toContain('  warning: people.xlsx, sheet People, cell H1: the header "__proto__" is a reserved name; the column was not imported');
    const map = readMap('excel.coalition.json');
    expect(map.coalition.name).toBe('people');
    expect(map.ties.map((t) => t.type).sort()).toEqual(['funds', 'knows', 'partners-with', 'works-at', 'works-at']);
    const ana = map.stakeholders.find((s) => s.name === 'Ana Ruiz');
    expect([ana?.email, ana?.consentUntil, ana?.source]).toEqual(['ana@example.org', '2025-01-01', 'people.xlsx']);
    expect(map.stakeholders.find((s) => s.name === 'Harbor House')?.kind).toBe('organization');

    const before = readFileSync(path.join(work.path, 'excel.coalition.json'));
    writeFileSync(path.join(work.path, 'renamed.xlsx'), 'name,email\nRosa,rosa@example.org\n');
    const refused = await cli('import', 'renamed.xlsx', '--into', 'excel.coalition.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Nothing was imported. renamed.xlsx: not an Excel workbook: an .xlsx file is a ZIP archive and this file is not one.');
    expect(readFileSync(path.join(work.path, 'excel.coalition.json')).equals(before)).toBe(true);
  });

  it('explains bad usage with exit code 2', async () => {
    const result = await cli('import', 'graph.gexf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('import: which map? Give it with --into <map.json>.');
  });
});
