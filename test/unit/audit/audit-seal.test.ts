// The audit log's seal for an encrypted map, through the real backend on real folders: the app's own
// appends verify when the map is unlocked again; a forger who rewrites the log and its plain head
// together (chain recomputed, head matching, so the plain check is fooled) is caught by the seal,
// as is a forged or deleted seal; and the app's next append carries the finding instead of washing it out.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { auditHeadPath, auditLogPath, sha256Hex, verifyAuditLog } from '../../../electron/main/audit';
import { auditSealsPath } from '../../../electron/main/audit/audit-seal';
import { createBackend, type Backend } from '../../../electron/main/backend';
import type { Notice, OpenResult } from '../../../shared/ipc';
import { ScriptedDialogs } from '../backend/scripted-dialogs';
import { useTempDirs } from '../store/helpers/temp-dir';

const PASSPHRASE = 'lantern by the river';

const warningsOf = (result: OpenResult): string[] =>
  result.status === 'opened' ? result.notices.filter((n: Notice) => n.level === 'warning').map((n) => n.message) : [`not opened: ${result.status}`];

describe('audit seal of an encrypted map', () => {
  const tempDir = useTempDirs();
  const open: Backend[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  async function launch(dataDir: string): Promise<Backend> {
    const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs() });
    open.push(backend);
    return backend;
  }

  /** An encrypted map whose log holds a passphrase change and two deletions, all appended by the app. */
  async function encryptedWithLog(): Promise<{ dataDir: string; path: string }> {
    const dataDir = await tempDir();
    const backend = await launch(dataDir);
    const created = await backend.newMap({ name: 'Seal Coalition', template: 'sample' });
    // Encrypting moves the map to a neutral file name: that is its path from now on.
    const { movedTo } = await backend.setPassphrase({ current: null, next: PASSPHRASE });
    const all = created.map.stakeholders;
    for (const keep of [all.length - 1, all.length - 2]) {
      await backend.saveMap({ map: { ...created.map, stakeholders: all.slice(0, keep), ties: [] }, audit: { action: 'delete', recordCount: 1, fieldNames: [] } });
    }
    await backend.close();
    open.splice(0);
    return { dataDir, path: (movedTo ?? created.file).path };
  }

  async function unlockWarnings(dataDir: string, path: string): Promise<string[]> {
    const backend = await launch(dataDir);
    await backend.openRecent({ path });
    const warnings = warningsOf(await backend.unlockMap({ path, passphrase: PASSPHRASE }));
    await backend.close();
    open.splice(0);
    return warnings;
  }

  /** Rewrites the log with `edit` applied, every later line re-chained and the head made to match: all without the key. */
  async function forgeLogAndHead(dataDir: string, edit: (lines: string[]) => string[]): Promise<void> {
    const original = (await readFile(auditLogPath(dataDir), 'utf8')).trimEnd().split('\n');
    const forged: string[] = [];
    for (const line of edit(original)) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      const prev = forged.at(-1);
      forged.push(JSON.stringify({ ...entry, prevHash: prev === undefined ? null : sha256Hex(prev) }));
    }
    await writeFile(auditLogPath(dataDir), `${forged.join('\n')}\n`);
    const head = { format: 'coalition-audit-head', version: 1, entries: forged.length, lastHash: sha256Hex(forged.at(-1)!), problems: [] };
    await writeFile(auditHeadPath(dataDir), `${JSON.stringify(head)}\n`);
  }

  it('verifies a log the app itself appended to, through unlock after unlock', async () => {
    const { dataDir, path } = await encryptedWithLog();
    expect(await unlockWarnings(dataDir, path)).toEqual([]);
    // The unlock was appended and sealed too; the next unlock checks it.
    expect(await unlockWarnings(dataDir, path)).toEqual([]);
    expect((await verifyAuditLog(dataDir)).entries.map((e) => e.action)).toEqual(['passphrase-change', 'delete', 'delete', 'unlock', 'unlock']);
  });

  it('catches an entry edited with the chain and head rewritten to match, which the plain check cannot', async () => {
    const { dataDir, path } = await encryptedWithLog();
    await forgeLogAndHead(dataDir, (lines) => lines.map((line, i) => (i === 1 ? line.replace('"recordCount":1', '"recordCount":0') : line)));
    expect((await verifyAuditLog(dataDir)).problems).toEqual([]);
    expect(await unlockWarnings(dataDir, path)).toEqual([expect.stringMatching(/first 3 entries are not the ones sealed under this map's key/)]);
  });

  it('catches sealed entries removed, with the head rewritten to match', async () => {
    const { dataDir, path } = await encryptedWithLog();
    await forgeLogAndHead(dataDir, (lines) => lines.slice(0, 1));
    expect((await verifyAuditLog(dataDir)).problems).toEqual([]);
    expect(await unlockWarnings(dataDir, path)).toEqual([expect.stringMatching(/holds 1 entry, but 3 entries were sealed under this map's key: entries were removed/)]);
  });

  it('catches a seal rewritten without the key, and a seal deleted', async () => {
    const { dataDir, path } = await encryptedWithLog();
    const seals = JSON.parse(await readFile(auditSealsPath(dataDir), 'utf8')) as { seals: { entries: number; problems: string[] }[] };
    for (const seal of seals.seals) seal.entries = 1;
    await writeFile(auditSealsPath(dataDir), JSON.stringify(seals));
    await forgeLogAndHead(dataDir, (lines) => lines.slice(0, 1));
    expect(await unlockWarnings(dataDir, path)).toEqual([expect.stringMatching(/audit seal for this map was forged or changed/)]);

    const second = await encryptedWithLog();
    await rm(auditSealsPath(second.dataDir));
    expect(await unlockWarnings(second.dataDir, second.path)).toEqual([expect.stringMatching(/no audit seal for this map's key was found/)]);
  });

  it('keeps a forgery on record in the seal after the app appends again', async () => {
    const { dataDir, path } = await encryptedWithLog();
    await forgeLogAndHead(dataDir, (lines) => lines.slice(0, 1));
    // This unlock shows the forgery and appends its own entry; the next one must still show it.
    expect(await unlockWarnings(dataDir, path)).toHaveLength(1);
    expect(await unlockWarnings(dataDir, path)).toEqual([expect.stringMatching(/entries were removed \(found /)]);
  });
});
