// Choosing a file to import or merge: the backend asks the dialog, reads the real file and hands
// its bytes over as base64; cancelling gives null; files over the cap and missing files are refused
// with the file's name and the reason, before anything is read.
import { truncate, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/main/import-file';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/ipc';
import { useBackends } from './use-backends';

describe('chooseImportFile', () => {
  const backends = useBackends();

  async function setup() {
    const { dialogs, api } = await backends.start();
    return { dialogs, api, folder: await backends.tempDir() };
  }

  it('reads the chosen file whole, with its name, and the bytes survive the base64 round trip', async () => {
    const { dialogs, api, folder } = await setup();
    const path = join(folder, 'Résumé list.csv');
    // Windows-1252 bytes that are not UTF-8, a BOM-less sheet: exactly what must arrive unchanged.
    const bytes = Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x52, 0xe9, 0x6e, 0xe9, 0x65, 0x0a, 0x00, 0xff]);
    await writeFile(path, bytes);
    dialogs.answerOpen(path);
    const chosen = await api.chooseImportFile({ purpose: 'import' });
    expect(dialogs.importPurposes).toEqual(['import']);
    expect(chosen?.fileName).toBe('Résumé list.csv');
    expect(chosen?.byteLength).toBe(bytes.length);
    expect(Buffer.from(chosen?.base64 ?? '', 'base64').equals(bytes)).toBe(true);
    // What crosses the bridge is JSON: the result must come back equal from JSON text.
    expect(JSON.parse(JSON.stringify(chosen))).toEqual(chosen);
  });

  it('gives null when the user cancels, and passes the purpose to the dialog', async () => {
    const { dialogs, api } = await setup();
    dialogs.answerOpen(null);
    await expect(api.chooseImportFile({ purpose: 'merge' })).resolves.toBeNull();
    expect(dialogs.importPurposes).toEqual(['merge']);
  });

  it('refuses a file over the 50 MB cap before reading it, naming the file and both sizes', async () => {
    const { dialogs, api, folder } = await setup();
    const path = join(folder, 'huge.gexf');
    await writeFile(path, '');
    // A sparse file: its size is over the cap, yet it takes no disk space.
    await truncate(path, MAX_IMPORT_FILE_BYTES + 1);
    dialogs.answerOpen(path);
    await expect(api.chooseImportFile({ purpose: 'import' })).rejects.toThrow(/huge\.gexf is 50\.0 MB, more than the import limit of 50\.0 MB/);
  });

  it('says why a file could not be read: missing, or a folder', async () => {
    const { dialogs, api, folder } = await setup();
    dialogs.answerOpen(join(folder, 'gone.csv'));
    await expect(api.chooseImportFile({ purpose: 'import' })).rejects.toThrow('gone.csv could not be read because it was not found');
    const sub = join(folder, 'sheets.csv');
    await mkdir(sub);
    dialogs.answerOpen(sub);
    await expect(api.chooseImportFile({ purpose: 'import' })).rejects.toThrow('sheets.csv could not be read because it is a folder');
  });

  it('applies a smaller limit exactly at the boundary', async () => {
    const folder = await backends.tempDir();
    const path = join(folder, 'ten.csv');
    await writeFile(path, '0123456789');
    await expect(readImportFile(path, 10)).resolves.toMatchObject({ byteLength: 10 });
    await expect(readImportFile(path, 9)).rejects.toThrow(/more than the import limit/);
  });
});
