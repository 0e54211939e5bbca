// Writing an export the user asked for: never over the open map (whatever path spelling points
// there), atomically, and recorded in the audit log with counts and a hash, never names or paths.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ExportFileFormat, ExportSummary, SavedExport } from '../../shared/ipc';
import { appendAudit, sha256Hex } from './audit';
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

export interface ExportWrite {
  readonly target: string;
  readonly bytes: Uint8Array;
  readonly format: ExportFileFormat;
  readonly summary: ExportSummary;
  /** The open map's file, which an export must never replace; null when none is open. */
  readonly openMapPath: string | null;
  readonly dataDir: string;
  readonly clock: () => Date;
}

/** Throws before writing when the target is the open map; a failed write leaves the target as it was. */
export async function assertNotTheMap(target: string, openMapPath: string | null): Promise<void> {
  if (openMapPath !== null && (await isSameFile(target, openMapPath))) {
    throw new Error(`${basename(target)} is the open map; an export never replaces it. Choose another file name.`);
  }
}

export async function writeExport(write: ExportWrite): Promise<SavedExport> {
  const target = resolve(write.target);
  await assertNotTheMap(target, write.openMapPath);
  try {
    await writeFileAtomic(target, write.bytes);
  } catch (error) {
    const code = errorCode(error) ?? (error instanceof Error ? error.message : 'an error');
    throw new Error(`Could not write ${basename(target)} (${code}). Nothing was written.`);
  }
  const warnings: string[] = [];
  try {
    await appendAudit(
      write.dataDir,
      { action: 'export', recordCount: write.summary.records, fieldNames: [write.format], fileHash: sha256Hex(write.bytes), source: 'window', ...(write.summary.flags ? { flags: [...write.summary.flags] } : {}) },
      { clock: write.clock },
    );
  } catch (error) {
    // The export landed; a log that could not be written must not hide that, nor undo it.
    warnings.push(`The export was saved, but recording it in the audit log failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { path: target, warnings };
}
