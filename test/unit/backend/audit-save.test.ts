// PRIV-5 for imports, merges and deletions made in the window: a save that carries `audit` appends
// one entry (count, field names, hash of the saved file) only after the save landed, and the entry
// never holds a name, a note or a path. The contract refuses anything shaped like free text.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex, verifyAuditLog } from '../../../electron/main/audit';
import { createBackend, type Backend } from '../../../electron/main/backend';
import { parseChannelArgs } from '../../../shared/ipc';
import { canaryMap } from '../crypto/helpers/canary';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const FORBIDDEN_IN_LOG = /ZZ-CANARY|lived-experience|Audit Coalition|coalition\.json|shelter/;

describe('saveMap audit entries', () => {
  const tempDir = useTempDirs();

  async function openBackend(): Promise<{ dataDir: string; backend: Backend; path: string }> {
    const dataDir = await tempDir();
    let now = Date.parse('2025-04-02T12:00:00.000Z');
    const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs(), clock: () => new Date((now += 60_000)) });
    const created = await backend.newMap({ name: 'Audit Coalition', template: 'empty' });
    return { dataDir, backend, path: created.file.path };
  }

  it('logs an import, a merge and a delete after each save, with the hash of the file as saved', async () => {
    const { dataDir, backend, path } = await openBackend();
    try {
      const imported = canaryMap(2);
      await backend.saveMap({ map: imported, audit: { action: 'import', recordCount: 5, fieldNames: ['name', 'notes', 'address'] } });
      const importHash = sha256Hex(await readFile(path));
      await backend.saveMap({ map: { ...imported, stakeholders: [...imported.stakeholders] }, audit: { action: 'merge', recordCount: 2, fieldNames: ['email'] } });
      const smaller = { ...imported, stakeholders: imported.stakeholders.slice(1) };
      const result = await backend.saveMap({ map: smaller, audit: { action: 'delete', recordCount: 1, fieldNames: [] } });
      expect(result.warnings).toBeUndefined();
      const report = await verifyAuditLog(dataDir);
      expect(report.problems).toEqual([]);
      expect(report.entries.map((e) => [e.action, e.recordCount, e.fieldNames])).toEqual([
        ['import', 5, ['name', 'notes', 'address']],
        ['merge', 2, ['email']],
        ['delete', 1, []],
      ]);
      expect(report.entries[0]?.fileHash).toBe(importHash);
      expect(report.entries[2]?.fileHash).toBe(sha256Hex(await readFile(path)));
      expect(await readFile(join(dataDir, 'audit.log'), 'utf8')).not.toMatch(FORBIDDEN_IN_LOG);
    } finally {
      await backend.close();
    }
  });

  it('writes no entry for an ordinary save', async () => {
    const { dataDir, backend } = await openBackend();
    try {
      await backend.saveMap({ map: canaryMap(1) });
      expect((await verifyAuditLog(dataDir)).entries).toEqual([]);
    } finally {
      await backend.close();
    }
  });

  it('writes no entry when the save fails', async () => {
    const { dataDir, backend, path } = await openBackend();
    try {
      const before = await readFile(path);
      // The first save takes a backup; a file where the backups folder should be makes it fail.
      await rm(join(dataDir, 'backups'), { recursive: true, force: true });
      await writeFile(join(dataDir, 'backups'), 'not a folder');
      await expect(backend.saveMap({ map: canaryMap(1), audit: { action: 'import', recordCount: 4, fieldNames: ['name'] } })).rejects.toThrow(
        /Saving the map failed/,
      );
      expect((await readFile(path)).equals(before)).toBe(true);
      expect((await verifyAuditLog(dataDir)).entries).toEqual([]);
    } finally {
      await backend.close();
    }
  });

  it('keeps the save and warns when the log cannot be written', async () => {
    const { dataDir, backend, path } = await openBackend();
    try {
      // A folder where audit.log should be: the append fails, the save has already landed.
      await rm(join(dataDir, 'audit.log'), { force: true });
      await mkdir(join(dataDir, 'audit.log'));
      const result = await backend.saveMap({ map: canaryMap(1), audit: { action: 'delete', recordCount: 1, fieldNames: [] } });
      expect(result.warnings?.[0]).toMatch(/Recording the change in the audit log failed/);
      expect((await readFile(path, 'utf8')).length).toBeGreaterThan(0);
      expect(JSON.stringify(result.warnings)).not.toMatch(FORBIDDEN_IN_LOG);
    } finally {
      await backend.close();
    }
  });
});

describe('saveMap audit argument', () => {
  const map = canaryMap(1);
  const parse = (audit: unknown) => parseChannelArgs('saveMap', { map, audit }, 1_000);

  it('accepts counts and schema field names', () => {
    expect(parse({ action: 'merge', recordCount: 3, fieldNames: ['notes', 'custom.role'] }).audit?.action).toBe('merge');
    expect(parseChannelArgs('saveMap', { map }, 1_000).audit).toBeUndefined();
  });

  it('refuses names, free text, extra keys and other actions', () => {
    expect(() => parse({ action: 'import', recordCount: 1, fieldNames: ['ZZ-CANARY-NAME Smith'] })).toThrow(/field name/);
    expect(() => parse({ action: 'import', recordCount: 1, fieldNames: ['a'.repeat(65)] })).toThrow(/saveMap/);
    expect(() => parse({ action: 'import', recordCount: 1, fieldNames: [], note: 'Maria asked' })).toThrow(/saveMap/);
    expect(() => parse({ action: 'export', recordCount: 1, fieldNames: [] })).toThrow(/saveMap/);
    expect(() => parse({ action: 'delete', recordCount: -1, fieldNames: [] })).toThrow(/saveMap/);
    expect(() => parse({ action: 'delete', recordCount: 1.5, fieldNames: [] })).toThrow(/saveMap/);
  });
});
