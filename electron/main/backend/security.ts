// The backend's survivor-safe channels: unlocking an encrypted map, setting, changing or removing
// its passphrase, locking (the key leaves memory), and retention purges. Each works on the open map
// and its key in the session, and runs in the queue.
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { CoalitionBackend, Notice, OpenResult, PassphraseChange, PurgeReport } from '../../../shared/ipc';
import { purgeInactive as purgeMap } from '../../../shared/retention';
import { appendAudit, sha256Hex, type AuditEvent } from '../audit';
import { createPassphraseCodec, unlockPassphraseCodec, type PassphraseCodec } from '../crypto';
import { isMapFileError } from '../store';
import { isNeutralName, nameReveals, neutralMapPath } from '../store/neutral-name';
import { purgeFromBackupsWarning } from '../store/purge-from-backups';
import type { HandlerContext } from './context';
import type { MapSession } from './map-session';
import { queued } from '../queue';
import { writeFailure } from './write-failure';

type SecurityHandlers = Pick<CoalitionBackend, 'unlockMap' | 'setPassphrase' | 'lockNow' | 'purgeInactive'>;

export function createSecurityHandlers({ session, inOrder }: HandlerContext): SecurityHandlers {
  return {
    unlockMap: queued(inOrder, ({ path, passphrase }) => unlockMap(session, session.assertKnown(path), passphrase)),
    setPassphrase: queued(inOrder, ({ current, next }) => setPassphrase(session, current, next)),
    lockNow: queued(inOrder, () => session.lock()),
    purgeInactive: queued(inOrder, ({ mode, inactiveDays, dryRun }) => purgeInactive(session, mode, inactiveDays, dryRun)),
  };
}

/** Appends an audit entry; a log that cannot be written must not undo what already landed. */
async function audit(session: MapSession, event: Omit<AuditEvent, 'fileHash'>, file: string, warnings: string[]): Promise<void> {
  try {
    const fileHash = sha256Hex(await readFile(file));
    await appendAudit(session.dataDir, { ...event, fileHash, source: 'window' }, session.auditOptions());
  } catch (error) {
    warnings.push(writeFailure(error, `Recording the ${event.action} in the audit log`).message);
  }
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

async function unlockMap(session: MapSession, target: string, passphrase: string): Promise<OpenResult> {
  if (session.isOpen(target)) return session.open(target, [], session.codec);
  let codec: PassphraseCodec | null;
  try {
    codec = await unlockPassphraseCodec(await readFile(target), passphrase, target);
  } catch (error) {
    if (isMapFileError(error)) return session.problemFor(target, error);
    // Read failures (missing, permission) are described by the ordinary open.
    return session.open(target, [], null);
  }
  const result = await session.open(target, [], codec);
  if (result.status !== 'opened') {
    codec?.forget();
    return result;
  }
  const warnings: string[] = [];
  await audit(session, { action: 'unlock', recordCount: result.map.stakeholders.length, fieldNames: [] }, target, warnings);
  return { ...result, notices: [...result.notices, ...warnings.map((message): Notice => ({ level: 'warning', message }))] };
}

async function setPassphrase(session: MapSession, current: string | null, next: string | null): Promise<PassphraseChange> {
  const store = session.requireOpen('no passphrase was set');
  const before = session.codec;
  if (before !== null) await checkCurrentPassphrase(store.path, current);
  else if (next === null) throw new Error('This map has no passphrase, so there is none to remove.');
  const after = next === null ? null : await createPassphraseCodec(next);
  let report;
  try {
    report = await store.changeCodec(after);
  } catch (error) {
    after?.forget();
    throw writeFailure(error, next === null ? 'Removing the passphrase' : 'Setting the passphrase');
  }
  session.rekeyed(after);
  before?.forget();
  const warnings: string[] = [];
  // The recent list names a map only while it is not encrypted.
  await session.renamed(store, []);
  const moved = after === null ? null : await neutralName(session, warnings);
  const now = session.requireOpen();
  await audit(session, { action: 'passphrase-change', recordCount: report.rewritten.length, fieldNames: [] }, now.path, warnings);
  const change = { rewrittenBackups: report.rewritten.length, skippedBackups: report.leftAsTheyWere.length, warnings };
  return moved === null ? change : { ...change, movedTo: { path: now.path, fileName: basename(now.path) } };
}

/**
 * A map just encrypted whose file name shows its coalition's name: in the app's maps folder it moves
 * to a neutral name (returned); elsewhere the user is told. Null when nothing moved.
 */
async function neutralName(session: MapSession, warnings: string[]): Promise<string | null> {
  const store = session.requireOpen();
  if (!nameReveals(store.path, store.map.coalition.name) || isNeutralName(store.path)) return null;
  if (dirname(store.path) !== session.mapsDir) {
    warnings.push(`The map is encrypted, but its file name (${basename(store.path)}) still shows the coalition's name. Rename the file if that matters.`);
    return null;
  }
  try {
    const moved = await session.moveOpenMap(await neutralMapPath(session.mapsDir));
    return moved.path;
  } catch (error) {
    warnings.push(writeFailure(error, 'Giving the encrypted map a file name that does not show its coalition').message);
    return null;
  }
}

async function purgeInactive(session: MapSession, mode: 'remove' | 'notes', inactiveDays: number, dryRun: boolean): Promise<PurgeReport> {
  const store = session.requireOpen('nothing was purged');
  const purgeMode = mode === 'remove' ? 'remove-stakeholders' : 'clear-notes';
  const result = purgeMap(store.map, { mode: purgeMode, inactiveDays, now: session.clock() });
  if (dryRun || result.affected === 0) {
    return { affected: result.affected, tiesRemoved: result.tiesRemoved, map: dryRun ? null : store.map, warnings: [] };
  }
  try {
    await store.save(result.map);
  } catch (error) {
    throw writeFailure(error, 'Saving the purged map');
  }
  // After the save: it may have taken a backup of the map as it was, and that goes too.
  const location = { backupDir: session.backupDir, codec: session.codec };
  const warnings = await purgeFromBackupsWarning(store.path, { mode: purgeMode, affectedIds: result.affectedIds }, location);
  await audit(session, { action: 'purge', recordCount: result.affected, fieldNames: [...result.fieldNames] }, store.path, warnings);
  return { affected: result.affected, tiesRemoved: result.tiesRemoved, map: store.map, warnings };
}
