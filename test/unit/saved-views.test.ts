// Saved views in the map file: an old file without them opens as before, a file with them is read
// back through the real reader as written, bad views are refused naming the field, a change of
// views travels in a save patch, and erasing a person reaches a view's name and filter value.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../electron/main/store';
import { applyMapPatch, diffMaps, mapPatchSchema } from '../../shared/map-patch';
import { mapTexts } from '../../shared/privacy/text-fields';
import { deleteView, saveView, type SavedView } from '../../shared/views';
import { mapFileErrorFrom } from './store/helpers/map-file-error';
import { fixturePath } from './store/helpers/maps';
import { useTempDirs } from './store/helpers/temp-dir';

const wards: SavedView = { name: 'Wards', colourBy: 'custom:Ward', sizeBy: 'custom:Budget', filter: { field: 'stage', value: 'member' }, layout: { name: 'concentric', spacing: 1, measure: 'pagerank' } };
const brokers: SavedView = { name: 'Brokers', colourBy: 'community', sizeBy: 'betweenness', filter: null, layout: null };

describe('saved views in the map file', () => {
  const tempDir = useTempDirs();

  it('opens a file written before views existed, with none', async () => {
    const raw = await readFile(fixturePath('small-valid.coalition.json'), 'utf8');
    expect(raw).not.toContain('"views"');
    const map = await readMapFile(fixturePath('small-valid.coalition.json'));
    expect(map.views).toBeUndefined();
  });

  it('reads back the views it wrote, in order; saving a name again (any case) replaces that view', async () => {
    const map = await readMapFile(fixturePath('small-valid.coalition.json'));
    let next = saveView(saveView(map, wards), brokers);
    next = saveView(next, { ...brokers, name: 'BROKERS', sizeBy: 'pagerank' });
    const path = join(await tempDir(), 'views.coalition.json');
    await writeFile(path, JSON.stringify(next));
    const read = await readMapFile(path);
    expect(read.views).toEqual([wards, { ...brokers, name: 'BROKERS', sizeBy: 'pagerank' }]);
    expect(deleteView(read, 'Wards').views).toEqual([{ ...brokers, name: 'BROKERS', sizeBy: 'pagerank' }]);
    expect(deleteView(read, 'Nothing')).toBe(read);
  });

  it.each([
    ['two views of one name', [wards, { ...brokers, name: 'wards' }], /views\[1\]\.name/],
    ['an unknown layout', [{ ...wards, layout: { name: 'spiral', spacing: 1, measure: 'degree' } }], /views\[0\]\.layout\.name/],
    ['a colour field that is no field', [{ ...wards, colourBy: 'shoe size' }], /views\[0\]\.colourBy/],
  ])('refuses a file with %s, naming where', async (_label, views, where) => {
    const map = JSON.parse(await readFile(fixturePath('small-valid.coalition.json'), 'utf8')) as Record<string, unknown>;
    const path = join(await tempDir(), 'bad-views.coalition.json');
    await writeFile(path, JSON.stringify({ ...map, views }));
    const error = await mapFileErrorFrom(() => readMapFile(path), 'expected the views to be refused');
    expect(error.reason).toBe('invalid');
    expect(error.message).toMatch(where);
  });

  it('sends a change of views in a save patch, which the Node side accepts and applies', async () => {
    const map = await readMapFile(fixturePath('small-valid.coalition.json'));
    const next = saveView(map, wards);
    const patch = diffMaps(map, next);
    expect(patch?.sections).toEqual({ views: [wards] });
    const parsed = mapPatchSchema.parse(JSON.parse(JSON.stringify(patch)));
    expect(applyMapPatch(map, parsed).views).toEqual([wards]);
  });

  it('lets erasing a person reach a view name and the value it filters by', async () => {
    const map = saveView(await readMapFile(fixturePath('small-valid.coalition.json')), { ...wards, name: 'Around Ana', filter: { field: 'custom:Contact', value: 'Ana' } });
    const seen: string[] = [];
    const scrubbed = mapTexts(map, (text, place) => {
      if (text.includes('Ana')) seen.push(place);
      return text.replaceAll('Ana', '[removed]');
    });
    expect(seen).toEqual(expect.arrayContaining(['Saved view “Around Ana”', 'Filter of saved view “Around Ana”']));
    expect(scrubbed.views?.[0]).toMatchObject({ name: 'Around [removed]', filter: { value: '[removed]' } });
  });
});
