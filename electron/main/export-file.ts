// Writing an export the user asked for: never over the open map (whatever path spelling points
// there), atomically, and recorded in the audit log with counts and a hash, never names or paths.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ExportFileFormat, ExportSummary } from '../../shared/ipc';
import { appendAudit, sha256Hex, type AuditOptions } from './audit';
import { writeFileAtomic } from './store';
import { errorCode } from './store/fs-port';

/** True when both paths name the same file (same path, or a link or another spelling of it). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Throws before writing when the target is the open map; a failed write leaves the target as it was. */
export async function assertNotTheMap(target: string, openMapPath: string | null): Promise<void> {
  if (openMapPath !== null && (await isSameFile(target, openMapPath))) {
    throw new Error(`${basename(target)} is the open map; an export never replaces it. Choose another file name.`);
  }
}

/** Writes the export atomically, never over the open map; returns where it landed. A failed write leaves the target as it was. */
export async function writeExportFile(chosen: string, bytes: Uint8Array, openMapPath: string | null): Promise<string> {
  const target = resolve(chosen);
  await assertNotTheMap(target, openMapPath);
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    const code = errorCode(error) ?? (error instanceof Error ? error.message : 'an error');
    throw new Error(`Could not write ${basename(target)} (${code}). Nothing was written.`);
  }
  return target;
}

/** Logs an export that landed: counts, its format and the hash of its bytes. Returns warnings rather than throwing. */
export async function recordExport(dataDir: string, options: AuditOptions, bytes: Uint8Array, format: ExportFileFormat, summary: ExportSummary): Promise<string[]> {
  try {
    const flags = summary.flags ? { flags: [...summary.flags] } : {};
    await appendAudit(dataDir, { action: 'export', recordCount: summary.records, fieldNames: [format], fileHash: sha256Hex(bytes), source: 'window', ...flags }, options);
    return [];
  } catch (error) {
    // The export landed; a log that could not be written must not hide that, nor undo it.
    return [`The export was saved, but recording it in the audit log failed: ${error instanceof Error ? error.message : String(error)}`];
  }
}
