// The audit trail: `audit.log` in the data folder, one JSON line per import, export, merge,
// deletion, purge, unlock or restore, private to the user (0600), only ever appended to. Each line
// carries the hash of the line before it, so an edited, removed or inserted line shows up when the
// chain is verified; the head record beside it (audit-head.ts) shows the end changing. A lock file keeps the app and the command line from interleaving appends.
import { join } from 'node:path';
import { PRIVATE_FILE_MODE, syncFolder } from '../store/atomic-write';
import { errorCode, nodeFs, type FsPort } from '../store/fs-port';
import { acquireMapLock, type MapLock } from '../store/lock';
import { auditEventSchema, auditLine, sha256Hex, type AuditEntry, type AuditEvent } from './audit-entry';
import { compareWithHead, logLines, readAuditHead, writeAuditHead } from './audit-head';
import { checkAuditSeal, writeAuditSeal } from './audit-seal';

export const AUDIT_FILE_NAME = 'audit.log';

export interface AuditOptions {
  readonly clock?: () => Date;
  readonly fs?: FsPort;
  /**
   * The open map's seal keys when it is encrypted (PassphraseCodec.auditSealKeys): the log's new end
   * is then sealed under them (audit-seal.ts). Absent for plain maps: only the plain head is kept.
   */
  readonly sealKeys?: readonly Uint8Array[];
}

export function auditLogPath(dataDir: string): string {
  return join(dataDir, AUDIT_FILE_NAME);
}

export async function readLogText(path: string, fs: FsPort): Promise<string> {
  try {
    return (await fs.readFile(path)).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return '';
    throw error;
  }
}

/** Appends briefly contend with another process; wait a little rather than drop the entry. */
async function lockLog(path: string, fs: FsPort): Promise<MapLock> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await acquireMapLock(path, fs);
    } catch (error) {
      if (attempt >= 40) throw new Error(`The audit log is busy (another Coalition Mapper process is writing it): ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    }
  }
}

/** Appends one entry and returns it. Throws on an event that could carry personal data. */
export async function appendAudit(dataDir: string, event: AuditEvent, options: AuditOptions = {}): Promise<AuditEntry> {
  const parsed = auditEventSchema.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Refused audit entry: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const fs = options.fs ?? nodeFs;
  const path = auditLogPath(dataDir);
  const lock = await lockLog(path, fs);
  try {
    const text = await readLogText(path, fs);
    const lines = logLines(text);
    const last = lines.at(-1);
    const entry: AuditEntry = { ts: (options.clock ?? (() => new Date()))().toISOString(), ...parsed.data, prevHash: last === undefined ? null : sha256Hex(last) };
    const head = await readAuditHead(dataDir, fs);
    // What the log's end shows now is carried into the new head (a missing head is adopted: logs
    // from before heads have none, and its absence was reported when the map was opened).
    const found = head.kind === 'absent' ? [] : compareWithHead(lines, head);
    const carried = head.kind === 'head' ? head.head.problems : [];
    const problems = [...carried, ...found.filter((p) => !carried.includes(p)).map((p) => `${p} (found ${entry.ts})`)].slice(-100);
    // A line cut short by a crash stays visible to the verifier; ours starts on a fresh line.
    const prefix = text !== '' && !text.endsWith('\n') ? '\n' : '';
    const handle = await fs.open(path, 'a', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(`${prefix}${auditLine(entry)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.chmod(path, PRIVATE_FILE_MODE);
    if (text === '') await syncFolder(fs, dataDir);
    const line = auditLine(entry);
    await writeAuditHead(dataDir, { format: 'coalition-audit-head', version: 1, entries: lines.length + 1, lastHash: sha256Hex(line), problems }, fs);
    if (options.sealKeys && options.sealKeys.length > 0) await resealLog(dataDir, [...lines, line], options.sealKeys, found, entry.ts, fs);
    return entry;
  } finally {
    await lock.release();
  }
}

/**
 * Seals the log's new end (`lines`, the appended one last) under the map's keys, carrying what its
 * seal held and what was found now, the plain head's findings included: a forger who rewrites the
 * head can wash those out of it, not out of the seal. A first seal carries nothing.
 */
async function resealLog(dataDir: string, lines: readonly string[], keys: readonly Uint8Array[], headFound: readonly string[], ts: string, fs: FsPort): Promise<void> {
  const check = await checkAuditSeal(dataDir, lines.slice(0, -1), keys, fs);
  const fresh = [...headFound, ...(check.absent ? [] : check.found)].filter((p) => !check.carried.includes(p)).map((p) => `${p} (found ${ts})`);
  await writeAuditSeal(dataDir, lines, keys, [...check.carried, ...fresh], fs);
}
