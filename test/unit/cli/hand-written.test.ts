// A map written by hand with only format, version, coalition name, stakeholders (id, name, kind)
// and ties (id, source, target, type) opens: the documented defaults are filled in and named,
// and the file is left as it was. What is wrong is still refused, with where.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_FORMAT, MAP_VERSION } from '../../../shared/schema';
import { runCli, useWorkFolder } from './support/run-cli';

const work = useWorkFolder('cli-hand-');
const cli = (...args: string[]) => runCli(args, { cwd: work.path });

function handWritten(file: string, stakeholders: unknown[]): void {
  const doc = {
    format: MAP_FORMAT,
    version: MAP_VERSION,
    coalition: { name: 'Hand-made Coalition' },
    stakeholders,
    ties: [{ id: 't1', source: 'a', target: 'b', type: 'knows' }],
  };
  writeFileSync(path.join(work.path, file), JSON.stringify(doc, null, 2));
}

describe('a hand-written map', () => {
  it('opens with the documented defaults filled in and named, the file unchanged', async () => {
    handWritten('hand.json', [{ id: 'a', name: 'Ana Ruiz', kind: 'person' }, { id: 'b', name: 'Food Bank', kind: 'organization' }]);
    const before = readFileSync(path.join(work.path, 'hand.json'), 'utf8');
    const validated = await cli('validate', 'hand.json');
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('Filled in documented defaults the file leaves out');
    for (const field of ['coalition.serviceCatalog', 'coalition.targets', 'stakeholders: no categories yet', 'ties: today']) expect(validated.stdout).toContain(field);
    expect(validated.stdout).toContain('The map is valid.');
    const analyzed = await cli('analyze', 'hand.json', '--json');
    expect(analyzed.code).toBe(0);
    expect(JSON.parse(analyzed.stdout)).toBeTypeOf('object');
    expect(readFileSync(path.join(work.path, 'hand.json'), 'utf8')).toBe(before);
  });

  it('treats a stakeholder whose file says nothing of confidentiality as confidential (fail closed)', async () => {
    handWritten('silent.json', [{ id: 'a', name: 'Ana Ruiz', kind: 'person' }, { id: 'b', name: 'Food Bank', kind: 'organization', confidential: false }]);
    const validated = await cli('validate', 'silent.json');
    expect(validated.stdout).toContain('stakeholders: confidential on 1');
    const exported = await cli('export', 'silent.json', '--format', 'csv', '--list', 'stakeholders', '--out', 'out.csv');
    expect(exported.code).toBe(0);
    const csv = readFileSync(path.join(work.path, 'out.csv'), 'utf8');
    expect(csv).toContain('Food Bank');
    expect(csv).not.toContain('Ana Ruiz');
  });

  it('is still refused for what is wrong, saying where', async () => {
    handWritten('nameless.json', [{ id: 'a', kind: 'person' }, { id: 'b', name: 'Food Bank', kind: 'organization' }]);
    const validated = await cli('validate', 'nameless.json');
    expect(validated.code).toBe(1);
    expect(validated.stderr).toContain('stakeholders[0].name');
    expect(validated.stderr).not.toMatch(/serviceCatalog|targets|createdAt/);
  });
});
