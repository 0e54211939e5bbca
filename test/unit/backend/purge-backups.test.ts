// A retention purge reaches the backups as a secure delete does: after it, no backup generation,
// not even the one the purge's own save took of the map as it was, holds what was purged. Real
// temp folders, real saves, plain and encrypted, and a scan of every byte under the data folder.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/main/backend';
import { unlockPassphraseCodec } from '../../../electron/main/crypto';
import { backupFolderFor } from '../../../electron/main/store/backups';
import type { MapDocument } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { numberedMap } from '../store/helpers/maps';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const OLD_NAME = 'ZZ-PURGED-NAME';
const OLD_NOTE = 'ZZ-PURGED-NOTE';
const PASSPHRASE = 'lantern by the river';

/** Generation `n`: s0 has not been touched since 2023; the others are fresh. */
function agedMap(n: number): MapDocument {
  const base = numberedMap(n, 4);
  return mapDocumentSchema.parse({
    ...base,
    stakeholders: base.stakeholders.map((s, i) =>
      i === 0 ? { ...s, name: OLD_NAME, notes: OLD_NOTE, updatedAt: '2023-01-01T00:00:00.000Z' } : { ...s, updatedAt: '2025-04-01T00:00:00.000Z' },
    ),
  });
}

/** Every backup generation's text, decrypted when a codec is given. */
async function backupTexts(dataDir: string, mapPath: string, passphrase: string | null): Promise<string[]> {
  const folder = backupFolderFor(mapPath, join(dataDir, 'backups'));
  const texts: string[] = [];
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.json'))) {
    const bytes = await readFile(join(folder, name));
    const codec = passphrase === null ? null : await unlockPassphraseCodec(bytes, passphrase, name);
    texts.push(codec === null ? bytes.toString('utf8') : new TextDecoder().decode(codec.decode(bytes, name)));
  }
  return texts;
}

describe('retention purge reaches the backups', () => {
  const tempDir = useTempDirs();
  const open: Backend[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  async function launch(passphrase: string | null) {
    const dataDir = await tempDir();
    let now = Date.parse('2025-04-02T12:00:00.000Z');
    const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs(), clock: () => new Date((now += 15 * 60_000)) });
    open.push(backend);
    const created = await backend.newMap({ name: 'Old contacts', template: 'empty' });
    const moved = passphrase === null ? undefined : (await backend.setPassphrase({ current: null, next: passphrase })).movedTo;
    for (const n of [1, 2, 3]) await backend.saveMap({ map: agedMap(n) });
    return { dataDir, backend, path: (moved ?? created.file).path };
  }

  it.each([
    ['plain', null],
    ['encrypted', PASSPHRASE],
  ] as const)('clearing notes leaves the old note in no backup of a %s map', async (_kind, passphrase) => {
    const { dataDir, backend, path } = await launch(passphrase);
    expect((await backupTexts(dataDir, path, passphrase)).filter((t) => t.includes(OLD_NOTE)).length).toBeGreaterThanOrEqual(2);

    const report = await backend.purgeInactive({ mode: 'notes', inactiveDays: 365, dryRun: false });

    expect(report).toMatchObject({ affected: 1, warnings: [] });
    const texts = await backupTexts(dataDir, path, passphrase);
    expect(texts.length).toBeGreaterThanOrEqual(4);
    expect(texts.filter((t) => t.includes(OLD_NOTE))).toEqual([]);
    // The fresh stakeholders' notes stay in every generation.
    for (const text of texts.filter((t) => t.includes('"s1"'))) expect(text).toContain('x'.repeat(200));
  });

  it('removing stakeholders leaves them and their ties in no backup', async () => {
    const { dataDir, backend, path } = await launch(null);
    const report = await backend.purgeInactive({ mode: 'remove', inactiveDays: 365, dryRun: false });
    expect(report).toMatchObject({ affected: 1, warnings: [] });
    const texts = await backupTexts(dataDir, path, null);
    expect(texts.length).toBeGreaterThanOrEqual(4);
    expect(texts.filter((t) => t.includes(OLD_NAME) || t.includes('"s0"'))).toEqual([]);
    expect(await readFile(path, 'utf8')).not.toContain(OLD_NAME);
  });
});
