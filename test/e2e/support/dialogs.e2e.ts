// The harness's scripted file dialogs, driven the way a user uses them: "Save as" writes the map
// where the dialog answered, "Open" opens what the dialog answered, and Cancel changes nothing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapDocumentSchema } from '../../../shared/schema';
import { launchApp, ScriptedDialogs, type LaunchedApp } from '../harness';
import { listFiles, makeTempDir, type TempDir } from './files';
import { toolbarButton } from './toolbar';

let dataDir: TempDir;
let elsewhere: TempDir;
let app: LaunchedApp;

beforeEach(async () => {
  dataDir = await makeTempDir('dialogs-data');
  elsewhere = await makeTempDir('dialogs-elsewhere');
  app = await launchApp({ dataDir: dataDir.path, dialogs: new ScriptedDialogs() });
  await app.page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
});

afterEach(async () => {
  await app.close();
  await Promise.all([dataDir.remove(), elsewhere.remove()]);
});

function fileShown(name: string) {
  return app.page.getByTitle('Map file').filter({ hasText: name });
}

describe('file dialogs answered by the test', () => {
  it('save the map where the user chose, and open the original again', async () => {
    const { page } = app;
    const copyPath = join(elsewhere.path, 'harlow-copy.coalition.json');
    app.dialogs.answerNextSave(copyPath);
    await (await toolbarButton(page, 'Save as')).click();
    await fileShown('harlow-copy.coalition.json').waitFor();
    const written = mapDocumentSchema.parse(JSON.parse(await readFile(copyPath, 'utf8')));
    expect(written.coalition.name).toMatch(/Family Safety Coalition/);
    expect(written.stakeholders.length).toBeGreaterThanOrEqual(35);

    // Cancel: the open map stays as it is.
    app.dialogs.answerNextOpen(null);
    await (await toolbarButton(page, 'Open')).click();
    await page.waitForTimeout(300);
    expect(await fileShown('harlow-copy.coalition.json').count()).toBe(1);

    const [original] = (await listFiles(dataDir.path)).filter((f) => f.startsWith('maps/') && f.endsWith('.json'));
    if (original === undefined) throw new Error('the first run wrote no map into the data folder');
    app.dialogs.answerNextOpen(join(dataDir.path, original));
    await (await toolbarButton(page, 'Open')).click();
    await fileShown(original.slice('maps/'.length)).waitFor();
    expect(app.errors).toEqual([]);
    expect(app.requests).toEqual([]);
  });
});
