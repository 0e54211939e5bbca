// The audit log's check, run whenever the window opens a map: a log that was cut, edited, deleted
// or added to by hand is a warning in the window (the notices shown with the map), worded by
// describeAuditReport. An intact log says nothing, so a normal open stays quiet.
import type { Notice } from '../../../shared/ipc';
import { nodeFs } from '../store/fs-port';
import { describeAuditReport, verifyAuditLog } from './verify-log';

/** `sealKeys`: the open map's, when it is encrypted; its seal is checked too. */
export async function auditCheckNotices(dataDir: string, sealKeys: readonly Uint8Array[] = []): Promise<Notice[]> {
  try {
    const report = await verifyAuditLog(dataDir, nodeFs, sealKeys);
    return report.problems.length === 0 ? [] : [{ level: 'warning', message: describeAuditReport(report) }];
  } catch (error) {
    return [{ level: 'warning', message: `The audit log could not be checked: ${error instanceof Error ? error.message : String(error)}` }];
  }
}
