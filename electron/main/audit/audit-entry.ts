// What one audit entry may hold: an action, a count, field names, a file hash, where it came from
// and the flags it ran with. Never names,
// contents or paths (a file name can name a person). The checks run on write and on read.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AUDIT_FLAG } from '../../../shared/audit-flags';
import { AUDIT_FIELD_NAME } from '../../../shared/ipc';

export const AUDIT_ACTIONS = [
  'import',
  'export',
  'merge',
  'delete',
  'purge',
  'unlock',
  'restore',
  'passphrase-change',
  // Sync events (a shared map): the count is the organizers or changes concerned, never who.
  'sync-share',
  'sync-join',
  'sync-refused',
  'sync-member-removed',
  'sync-clean-copy',
  'sync-followed',
  'sync-restricted-share',
  'sync-restricted-join',
  'sync-restricted-add',
  'sync-restricted-leave',
  'sync-restricted-remove',
  // The window's Undo on a shared map: one own change taken back for everyone, or refused in words.
  'sync-undo',
  'sync-undo-refused',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Field names are schema names ("notes", "address"), not free text that could carry personal data. */
const FIELD_NAME = AUDIT_FIELD_NAME;
const SHA256_HEX = /^[0-9a-f]{64}$/;

const eventShape = {
  action: z.enum(AUDIT_ACTIONS),
  recordCount: z.number().int().min(0),
  fieldNames: z.array(z.string().regex(FIELD_NAME, 'a field name must be a short identifier')).max(200),
  fileHash: z.string().regex(SHA256_HEX, 'a file hash must be 64 lowercase hex digits').nullable(),
  /** Where the operation came from; absent in entries written before it was recorded. */
  source: z.enum(['window', 'cli']).optional(),
  /** The options it ran with (shared/audit-flags.ts): words, never free text. */
  flags: z.array(z.string().regex(AUDIT_FLAG, 'a flag must be a short lowercase word')).max(20).optional(),
};

export const auditEventSchema = z.strictObject(eventShape);
export const auditEntrySchema = z.strictObject({
  ts: z.iso.datetime(),
  ...eventShape,
  /** sha-256 of the previous line's text; null for the first entry. */
  prevHash: z.string().regex(SHA256_HEX).nullable(),
});

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export function sha256Hex(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * One line of the log, keys in a fixed order so the same entry always hashes the same. Source and
 * flags appear only when set, so lines written before they existed still read back identically.
 */
export function auditLine(entry: AuditEntry): string {
  const { ts, action, recordCount, fieldNames, fileHash, source, flags, prevHash } = entry;
  return JSON.stringify({ ts, action, recordCount, fieldNames, fileHash, ...(source === undefined ? {} : { source }), ...(flags === undefined ? {} : { flags }), prevHash });
}
