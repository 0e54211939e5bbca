// The backend's survivor-safe channels: unlocking an encrypted map, setting, changing or removing
// its passphrase, locking (the key leaves memory), and retention purges. They work on the open map
// and its codec, which backend.ts owns and lends through `SecurityContext`.
import { readFile } from 'node:fs/promises';
import type { CoalitionBackend, Notice, OpenResult, PassphraseChange, PurgeReport } from '../../shared/ipc';
import { purgeInactive as purgeMap } from '../../shared/retention';
import { appendAudit, sha256Hex, type AuditEvent } from './audit';
import { createPassphraseCodec, unlockPassphraseCodec, type PassphraseCodec } from './crypto';
import { isMapFileError, type MapStore } from './store';
import { purgeFromBackupsWarning } from './store/purge-from-backups';

export interface SecurityContext {
  readonly dataDir: string;
  /** Where the map's backup generations live (a purge rewrites them). */
  readonly backupDir: string;
  readonly clock: () => Date;
  current(): MapStore | null;
  codec(): PassphraseCodec | null;
  /** Replaces the open map's codec (after the store was re-keyed); the old one is forgotten by the caller. */
  setCodec(next: PassphraseCodec | null): void;
  /** Opens a map with the given codec, as every other open does (problems come back, not thrown). */
  openPath(path: string, notices: Notice[], codec: PassphraseCodec | null): Promise<OpenResult>;
  /** The problem screen's answer for a map that failed to open with `error`. */
  problemFor(path: string, error: unknown): Promise<OpenResult>;
  /** Closes the open map, forgets its key, and remembers its path for the unlock screen. */
  lock(): Promise<void>;
  /** A path the window may name: the open map, the one that failed to open, or a recent one. */
  assertKnown(path: string): string;
  writeFailure(error: unknown, what: string): Error;
}

type SecurityHandlers = Pick<CoalitionBackend, 'unlockMap' | 'setPassphrase' | 'lockNow' | 'purgeInactive'>;

export function createSecurityHandlers(ctx: SecurityContext): SecurityHandlers {
  /** Appends an audit entry; a log that cannot be written must not undo what already landed. */
  async function audit(event: Omit<AuditEvent, 'fileHash'>, file: string, warnings: string[]): Promise<void> {
    try {
      const fileHash = sha256Hex(await readFile(file));
      await appendAudit(ctx.dataDir, { ...event, fileHash }, { clock: ctx.clock });
    } catch (error) {
      warnings.push(ctx.writeFailure(error, `Recording the ${event.action} in the audit log`).message);
    }
  }

  function requireOpen(what: string): MapStore {
    const store = ctx.current();
    if (!store) throw new Error(`No map is open, so ${what}.`);
    return store;
  }

  /** Proves `passphrase` opens the map as it is on disk now; throws a plain sentence when it does not. */
  async function checkCurrentPassphrase(path: string, passphrase: string | null): Promise<void> {
    if (passphrase === null) throw new Error('This map is protected: enter its current passphrase to change or remove it. Nothing was changed.');
    let proof: PassphraseCodec | null;
    try {
      proof = await unlockPassphraseCodec(await readFile(path), passphrase, path);
    } catch (error) {
      if (isMapFileError(error) && error.reason === 'wrong-passphrase') {
        throw new Error('The current passphrase is not right, so nothing was changed.');
      }
      throw error;
    }
    proof?.forget();
  }

  return {
    async unlockMap({ path, passphrase }) {
      const target = ctx.assertKnown(path);
      const open = ctx.current();
      if (open?.path === target) return ctx.openPath(target, [], ctx.codec());
      let bytes: Buffer;
      let codec: PassphraseCodec | null;
      try {
        bytes = await readFile(target);
        codec = await unlockPassphraseCodec(bytes, passphrase, target);
      } catch (error) {
        if (isMapFileError(error)) return ctx.problemFor(target, error);
        // Read failures (missing, permission) are described by the ordinary open.
        return ctx.openPath(target, [], null);
      }
      const result = await ctx.openPath(target, [], codec);
      if (result.status !== 'opened') {
        codec?.forget();
        return result;
      }
      const warnings: string[] = [];
      await audit({ action: 'unlock', recordCount: result.map.stakeholders.length, fieldNames: [] }, target, warnings);
      return { ...result, notices: [...result.notices, ...warnings.map((message): Notice => ({ level: 'warning', message }))] };
    },

    async setPassphrase({ current, next }): Promise<PassphraseChange> {
      const store = requireOpen('no passphrase was set');
      const before = ctx.codec();
      if (before !== null) await checkCurrentPassphrase(store.path, current);
      else if (next === null) throw new Error('This map has no passphrase, so there is none to remove.');
      const after = next === null ? null : await createPassphraseCodec(next);
      let report;
      try {
        report = await store.changeCodec(after);
      } catch (error) {
        after?.forget();
        throw ctx.writeFailure(error, next === null ? 'Removing the passphrase' : 'Setting the passphrase');
      }
      ctx.setCodec(after);
      before?.forget();
      const warnings: string[] = [];
      await audit({ action: 'passphrase-change', recordCount: report.rewritten.length, fieldNames: [] }, store.path, warnings);
      return { rewrittenBackups: report.rewritten.length, skippedBackups: report.leftAsTheyWere.length, warnings };
    },

    async lockNow() {
      await ctx.lock();
    },

    async purgeInactive({ mode, inactiveDays, dryRun }): Promise<PurgeReport> {
      const store = requireOpen('nothing was purged');
      const purgeMode = mode === 'remove' ? 'remove-stakeholders' : 'clear-notes';
      const result = purgeMap(store.map, { mode: purgeMode, inactiveDays, now: ctx.clock() });
      if (dryRun || result.affected === 0) {
        return { affected: result.affected, tiesRemoved: result.tiesRemoved, map: dryRun ? null : store.map, warnings: [] };
      }
      try {
        await store.save(result.map);
      } catch (error) {
        throw ctx.writeFailure(error, 'Saving the purged map');
      }
      // After the save: it may have taken a backup of the map as it was, and that goes too.
      const location = { backupDir: ctx.backupDir, codec: ctx.codec() };
      const warnings = await purgeFromBackupsWarning(store.path, { mode: purgeMode, affectedIds: result.affectedIds }, location);
      await audit({ action: 'purge', recordCount: result.affected, fieldNames: [...result.fieldNames] }, store.path, warnings);
      return { affected: result.affected, tiesRemoved: result.tiesRemoved, map: store.map, warnings };
    },
  };
}
