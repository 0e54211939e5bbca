// The import command as reconciliation, on real files in a real child process: confidentiality
// fails closed through to the default exports, a confidential person re-imported merges into
// their record, re-importing changes nothing, columns and values map from flags or a mapping
// file, and bad rows are listed all at once (skipped with --skip-bad-rows).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapDocumentSchema } from '../../../shared/schema';
import { REPO_ROOT } from '../exchange/fixture-paths';
import { runCli, useWorkFolder } from './support/run-cli';

const work = useWorkFolder('cli-reconcile-');
const cli = (...args: string[]) => runCli(args, { cwd: work.path, dataDir: path.join(work.path, 'data') });
const fixture = (name: string) => path.join(REPO_ROOT, 'test/fixtures/reconcile', name);
const readMap = (file: string) => mapDocumentSchema.parse(JSON.parse(readFileSync(path.join(work.path, file), 'utf8')));
const bytes = (file: string) => readFileSync(path.join(work.path, file));

const MEANT_CONFIDENTIAL = ['Amaka Obi', 'Beatriz Solano', 'Carla Mendes', 'Dana Whitfield', 'Elif Kaya', 'Fatima Haddad'];

async function defaultExportsNameNone(names: readonly string[]): Promise<void> {
  for (const [format, out, list] of [['csv', 'people.csv', 'stakeholders'], ['json', 'map.json', null], ['graphml', 'map.graphml', null]] as const) {
    const result = await cli('export', 'm.coalition.json', '--format', format, ...(list ? ['--list', list] : []), '--out', out);
    expect(result.stderr).toBe('');
    const text = bytes(out).toString('utf8');
    for (const name of names) expect(text, `${name} in ${out}`).not.toContain(name);
    expect(text).toContain('Grace Okafor');
  }
}

describe('coalition-map import reconciles', () => {
  it('reads six spellings of "confidential" over two columns as confidential: the default exports name none of them', async () => {
    const result = await cli('import', fixture('confidential-spellings.csv'), '--into', 'm.coalition.json');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('stakeholders: 9 new, 0 updated');
    const map = readMap('m.coalition.json');
    expect(map.stakeholders.filter((s) => s.confidential).map((s) => s.name)).toEqual(MEANT_CONFIDENTIAL);
    await defaultExportsNameNone(MEANT_CONFIDENTIAL);
  });

  it('merges a confidential person re-imported by name and email into their record, which stays confidential', async () => {
    const result = await cli('import', fixture('partner-sheet.csv'), '--mapping', fixture('partner-mapping.json'), '--into', 'm.coalition.json');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('stakeholders: 13 new, 1 updated, 0 already up to date');
    const map = readMap('m.coalition.json');
    const amaka = map.stakeholders.filter((s) => s.name === 'Amaka Obi');
    expect(amaka).toHaveLength(1);
    expect(amaka[0]?.confidential).toBe(true);
    expect(amaka[0]?.categories).toEqual(['service-provider', 'directly-affected']);
    expect(map.stakeholders.find((s) => s.name === 'Ann Whitfield')?.categories).toEqual(['policymaker']);
    expect(map.stakeholders.find((s) => s.name === 'Harbor House Shelter')?.kind).toBe('organization');
    expect(map.stakeholders.some((s) => 'Added by' in s.custom)).toBe(false);
    await defaultExportsNameNone(MEANT_CONFIDENTIAL);
  });

  it('changes nothing, and writes nothing, when the same file is imported again', async () => {
    const before = bytes('m.coalition.json');
    const result = await cli('import', fixture('partner-sheet.csv'), '--mapping', fixture('partner-mapping.json'), '--into', 'm.coalition.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing changed in ');
    expect(result.stdout).toContain('stakeholders: 0 new, 0 updated, 8 already up to date');
    expect(bytes('m.coalition.json').equals(before)).toBe(true);
  });

  it('takes the same choices as flags: --column and --value', async () => {
    const result = await cli(
      'import', fixture('partner-sheet.csv'), '--into', 'flags.coalition.json',
      '--column', 'Contact person=name', '--column', 'Type=categories', '--column', 'Added by=ignore',
      '--value', 'Type:Shelter=service-provider', '--value', 'Type:Survivor advocate=service-provider,directly-affected',
    );
    expect(result.stderr).toBe('');
    const map = readMap('flags.coalition.json');
    expect(map.stakeholders.find((s) => s.name === 'Rosa Díaz')?.categories).toEqual(['service-provider']);
    expect(map.stakeholders.find((s) => s.name === 'Amaka Obi')?.categories).toEqual(['service-provider', 'directly-affected']);
    // Values left unmapped are named, with the flag that would map them.
    expect(result.stdout).toContain('Column "Type": 5 values the app cannot read as categories: "Community member" (1), "County commissioner" (1), "Faith leader" (1), "Police" (1), "Volunteer" (1).');
    expect(result.stdout).toContain('--value "Type:Community member=interested-public"');
  });

  it('maps a ties sheet\'s tie types, as "ties:Type" when the people sheet has a "Type" of its own', async () => {
    writeFileSync(path.join(work.path, 'people.csv'), 'Name,Type\nAmara Okafor,Shelter\nEastside Clinic,Clinic\n');
    writeFileSync(path.join(work.path, 'links.csv'), 'Source,Target,Type\nAmara Okafor,Eastside Clinic,volunteers at\n');
    const refused = await cli('import', 'people.csv', '--ties', 'links.csv', '--into', 'ties.coalition.json', '--value', 'Type:volunteers at=works-at');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('both sheets have a "Type" column: the ties sheet\'s is "ties:Type"');
    // With "Type" read as the people's categories, the ties' word is refused with the key that names it.
    const asCategory = await cli('import', 'people.csv', '--ties', 'links.csv', '--into', 'ties.coalition.json', '--column', 'Type=categories', '--value', 'Type:volunteers at=works-at');
    expect(asCategory.stderr).toContain('"works-at" is not one of directly-affected, service-provider, influential, policymaker, interested-public (for the ties sheet\'s "Type", write "ties:Type")');
    const result = await cli('import', 'people.csv', '--ties', 'links.csv', '--into', 'ties.coalition.json', '--value', 'ties:Type:volunteers at=works-at');
    expect(result.stderr).toBe('');
    expect(readMap('ties.coalition.json').ties.map((t) => t.type)).toEqual(['works-at']);
  });

  it('names a possible duplicate by the file\'s row and the two names, never by the app\'s ids', async () => {
    writeFileSync(path.join(work.path, 'first.csv'), 'Name,Email\nLee Park,lee@park.example\nAda Stone,ada@stone.example\n');
    writeFileSync(path.join(work.path, 'second.csv'), 'Name,Confidential\nAda Stone,no\nLee Parks,no\n');
    expect((await cli('import', 'first.csv', '--into', 'near.coalition.json')).stderr).toBe('');
    const result = await cli('import', 'second.csv', '--into', 'near.coalition.json');
    expect(result.stderr).toBe('');
    const lee = readMap('near.coalition.json').stakeholders.find((s) => s.name === 'Lee Park');
    expect(result.stdout).toContain('  second.csv, line 3: “Lee Parks” was added, and may be “Lee Park” on the map: ');
    expect(result.stdout).not.toContain(lee?.id ?? 'no id');
  });

  it('lists every bad row and imports nothing, or with --skip-bad-rows imports the rest', async () => {
    const refused = await cli('import', fixture('broken-rows.csv'), '--into', 'm.coalition.json');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Nothing was imported. broken-rows.csv: 2 rows have problems');
    expect(refused.stderr).toContain('broken-rows.csv, line 5, column "Name": the name is empty');
    expect(refused.stderr).toContain('broken-rows.csv, line 7, column "Name": the name ";;;" has no letters or digits');
    const skipped = await cli('import', fixture('broken-rows.csv'), '--skip-bad-rows', '--into', 'broken.coalition.json');
    expect(skipped.stderr).toBe('');
    expect(skipped.stdout).toContain('2 rows not imported (--skip-bad-rows); fix and import them again:');
    expect(skipped.stdout).toContain('  broken-rows.csv, line 5, column "Name": the name is empty (every stakeholder needs one)');
    expect(readMap('broken.coalition.json').stakeholders.map((s) => s.name)).toEqual(['Rosa Diaz', 'Tom Reyes', 'Mina Park', 'Leo Grant', 'Harbor House']);
  });

  it('updates by the key column, keeping the map\u2019s values unless --replace', async () => {
    const sheet = path.join(work.path, 'renamed.csv');
    writeFileSync(sheet, 'Name,Email,Notes\nRosa Diaz-Moreno,rosa@harbor.example,moved to the Thursday group\n');
    const kept = await cli('import', sheet, '--key', 'email', '--into', 'm.coalition.json');
    expect(kept.stdout).toContain('stakeholders: 0 new, 0 updated, 1 already up to date');
    const replaced = await cli('import', sheet, '--key', 'email', '--replace', '--into', 'm.coalition.json');
    expect(replaced.stdout).toContain('stakeholders: 0 new, 1 updated');
    const rosa = readMap('m.coalition.json').stakeholders.filter((s) => s.email === 'rosa@harbor.example');
    expect(rosa.map((s) => [s.name, s.notes])).toEqual([['Rosa Diaz-Moreno', 'moved to the Thursday group']]);
  });
});
