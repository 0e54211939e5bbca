import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapFileError, readMapFile } from '../../../electron/main/store';
import { mapFileErrorFrom } from './helpers/map-file-error';
import { fixturePath } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

const failure = (path: string) => mapFileErrorFrom(() => readMapFile(path), `expected ${path} to be refused`);

describe('readMapFile', () => {
  const tempDir = useTempDirs();

  it('reads a valid map and fills defaults', async () => {
    const map = await readMapFile(fixturePath('small-valid.coalition.json'));
    expect(map.coalition.name).toBe('Riverside Safety Coalition');
    expect(map.stakeholders).toHaveLength(4);
    expect(map.ties).toHaveLength(3);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const map = await readMapFile(fixturePath('with-bom.coalition.json'));
    expect(map.stakeholders).toHaveLength(4);
  });

  it('never writes: the file is byte-identical after a failed read', async () => {
    const path = fixturePath('truncated.coalition.json');
    const before = await readFile(path);
    await failure(path);
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  const broken: [string, string | Uint8Array, MapFileError['reason'], RegExp][] = [
    ['empty', '', 'unreadable', /empty/],
    ['white space', '  \n\t', 'unreadable', /white space/],
    ['NUL-filled', new Uint8Array(512), 'unreadable', /NUL bytes/],
    ['not UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'unreadable', /not UTF-8/],
    ['null', 'null', 'invalid', /holds null/],
    ['a list', '[]', 'invalid', /holds a list/],
    ['{}', '{}', 'invalid', /no "format" field/],
    ['another format', '{"format":"something-else","version":1}', 'invalid', /different "format"/],
    ['a text version', '{"format":"coalition-map","version":"1"}', 'invalid', /version: expected a whole number/],
    ['bad JSON in the middle', '{\n  "format": "coalition-map",\n  "version": 1,,\n}', 'unreadable', /line 3, column/],
  ];
  it.each(broken)('refuses a file that is %s, saying where', async (_label, content, reason, message) => {
    const path = join(await tempDir(), 'broken.coalition.json');
    await writeFile(path, content);
    const error = await failure(path);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(path);
    expect(error.movedTo).toBeNull();
  });

  it('refuses a truncated map as cut short, without quoting its contents', async () => {
    const error = await failure(fixturePath('truncated.coalition.json'));
    expect(error.reason).toBe('unreadable');
    expect(error.message).toMatch(/ends too early/);
    expect(error.message).not.toMatch(/Ana|Riverside|Harbor/);
  });

  it('names the field that breaks the schema', async () => {
    const error = await failure(fixturePath('wrong-schema.coalition.json'));
    expect(error.reason).toBe('invalid');
    expect(error.message).toMatch(/stakeholders\[2\]\.kind/);
    expect(error.message).not.toMatch(/Harbor Shelter/);
  });

  it('refuses a map from a newer version without calling it broken', async () => {
    const error = await failure(fixturePath('newer-version.coalition.json'));
    expect(error.reason).toBe('newer-version');
    expect(error.message).toMatch(/newer version/);
  });

  it('reports a missing file as missing', async () => {
    const error = await failure(join(await tempDir(), 'nope.coalition.json'));
    expect(error.reason).toBe('missing');
  });

  it('rejects prototype-polluting keys at any depth and pollutes nothing', async () => {
    const error = await failure(fixturePath('proto-pollution.coalition.json'));
    expect(error.reason).toBe('invalid');
    expect(error.message).toMatch(/reserved key "__proto__"/);
    const path = join(await tempDir(), 'ctor.coalition.json');
    await writeFile(path, '{"format":"coalition-map","version":1,"coalition":{"constructor":{"prototype":{"x":1}}}}');
    expect((await failure(path)).message).toMatch(/reserved key "(constructor|prototype)"/);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
