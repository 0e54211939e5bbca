// PRIV-5 wired: restoring a backup through the backend writes a `restore` entry holding the count
// and the hash of the restored file, and nothing of the people on the map.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sha256Hex, verifyAuditLog } from '../../../electron/main/audit';
import { createBackend } from '../../../electron/main/backend';
import { canaryMap } from '../crypto/helpers/canary';
import { ScriptedDialogs } from '../backend/scripted-dialogs';
import { useTempDirs } from '../store/helpers/temp-dir';

describe('backend restore', () => {
  const tempDir = useTempDirs();

  it('appends a restore entry to the audit log', async () => {
    const dataDir = await tempDir();
    let now = Date.parse('2025-04-02T12:00:00.000Z');
    const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs(), clock: () => new Date((now += 15 * 60_000)) });
    try {
      const created = await backend.newMap({ name: 'Audit Coalition', template: 'empty' });
      const withSurvivor = { ...canaryMap(1), coalition: created.map.coalition };
      await backend.saveMap({ map: withSurvivor });
      await backend.saveMap({ map: { ...withSurvivor, stakeholders: withSurvivor.stakeholders.slice(0, 2) } });
      const [backup] = await backend.listBackups({ path: created.file.path });
      expect(backup).toBeDefined();
      const result = await backend.restoreBackup({ path: created.file.path, backupId: backup?.id ?? '' });
      expect(result.status).toBe('opened');
      const report = await verifyAuditLog(dataDir);
      expect(report.problems).toEqual([]);
      expect(report.entries).toHaveLength(1);
      expect(report.entries[0]).toMatchObject({
        action: 'restore',
        recordCount: backup?.stakeholders,
        fieldNames: [],
        fileHash: sha256Hex(await readFile(created.file.path)),
      });
      expect(await readFile(`${dataDir}/audit.log`, 'utf8')).not.toMatch(/ZZ-CANARY|lived-experience|Audit Coalition/);
    } finally {
      await backend.close();
    }
  });
});
