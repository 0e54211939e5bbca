// Re-encrypts a map and every backup generation under a new codec (a new passphrase, encryption
// turned on, or turned off), all or nothing: see rekey-journal.ts for the steps and the recovery.
import { removeQuietly, writeDurableTemp } from './atomic-write';
import { applyMoves, removeJournal, writeJournal, type Protection, type RekeyMove } from './rekey-journal';
import { backupFileFor, backupIds, type BackupLocation } from './backups';
import { toStored, type ByteCodec } from './codec';
import { nodeFs } from './fs-port';
import { decodeMapBytes, plainBytesOf } from './read-map';

export interface RekeyReport {
  /** Backup ids now stored under the new codec. */
  readonly rewritten: readonly string[];
  /** Backup ids that could be read with neither codec (damaged, or under another passphrase); left as they are. */
  readonly leftAsTheyWere: readonly string[];
}

/** Plain bytes of a stored backup under either codec, checked to be a real map; null when neither opens it. */
function openWithEither(bytes: Uint8Array, file: string, location: BackupLocation, from: ByteCodec | null, to: ByteCodec | null): Uint8Array | null {
  for (const codec of [from, to]) {
    try {
      const plain = plainBytesOf(bytes, file, codec);
      decodeMapBytes(plain, file, location.migrations);
      return plain;
    } catch {
      continue;
    }
  }
  return null;
}

/**
 * Changes the codec of the map and every backup generation as one step (rekey-journal.ts): all new
 * forms are written to durable temp files first, the journal's commit makes them the truth, and
 * only then are they renamed into place. `mapPlain` is the map's content in plain bytes.
 */
export async function rekeyMapAndBackups(
  mapPath: string,
  mapPlain: string,
  location: BackupLocation,
  from: ByteCodec | null,
  to: ByteCodec | null,
  now: Date,
): Promise<RekeyReport> {
  const fs = location.fs ?? nodeFs;
  const change = { startedAt: now.toISOString(), from: protection(from), to: protection(to) } as const;
  await writeJournal(mapPath, fs, { ...change, phase: 'prepared', moves: [] });
  const moves: RekeyMove[] = [];
  const rewritten: string[] = [];
  const leftAsTheyWere: string[] = [];
  try {
    for (const id of await backupIds(mapPath, location)) {
      const file = backupFileFor(mapPath, id, location.backupDir);
      const plain = openWithEither(await fs.readFile(file), file, location, from, to);
      if (plain === null) {
        leftAsTheyWere.push(id);
        continue;
      }
      moves.push({ temp: await writeDurableTemp(file, toStored(plain, to), fs), target: file });
      rewritten.push(id);
    }
    moves.push({ temp: await writeDurableTemp(mapPath, toStored(mapPlain, to), fs), target: mapPath });
    await writeJournal(mapPath, fs, { ...change, phase: 'committed', moves });
  } catch (error) {
    // Not committed: nothing was replaced. Drop the temps and the journal; the change did not happen.
    for (const move of moves) await removeQuietly(fs, move.temp);
    await removeJournal(mapPath, fs);
    throw error;
  }
  // Committed: from here a failure is finished at the next open, so it is not undone here.
  await applyMoves(moves, fs);
  await removeJournal(mapPath, fs);
  return { rewritten, leftAsTheyWere };
}

function protection(codec: ByteCodec | null): Protection {
  return codec === null ? 'plain' : 'encrypted';
}
