// The command line writes the audit log too: import, merge and export, each marked as from the
// command line with the flags it ran with (never a name, a path or the passphrase), and each run
// ends with the log's check as one line of output; a log cut short says so at the next run.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleCoalition } from '../../../shared/sample';
import { runCli, useWorkFolder } from './support/run-cli';

const work = useWorkFolder('cli-audit-');
const dataDir = mkdtempSync(path.join(tmpdir(), 'cli-audit-data-'));
const cli = (...args: string[]) => runCli(args, { cwd: work.path, dataDir });
const logLines = () => readFileSync(path.join(dataDir, 'audit.log'), 'utf8').trimEnd().split('\n');

beforeAll(() => {
  const sample = JSON.stringify(sampleCoalition({ now: new Date().toISOString() }), null, 2);
  writeFileSync(path.join(work.path, 'sample.coalition.json'), sample);
  writeFileSync(path.join(work.path, 'other.coalition.json'), sample);
  writeFileSync(path.join(work.path, 'people.csv'), 'name,email\nQuentin Canaryfield,qc@example.org\n');
});

describe('coalition-map and the audit log', () => {
  it('logs import, merge and export with their flags, and checks the log after each', async () => {
    const imported = await cli('import', 'people.csv', '--into', 'sample.coalition.json');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Audit log checked: 1 entry, intact.');
    const merged = await cli('merge', 'other.coalition.json', '--into', 'sample.coalition.json', '--label', 'Quentin Canaryfield');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('Audit log checked: 2 entries, intact.');
    const exported = await cli('export', 'sample.coalition.json', '--format', 'csv', '--list', 'stakeholders', '--include-confidential', '--with-contacts', '--out', 'all.csv');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('Audit log checked: 3 entries, intact.');

    const entries = logLines().map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.map((e) => [e.action, e.source])).toEqual([['import', 'cli'], ['merge', 'cli'], ['export', 'cli']]);
    expect(entries[0]!.flags).toEqual(['format=csv', 'ties=no', 'encoding=detected', 'new-map=no', 'passphrase=no']);
    expect(entries[0]!.recordCount).toBe(1);
    expect(entries[1]!.flags).toEqual(['label=given', 'passphrase=no']);
    expect(entries[2]!.flags).toEqual(['format=csv', 'list=stakeholders', 'include-confidential=yes', 'include-sensitive=no', 'include-custom=no', 'with-contacts=yes']);
    const text = readFileSync(path.join(dataDir, 'audit.log'), 'utf8');
    for (const personal of ['Quentin', 'Canaryfield', 'qc@example.org', 'people.csv', 'sample.coalition', 'all.csv', work.path]) expect(text).not.toContain(personal);
  });

  it('says at the next run that the log lost its tail', async () => {
    const lines = logLines();
    writeFileSync(path.join(dataDir, 'audit.log'), `${lines.slice(0, -1).join('\n')}\n`);
    const exported = await cli('export', 'sample.coalition.json', '--format', 'json', '--out', 'map.json');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^The audit log may have been tampered with: the audit log ends 1 entry short of the \d+ recorded: its tail was cut off \(found .*\)\.$/m);
    expect(JSON.parse(logLines().at(-1)!)).toMatchObject({ action: 'export', flags: ['format=json', 'include-confidential=no', 'include-sensitive=no', 'include-custom=no'] });
  });
});
