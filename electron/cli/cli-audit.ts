// The command line's part of the audit trail: import, merge and export write the same entries the
// window does, into the same data folder's log (COALITION_DATA_DIR, else the app's user-data
// folder), marked as from the command line and with the flags they ran with. Then the log is
// checked, and what the check found is one line of the command's output.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { appendAudit, describeAuditReport, sha256Hex, verifyAuditLog, type AuditEvent } from '../main/audit';
import { backupDirFor } from './import';
import type { CliIO } from './types';

/** The data folder whose audit log the command line writes: the one the app uses. */
export function cliDataDir(env: CliIO['env']): string {
  return dirname(backupDirFor(env));
}

export interface CliAuditEvent {
  readonly action: AuditEvent['action'];
  readonly recordCount: number;
  readonly fieldNames?: readonly string[];
  readonly flags: readonly string[];
  /** The file the operation wrote (the map after an import or merge, the export), hashed as written. */
  readonly writtenFile: string;
}

/**
 * Records a finished operation and prints the log's check. Never throws: the operation already
 * landed, and a log that cannot be written must not make it look failed (it says so instead).
 */
export async function recordCliAudit(io: CliIO, event: CliAuditEvent): Promise<void> {
  const dataDir = cliDataDir(io.env);
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const fileHash = sha256Hex(await readFile(event.writtenFile));
    await appendAudit(dataDir, {
      action: event.action, recordCount: event.recordCount, fieldNames: [...(event.fieldNames ?? [])], fileHash, source: 'cli', flags: [...event.flags],
    });
    io.out(describeAuditReport(await verifyAuditLog(dataDir)));
  } catch (error) {
    io.err(`warning: the ${event.action} was done, but recording it in the audit log failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
