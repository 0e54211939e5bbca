// The merge command as users run it: a child process on real map files in a temp folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { mapOf, org, person, tie } from '../exchange/merge-maps-fixtures';
import { runCli, useWorkFolder } from './support/run-cli';

const work = useWorkFolder('cli-merge-');

const cli = (...args: string[]) => runCli(args, { cwd: work.path, dataDir: path.join(work.path, 'data') });

function write(file: string, map: MapDocument): void {
  writeFileSync(path.join(work.path, file), `${JSON.stringify(map, null, 2)}\n`);
}

function bytes(file: string): Buffer {
  return readFileSync(path.join(work.path, file));
}

const riverside = mapOf(
  'Riverside Coalition',
  [
    person('s1', 'Grace Okafor', { email: 'grace@riverside.example' }),
    org('s2', 'Harbor House Shelter'),
    person('s3', 'Samuel Adeyemi', { confidential: true }),
    person('s4', 'Dana Whitfield'),
    person('s5', 'Lee Park'),
  ],
  [tie('t1', 's1', 's2', 'works-at')],
);

const eastside = mapOf(
  'Eastside Network',
  [
    person('s1', 'Okafor, Grace', { email: 'Grace@Riverside.example', phone: '555 777 1234' }),
    person('e2', 'Samuel Adeyemy'),
    person('e3', 'Dana Whitfeld', { confidential: true }),
    person('e4', 'Lee Parks'),
  ],
  [tie('t1', 's1', 'e2', 'knows'), tie('t2', 'e2', 'e3', 'knows')],
);

describe('coalition-map merge', () => {
  it('merges exact duplicates only, lists near ones with confidential names hidden, and saves once', async () => {
    write('riverside.json', riverside);
    write('eastside.json', eastside);
    const incomingBefore = bytes('eastside.json');
    const result = await cli('merge', 'eastside.json', '--into', 'riverside.json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const target = path.join(work.path, 'riverside.json');
    expect(result.stdout).toContain(`Merged eastside.json into ${target} (provenance label: Eastside Network (eastside.json)).`);
    expect(result.stdout).toContain('  stakeholders: 1 merged as exact duplicates, 3 added');
    expect(result.stdout).toContain('  ties:         2 added, 0 left out as repeats');
    expect(result.stdout).toContain('  ids renamed:  1 (already used on the map)');
    expect(result.stdout).toContain('3 possible duplicates were not merged; review in the app:');
    expect(result.stdout).toContain('  [name hidden] [e2] may be [confidential person] [s3]: the names differ by one letter');
    expect(result.stdout).toContain('  [confidential person] [e3] may be [name hidden] [s4]: the names differ by one letter');
    expect(result.stdout).toContain('  “Lee Parks” [e4] may be “Lee Park” [s5]: the names differ by one letter');
    expect(result.stdout).not.toMatch(/Samuel|Dana/);

    const merged = mapDocumentSchema.parse(JSON.parse(readFileSync(target, 'utf8')));
    expect(merged.stakeholders.map((s) => s.name)).toEqual([
      'Grace Okafor',
      'Harbor House Shelter',
      'Samuel Adeyemi',
      'Dana Whitfield',
      'Lee Park',
      'Samuel Adeyemy',
      'Dana Whitfeld',
      'Lee Parks',
    ]);
    expect(merged.stakeholders[0]?.phone).toBe('555 777 1234');
    expect(merged.stakeholders.slice(5).every((s) => s.source === 'Eastside Network (eastside.json)')).toBe(true);
    expect(merged.ties.slice(1).map((t) => [t.source, t.target, t.source_map])).toEqual([
      ['s1', 'e2', 'Eastside Network (eastside.json)'],
      ['e2', 'e3', 'Eastside Network (eastside.json)'],
    ]);
    expect(merged.ties[1]?.id).not.toBe('t1');
    expect(bytes('eastside.json').equals(incomingBefore)).toBe(true);
    expect(existsSync(`${target}.lock`)).toBe(false);
  });

  it('uses a label given with --label', async () => {
    write('base-b.json', riverside);
    write('other-b.json', mapOf('Other', [person('x1', 'Jo Wu')]));
    const result = await cli('merge', 'other-b.json', '--into', 'base-b.json', '--label', "Maria's notebook");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No possible duplicates were left unmerged.');
    const merged = mapDocumentSchema.parse(JSON.parse(bytes('base-b.json').toString('utf8')));
    expect(merged.stakeholders.at(-1)?.source).toBe("Maria's notebook");
  });

  it('changes nothing when the merged map would be invalid', async () => {
    const long = 'x'.repeat(12_000);
    write('base-c.json', mapOf('Base', [person('b1', 'Ann Lee', { notes: long })]));
    write('other-c.json', mapOf('Other', [person('x1', 'Ann Lee', { notes: long })]));
    const before = bytes('base-c.json');
    const result = await cli('merge', 'other-c.json', '--into', 'base-c.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Nothing was merged\. Other \(other-c\.json\): the merged map would not be valid, so nothing was merged:\nstakeholders\[0\]\.notes: /);
    expect(bytes('base-c.json').equals(before)).toBe(true);
    expect(existsSync(path.join(work.path, 'base-c.json.lock'))).toBe(false);
  });

  it('refuses an unreadable other map, a missing target, a target that is not a map, and a map merged into itself', async () => {
    write('base-d.json', riverside);
    const before = bytes('base-d.json');
    writeFileSync(path.join(work.path, 'broken.json'), '{"format": "coalition-map", ');
    const broken = await cli('merge', 'broken.json', '--into', 'base-d.json');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Nothing was merged. ');
    expect(broken.stderr).toContain('broken.json');
    expect(bytes('base-d.json').equals(before)).toBe(true);

    const missing = await cli('merge', 'base-d.json', '--into', 'nowhere.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.json: the map file was not found');
    expect(existsSync(path.join(work.path, 'nowhere.json'))).toBe(false);

    writeFileSync(path.join(work.path, 'notes.json'), '{"hello": "world"}');
    const notAMap = await cli('merge', 'base-d.json', '--into', 'notes.json');
    expect(notAMap.code).toBe(1);
    expect(notAMap.stderr).toContain('not a coalition map');
    expect(readFileSync(path.join(work.path, 'notes.json'), 'utf8')).toBe('{"hello": "world"}');

    const itself = await cli('merge', 'base-d.json', '--into', './base-d.json');
    expect(itself.code).toBe(1);
    expect(itself.stderr).toContain('Nothing was merged. base-d.json: a map cannot be merged into itself');
    expect(bytes('base-d.json').equals(before)).toBe(true);
  });

  it('explains bad usage with exit code 2', async () => {
    const result = await cli('merge', 'eastside.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('merge: into which map? Give it with --into <map.json>.');
    expect(result.stderr).toContain('usage: coalition-map merge <other.json> --into <map.json> [--label <text>]');
  });
});
