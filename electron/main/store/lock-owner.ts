// Who holds a map's lock, and whether that holder still runs. A pid alone is not enough: pids are
// reused, so a lock naming a pid that now belongs to some other program would keep the map locked
// for good. The record names the process by pid, the moment it started and the computer it runs on.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { errorCode } from './fs-port';

export interface LockOwner {
  readonly pid: number;
  /**
   * When the process started, as the kernel counts it (Linux: /proc/<pid>/stat field 22, clock
   * ticks since boot). Null where it cannot be read (macOS, Windows): there only the pid's
   * liveness is checked, so a reused pid there still looks alive until that process ends.
   */
  readonly start: string | null;
  readonly host: string;
  /** Unique per lock taken: tells this process's own locks apart (held now, or released earlier). */
  readonly nonce: string;
}

/** What a lock file's bytes say about its owner. */
export type LockContent =
  | { readonly kind: 'owner'; readonly owner: LockOwner }
  /** Written by an earlier version of the app: just a pid. */
  | { readonly kind: 'legacy-pid'; readonly pid: number }
  /** Empty, cut short or not ours: a writer died mid-write (only older versions could leave this). */
  | { readonly kind: 'garbled' };

/** A process's start time, or null when the platform has no cheap way to read it. */
export function processStartTime(pid: number, platform: NodeJS.Platform = process.platform): string | null {
  if (platform !== 'linux') return null;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces or ')': count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field 22 (starttime) is fields[19].
  const start = fields[19];
  return start !== undefined && /^\d+$/.test(start) ? start : null;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

export function newOwner(): LockOwner {
  return { pid: process.pid, start: processStartTime(process.pid), host: hostname(), nonce: randomBytes(12).toString('hex') };
}

export function ownerBytes(owner: LockOwner): string {
  return `${JSON.stringify(owner)}\n`;
}

export function parseLockContent(bytes: Buffer): LockContent {
  const text = bytes.toString('utf8').trim();
  if (/^\d{1,10}$/.test(text)) {
    const pid = Number(text);
    return pid > 0 ? { kind: 'legacy-pid', pid } : { kind: 'garbled' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'garbled' };
  }
  if (value === null || typeof value !== 'object') return { kind: 'garbled' };
  const r = value as Record<string, unknown>;
  const validStart = r.start === null || typeof r.start === 'string';
  if (!Number.isInteger(r.pid) || (r.pid as number) <= 0 || !validStart || typeof r.host !== 'string' || typeof r.nonce !== 'string') {
    return { kind: 'garbled' };
  }
  return { kind: 'owner', owner: { pid: r.pid as number, start: r.start as string | null, host: r.host, nonce: r.nonce } };
}

/** How this process sees processes: a seam so tests can pose as another computer or a reused pid. */
export interface ProcessView {
  readonly host: string;
  readonly pid: number;
  isAlive(pid: number): boolean;
  startTime(pid: number): string | null;
  /** Nonces of the locks this process holds right now. */
  holds(nonce: string): boolean;
}

export type OwnerVerdict =
  | { readonly live: true; readonly who: string }
  | { readonly live: false };

/** Whether the named owner still runs. Another computer's owner cannot be checked: it counts as live. */
export function judgeOwner(content: LockContent, view: ProcessView): OwnerVerdict {
  if (content.kind === 'garbled') return { live: false };
  if (content.kind === 'legacy-pid') {
    // No start time recorded: a live pid is taken at its word (the safe side).
    return view.isAlive(content.pid) ? { live: true, who: `process ${content.pid}` } : { live: false };
  }
  const { owner } = content;
  if (owner.host !== view.host) return { live: true, who: `process ${owner.pid} on the computer "${owner.host}"` };
  if (owner.pid === view.pid) {
    // Our own pid: live only while we hold that very lock. A lock we released but could not
    // delete (a drive gone read-only) must not keep the map locked until we quit.
    return view.holds(owner.nonce) ? { live: true, who: 'this window' } : { live: false };
  }
  if (!view.isAlive(owner.pid)) return { live: false };
  const start = view.startTime(owner.pid);
  // A different start time: the pid was reused by a later process, the owner is gone.
  if (owner.start !== null && start !== null && start !== owner.start) return { live: false };
  return { live: true, who: `process ${owner.pid}` };
}
