// Saves never wait behind slow work that does not change the map: a PDF print, an import file the
// user is still choosing, a save dialog left open. Each test holds that work on a gate it opens
// itself, saves meanwhile, and only then lets the slow work finish. Were the slow work in the
// queue, the save would wait for a gate that opens only after the save: the test would hang and
// fail on vitest's timeout. Real temp folders, real map files.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PagePrinter } from '../../../electron/main/dialogs-port';
import { createQueue } from '../../../electron/main/queue';
import type { MapDocument } from '../../../shared/model';
import { useBackends } from './use-backends';

const summary = { records: 1, ties: 0, leftOut: 0, redacted: 0 };
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

/** A piece of slow work: `reached` resolves when it starts; it finishes with `open(value)`. */
function gate<T>() {
  let arrive!: () => void;
  let release!: (value: T) => void;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const opened = new Promise<T>((resolve) => (release = resolve));
  return { reached, wait: () => (arrive(), opened), open: (value: T) => release(value) };
}

function renamed(map: MapDocument, name: string): MapDocument {
  return { ...map, coalition: { ...map.coalition, name } };
}

async function nameOnDisk(path: string): Promise<unknown> {
  return (JSON.parse(await readFile(path, 'utf8')) as MapDocument).coalition.name;
}

describe('the backend queue', () => {
  const backends = useBackends();

  it('saves the map while a PDF print is still under way, then finishes the print', async () => {
    const printing = gate<Uint8Array>();
    const printer: PagePrinter = { printToPdf: () => printing.wait() };
    const { dataDir, dialogs, api } = await backends.start({ printer });
    const elsewhere = await backends.tempDir();
    const opened = await api.newMap({ name: 'Harbour Network', template: 'sample' });
    dialogs.answerSave(join(elsewhere, 'brief.pdf'));
    const events: string[] = [];
    const pdf = api.saveBriefPdf({ suggestedFileName: 'brief.pdf', pageSize: 'A4', summary }).then((saved) => {
      events.push('pdf');
      return saved;
    });
    await printing.reached;

    await api.saveMap({ map: renamed(opened.map, 'Harbour Network 2') });
    events.push('save');
    expect(await nameOnDisk(opened.file.path)).toBe('Harbour Network 2');

    printing.open(PDF_BYTES);
    expect(await pdf).toEqual({ path: join(elsewhere, 'brief.pdf'), warnings: [] });
    expect(events).toEqual(['save', 'pdf']);
    expect(new Uint8Array(await readFile(join(elsewhere, 'brief.pdf')))).toEqual(PDF_BYTES);
    // The export's audit entry still took its turn in the log after the save.
    expect(await readFile(join(dataDir, 'audit.log'), 'utf8')).toContain('"action":"export"');
  });

  it('saves the map while the user is still choosing a file to import, then reads the file', async () => {
    const { dataDir, dialogs, api } = await backends.start();
    const opened = await api.newMap({ name: 'Harbour Network', template: 'empty' });
    const sheet = join(dataDir, 'people.csv');
    await writeFile(sheet, 'name\nRuth\n');
    const choosing = gate<string | null>();
    dialogs.chooseFileToImport = () => choosing.wait();
    const chosen = api.chooseImportFile({ purpose: 'import' });
    await choosing.reached;

    await api.saveMap({ map: renamed(opened.map, 'While importing') });
    expect(await nameOnDisk(opened.file.path)).toBe('While importing');

    choosing.open(sheet);
    expect(await chosen).toEqual({ fileName: 'people.csv', base64: Buffer.from('name\nRuth\n').toString('base64'), byteLength: 10 });
  });

  it('saves the map while a Save as dialog is left open, then writes the copy', async () => {
    const { dialogs, api } = await backends.start();
    const opened = await api.newMap({ name: 'Harbour Network', template: 'empty' });
    const choosing = gate<string | null>();
    dialogs.chooseMapSaveLocation = () => choosing.wait();
    const copy = api.saveMapAsDialog({ map: opened.map });
    await choosing.reached;

    await api.saveMap({ map: renamed(opened.map, 'Saved meanwhile') });
    expect(await nameOnDisk(opened.file.path)).toBe('Saved meanwhile');

    const target = join(await backends.tempDir(), 'copy.coalition.json');
    choosing.open(target);
    expect((await copy)?.file.path).toBe(target);
  });
});

describe('createQueue', () => {
  it('runs work one piece at a time in the order given, and goes on after a failure', async () => {
    const inOrder = createQueue();
    const log: string[] = [];
    const first = gate<void>();
    const a = inOrder(async () => {
      log.push('a starts');
      await first.wait();
      log.push('a ends');
      throw new Error('a failed');
    });
    const b = inOrder(async () => {
      log.push('b runs');
      return 'b';
    });
    await first.reached;
    expect(log).toEqual(['a starts']);
    first.open();
    await expect(a).rejects.toThrow('a failed');
    expect(await b).toBe('b');
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });
});
