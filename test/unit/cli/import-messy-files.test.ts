// The import command on files from the messy corpus, as a child process: --sheet picks a sheet,
// the sheet read is named when there are others, a Kumu workbook brings its connections, and
// --encoding windows-1252 decodes every byte the way the code page means it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapDocumentSchema } from '../../../shared/schema';
import { MESSY_FIXTURES } from '../exchange/fixture-paths';
import { buildWorkbook } from '../exchange/xlsx-build';
import { runCli, useWorkFolder } from './support/run-cli';

const work = useWorkFolder('cli-import-messy-');

const cli = (...args: string[]) => runCli(args, { cwd: work.path, dataDir: path.join(work.path, 'data') });

function readMap(file: string) {
  return mapDocumentSchema.parse(JSON.parse(readFileSync(path.join(work.path, file), 'utf8')));
}

describe('coalition-map import of messy files', () => {
  it('imports a Kumu workbook with its connections', async () => {
    const result = await cli('import', path.join(MESSY_FIXTURES, 'kumu-coalition.xlsx'), '--into', 'kumu.coalition.json');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Imported kumu-coalition\.xlsx into a new map/m);
    expect(result.stdout).toMatch(/stakeholders: 6 new,/);
    expect(result.stdout).toMatch(/ties: +6 added/);
    const map = readMap('kumu.coalition.json');
    const nameOf = (id: string) => map.stakeholders.find((s) => s.id === id)?.name;
    expect(map.ties.filter((t) => t.type === 'works-at').map((t) => [nameOf(t.source), nameOf(t.target), t.strength])).toEqual([
      ['Renée O’Brien', 'Harbor House', 3],
    ]);
  });

  it('refuses a sheet without names, a sheet the workbook lacks, and --sheet on a CSV', async () => {
    const archive = await cli('import', path.join(MESSY_FIXTURES, 'kumu-coalition.xlsx'), '--sheet', 'Connections', '--into', 'sheet.coalition.json');
    expect(archive.code).toBe(1);
    expect(archive.stderr).toContain('Nothing was imported. kumu-coalition.xlsx, column choices: Choose the column that holds the names');
    const missing = await cli('import', path.join(MESSY_FIXTURES, 'partners-libreoffice.xlsx'), '--sheet', 'Contacts', '--into', 'sheet.coalition.json');
    expect(missing.stderr).toContain('there is no sheet called "Contacts" (the sheets are: Partners, Archive 2023)');
    const notBook = await cli('import', path.join(MESSY_FIXTURES, 'partners-windows-1252.csv'), '--sheet', 'Partners', '--into', 'sheet.coalition.json');
    expect(notBook.code).toBe(2);
    expect(notBook.stderr).toContain('import: --sheet goes with an .xlsx workbook');
  });

  it('names the sheet it read and the others, and reads another with --sheet', async () => {
    const row = (r: number, a: string, b: string) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${a}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${b}</t></is></c></row>`;
    const book = buildWorkbook({
      sheets: [
        { name: 'Current', rows: row(1, 'name', 'kind') + row(2, 'Ana Ruiz', 'person') },
        { name: 'Old list', rows: row(1, 'name', 'kind') + row(2, 'Old Mill Trust', 'organization') + row(3, 'Sam Reyes', 'person') },
      ],
    });
    writeFileSync(path.join(work.path, 'two.xlsx'), book);
    const first = await cli('import', 'two.xlsx', '--into', 'two.coalition.json');
    expect(first.stdout).toContain('stakeholders: 1 new,');
    expect(first.stdout).toContain('warning: two.xlsx: read the sheet "Current"; the workbook also has "Old list" (choose one with --sheet NAME)');
    const second = await cli('import', 'two.xlsx', '--sheet', 'old list', '--into', 'two.coalition.json');
    expect(second.stdout).toContain('stakeholders: 2 new,');
    expect(readMap('two.coalition.json').stakeholders.map((s) => s.name)).toEqual(['Ana Ruiz', 'Old Mill Trust', 'Sam Reyes']);
  });

  it('decodes a Windows-1252 CSV with --encoding windows-1252, typographic quotes, dash and euro intact', async () => {
    const result = await cli('import', path.join(MESSY_FIXTURES, 'partners-windows-1252.csv'), '--encoding', 'windows-1252', '--into', 'cp1252.coalition.json');
    expect(result.stderr).toBe('');
    const map = readMap('cp1252.coalition.json');
    expect(map.stakeholders.map((s) => [s.name, s.notes])).toEqual([
      ['Renée O’Brien', '“Survivor advocate” – evenings only'],
      ['Harbor House', 'Fund drive: €2,500 target…'],
      ['José Müller', 'Board • treasurer'],
    ]);
  });

  it('makes a yEd group an organization with works-at ties, or a plain stakeholder with --groups-as-stakeholders', async () => {
    const file = path.join(MESSY_FIXTURES, 'yed-coalition.graphml');
    const asOrg = await cli('import', file, '--into', 'yed-org.coalition.json');
    expect(asOrg.stdout).toContain('warning: yed-coalition.graphml: 1 groups became organizations, with 2 works-at ties from the stakeholders in them');
    const plain = await cli('import', file, '--groups-as-stakeholders', '--into', 'yed-plain.coalition.json');
    expect(plain.stdout).toContain('warning: yed-coalition.graphml: 1 groups (holding 2 nodes) were imported as plain stakeholders');
    const kinds = (name: string) => readMap(name).stakeholders.find((s) => s.name === 'Harbor House')?.kind;
    expect([kinds('yed-org.coalition.json'), kinds('yed-plain.coalition.json')]).toEqual(['organization', 'person']);
    expect(readMap('yed-plain.coalition.json').ties.filter((t) => t.type === 'works-at')).toHaveLength(0);
  });
});
