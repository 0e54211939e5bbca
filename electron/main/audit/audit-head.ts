// The audit log's head record: `audit.head` beside the log, rewritten (atomically) after every
// append with how many entries the log holds and the hash of its last line. The hash chain inside
// the log shows a line changed, removed or inserted between others; only something kept apart
// from the log shows the end changing: the last line edited, the tail cut off, entries appended by
// hand, or the whole file deleted. Whatever a check finds is carried forward in the head, so the
// next append (which rewrites the head) cannot wash the evidence away.
//
// Limit, stated plainly: someone who can write the data folder can rewrite both files together,
// or delete both; the head shows changes made to the log alone. For an encrypted map the seal
// (audit-seal.ts, under a key from the map's passphrase) shows those too; a plain map has only this.
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../store/atomic-write';
import { errorCode, type FsPort } from '../store/fs-port';
import { decodeJsonBytes } from '../store/safe-json';
import { sha256Hex } from './audit-entry';

export const AUDIT_HEAD_FILE_NAME = 'audit.head';

const headSchema = z.strictObject({
  format: z.literal('coalition-audit-head'),
  version: z.literal(1),
  entries: z.number().int().min(0),
  /** sha-256 of the log's last line; null while the log is empty. */
  lastHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** Problems found before earlier appends, kept so an append cannot hide them. */
  problems: z.array(z.string().max(300)).max(100),
});

export type AuditHead = z.infer<typeof headSchema>;

export function auditHeadPath(dataDir: string): string {
  return join(dataDir, AUDIT_HEAD_FILE_NAME);
}

/** The head as found: absent, unreadable (edited or damaged), or the record. */
export type HeadRead = { readonly kind: 'absent' } | { readonly kind: 'unreadable' } | { readonly kind: 'head'; readonly head: AuditHead };

export async function readAuditHead(dataDir: string, fs: FsPort): Promise<HeadRead> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(auditHeadPath(dataDir));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'absent' };
    throw error;
  }
  const decoded = decodeJsonBytes(bytes);
  const parsed = decoded.ok ? headSchema.safeParse(decoded.value) : null;
  return parsed?.success ? { kind: 'head', head: parsed.data } : { kind: 'unreadable' };
}

export async function writeAuditHead(dataDir: string, head: AuditHead, fs: FsPort): Promise<void> {
  await writeFileAtomic(auditHeadPath(dataDir), `${JSON.stringify(head)}\n`, { fs });
}

/** The complete lines of a log's text (a line cut short by a crash counts: it is there). */
export function logLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

const entries = (n: number): string => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** What the log's end says against what the head recorded; empty when they agree. */
export function compareWithHead(lines: readonly string[], read: HeadRead): string[] {
  if (read.kind === 'unreadable') return ['the audit head (audit.head) was changed or damaged: the log\'s end cannot be checked'];
  if (read.kind === 'absent') {
    return lines.length === 0 ? [] : ['the audit head (audit.head) is missing: it was deleted, or the log predates it; the log\'s end cannot be checked'];
  }
  const { head } = read;
  const problems = [...head.problems];
  if (head.entries > 0 && lines.length === 0) problems.push(`the audit log is missing or empty, but ${entries(head.entries)} were recorded: it was deleted or emptied`);
  else if (lines.length < head.entries) problems.push(`the audit log ends ${entries(head.entries - lines.length)} short of the ${head.entries} recorded: its tail was cut off`);
  else if (lines.length > head.entries) {
    problems.push(`the audit log holds ${entries(lines.length - head.entries)} more than the ${head.entries} recorded: added outside the app (or a crash between the log and its head)`);
  } else if (lines.length > 0 && sha256Hex(lines.at(-1)!) !== head.lastHash) problems.push('the audit log\'s last entry is not the one recorded: it was edited');
  return problems;
}
