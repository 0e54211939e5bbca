// One writer per map: a lock file beside it naming its owner (lock-owner.ts).
//
// Taking the lock is one atomic step: the owner record is written whole to a private temp file and
// fsynced, then hard-linked to `<map>.lock`. link() fails with EEXIST when the name is taken, so a
// lock file is never seen half-written and two takers can never both succeed.
//
// Taking over a stale lock (its owner no longer runs) is the delicate part: POSIX has no "delete
// this name only if it is still that file", so a taker that deletes by name could delete the fresh
// lock another taker placed a moment after the stale one went. So stale locks are only removed
// under a second, short-lived lock, `<map>.lock.takeover`, taken the same way (link). Under it the
// taker reads the lock again and deletes it only if it is still the very file judged stale (same
// inode, same bytes). Nothing else can change that name meanwhile: other takers of stale locks
// need the takeover lock; a fresh taker's link() fails while the stale file is there; and a stale
// lock's owner is gone, so it will not release it. After the delete anyone may link a new lock,
// ourselves included, and link() again decides who wins.
//
// The takeover lock is held for a few milliseconds, but its holder may die in them. A takeover lock
// whose owner is dead is moved to a unique name (rename is atomic) and deleted only if the moved
// file is the one judged dead; if it is not, the fresh one is linked back. See takeover() for the
// one narrow case left (two takers clearing the same dead takeover lock while a third arrives).
import { randomBytes } from 'node:crypto';
import { MapFileError } from './errors';
import { errorCode, type FsPort } from './fs-port';
import { removeQuietly, writeDurableTemp } from './atomic-write';
import {
  isProcessAlive,
  judgeOwner,
  newOwner,
  ownerBytes,
  parseLockContent,
  processStartTime,
  type LockOwner,
  type ProcessView,
} from './lock-owner';

export { isProcessAlive } from './lock-owner';

export interface MapLock {
  readonly path: string;
  release(): Promise<void>;
}

export interface LockOptions {
  /** How this process sees others (tests pose as a reused pid or another computer). */
  readonly view?: Partial<ProcessView>;
  /** An empty or garbled lock younger than this may be a writer of an older version mid-write. */
  readonly graceMs?: number;
  readonly now?: () => number;
}

export function lockPathFor(mapPath: string): string {
  return `${mapPath}.lock`;
}

/** Nonces of locks this process holds, or is taking right now (their takeover locks count too). */
const liveNonces = new Set<string>();

const DEFAULT_GRACE_MS = 5_000;
const ATTEMPTS = 40;
/** link() is refused on file systems without hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK']);

interface Seen {
  readonly bytes: Buffer;
  readonly ino: number;
  readonly mtimeMs: number;
}

interface Context {
  readonly fs: FsPort;
  readonly view: ProcessView;
  readonly graceMs: number;
  readonly now: () => number;
}

function viewOf(options: LockOptions): ProcessView {
  return {
    host: options.view?.host ?? newOwner().host,
    pid: options.view?.pid ?? process.pid,
    isAlive: options.view?.isAlive ?? isProcessAlive,
    startTime: options.view?.startTime ?? ((pid) => processStartTime(pid)),
    holds: options.view?.holds ?? ((nonce) => liveNonces.has(nonce)),
  };
}

async function inspect(fs: FsPort, path: string): Promise<Seen | null> {
  try {
    const stat = await fs.stat(path);
    const bytes = await fs.readFile(path);
    return { bytes, ino: stat.ino, mtimeMs: stat.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function sameFile(a: Seen, b: Seen): boolean {
  return a.ino === b.ino && a.bytes.equals(b.bytes);
}

/** Who holds it, or null when the lock seen is stale. */
function liveHolder(seen: Seen, ctx: Context): string | null {
  const content = parseLockContent(seen.bytes);
  if (content.kind === 'garbled') {
    // Only a create-then-write writer leaves these, and only for an instant: a young one is being
    // written now. Either sign of the age counts, so a clock set back cannot keep it young for hours.
    return Math.abs(ctx.now() - seen.mtimeMs) < ctx.graceMs ? 'a program opening it at this moment' : null;
  }
  const verdict = judgeOwner(content, ctx.view);
  return verdict.live ? verdict.who : null;
}

/** Puts our record at `name`: true when placed, false when the name is taken. */
async function place(ctx: Context, record: string, owner: LockOwner, name: string): Promise<boolean> {
  try {
    await ctx.fs.link(record, name);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code ?? '')) throw error;
  }
  // No hard links here: exclusive create, then write. A reader may see it empty for an instant,
  // which the grace period covers.
  try {
    const handle = await ctx.fs.open(name, 'wx', 0o600);
    try {
      await handle.writeFile(ownerBytes(owner));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

function locked(mapPath: string, message: string): MapFileError {
  return new MapFileError('locked', mapPath, `${mapPath}: ${message}`);
}

export async function acquireMapLock(mapPath: string, fs: FsPort, options: LockOptions = {}): Promise<MapLock> {
  const lockPath = lockPathFor(mapPath);
  const ctx: Context = { fs, view: viewOf(options), graceMs: options.graceMs ?? DEFAULT_GRACE_MS, now: options.now ?? Date.now };
  const owner = newOwner();
  liveNonces.add(owner.nonce);
  let record: string;
  try {
    record = await writeDurableTemp(lockPath, ownerBytes(owner), fs);
  } catch (error) {
    liveNonces.delete(owner.nonce);
    if (errorCode(error) === 'ENOENT') throw new MapFileError('missing', mapPath, `${mapPath}: the folder of this map was not found`);
    throw locked(mapPath, `could not take the lock (${errorCode(error) ?? 'unknown error'})`);
  }
  try {
    await takeLock(mapPath, lockPath, record, owner, ctx);
  } catch (error) {
    liveNonces.delete(owner.nonce);
    throw error;
  } finally {
    await removeQuietly(fs, record);
  }
  // No folder fsync: after a power loss every owner is gone, so a lost lock file loses nothing.
  return lockHandle(lockPath, owner, fs);
}

async function takeLock(mapPath: string, lockPath: string, record: string, owner: LockOwner, ctx: Context): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (await place(ctx, record, owner, lockPath)) return;
    const seen = await inspect(ctx.fs, lockPath);
    if (seen === null) continue; // released between our link and our look: try again
    const holder = liveHolder(seen, ctx);
    if (holder === 'this window') throw locked(mapPath, 'this map is already open in this window. Close it there first.');
    if (holder !== null) throw locked(mapPath, `this map is already open in another window or program (${holder}). Close it there first.`);
    await takeover(lockPath, seen, record, owner, ctx);
  }
  throw locked(mapPath, 'other programs kept taking this map\'s lock at the same moment; try again');
}

/** Deletes the stale lock `seen` if it is still there, under the takeover lock; returns to retry. */
async function takeover(lockPath: string, seen: Seen, record: string, owner: LockOwner, ctx: Context): Promise<void> {
  const guard = `${lockPath}.takeover`;
  if (!(await place(ctx, record, owner, guard))) {
    const held = await inspect(ctx.fs, guard);
    if (held !== null && liveHolder(held, ctx) === null) await clearDeadGuard(guard, held, ctx.fs);
    else await pause(); // another taker is at it: look again in a moment
    return;
  }
  try {
    const now = await inspect(ctx.fs, lockPath);
    if (now !== null && sameFile(now, seen)) await ctx.fs.unlink(lockPath);
  } finally {
    await removeQuietly(ctx.fs, guard);
  }
}

/**
 * A dead taker's takeover lock: moved to a unique name and deleted only when the moved file is the
 * one judged dead; otherwise a live taker's fresh one was moved, and it is linked straight back. The
 * narrow case left: between that move and the link back a third taker links its own takeover lock,
 * so two takers hold it. Both then delete the stale lock only if it is still the very file they
 * judged (inode and bytes), so the worst is a needless retry, unless one of them has meanwhile
 * taken the lock and the other deletes it: that needs three takers within microseconds of a taker
 * dying in its own few-millisecond takeover, and is accepted.
 */
async function clearDeadGuard(guard: string, judged: Seen, fs: FsPort): Promise<void> {
  const aside = `${guard}.${process.pid}.${randomBytes(6).toString('hex')}.dead`;
  try {
    await fs.rename(guard, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = await inspect(fs, aside);
  if (moved !== null && !sameFile(moved, judged)) {
    try {
      await fs.link(aside, guard);
    } catch {
      // Someone took the takeover lock meanwhile; theirs stands.
    }
  }
  await removeQuietly(fs, aside);
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
}

function lockHandle(lockPath: string, owner: LockOwner, fs: FsPort): MapLock {
  let released = false;
  return {
    path: lockPath,
    async release() {
      if (released) return;
      released = true;
      try {
        // Remove the lock only while it is still ours.
        const seen = await inspect(fs, lockPath);
        const content = seen === null ? null : parseLockContent(seen.bytes);
        if (content?.kind === 'owner' && content.owner.nonce === owner.nonce) await fs.unlink(lockPath);
      } catch {
        // A drive gone read-only: the file stays, but it names a nonce no longer live, so this
        // process counts it as stale at once, and every other process when this one ends.
      } finally {
        liveNonces.delete(owner.nonce);
      }
    },
  };
}
