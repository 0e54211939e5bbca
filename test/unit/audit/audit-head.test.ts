// The audit log's end, checked against the head record beside it, on the real disk: an edited
// last entry, a cut tail, a deleted log, an entry appended by hand (chained correctly, so the chain
// alone cannot tell) and a deleted head each show; and a later append does not wash them away.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { appendAudit, auditHeadPath, auditLogPath, sha256Hex, verifyAuditLog, type AuditEvent } from '../../../electron/main/audit';
import { useTempDirs } from '../store/helpers/temp-dir';

const EVENT: AuditEvent = { action: 'export', recordCount: 3, fieldNames: ['csv'], fileHash: sha256Hex('bytes') };

describe('audit head', () => {
  const tempDir = useTempDirs();

  async function loggedThrice(): Promise<{ dir: string; lines: string[] }> {
    const dir = await tempDir();
    for (const recordCount of [1, 2, 3]) await appendAudit(dir, { ...EVENT, recordCount });
    return { dir, lines: (await readFile(auditLogPath(dir), 'utf8')).trimEnd().split('\n') };
  }

  const rewrite = (dir: string, lines: readonly string[]) => writeFile(auditLogPath(dir), lines.length === 0 ? '' : `${lines.join('\n')}\n`);

  it('finds nothing wrong with a log only the app wrote', async () => {
    const { dir } = await loggedThrice();
    expect((await verifyAuditLog(dir)).problems).toEqual([]);
  });

  it('shows the last entry edited (no later line carries its hash)', async () => {
    const { dir, lines } = await loggedThrice();
    await rewrite(dir, [...lines.slice(0, 2), lines[2]!.replace('"recordCount":3', '"recordCount":0')]);
    expect((await verifyAuditLog(dir)).problems).toEqual([expect.stringMatching(/last entry is not the one recorded: it was edited/)]);
  });

  it('shows the tail cut off', async () => {
    const { dir, lines } = await loggedThrice();
    await rewrite(dir, lines.slice(0, 1));
    expect((await verifyAuditLog(dir)).problems).toEqual([expect.stringMatching(/ends 2 entries short of the 3 recorded/)]);
  });

  it('shows the log deleted', async () => {
    const { dir } = await loggedThrice();
    await rm(auditLogPath(dir));
    expect((await verifyAuditLog(dir)).problems).toEqual([expect.stringMatching(/missing or empty, but 3 entries were recorded/)]);
  });

  it('shows a forged entry appended, though it is chained like a real one', async () => {
    const { dir, lines } = await loggedThrice();
    const forged = JSON.stringify({ ts: '2025-03-02T10:00:00.000Z', action: 'export', recordCount: 9, fieldNames: ['csv'], fileHash: sha256Hex('x'), prevHash: sha256Hex(lines[2]!) });
    await rewrite(dir, [...lines, forged]);
    const report = await verifyAuditLog(dir);
    expect(report.entries).toHaveLength(4);
    expect(report.problems).toEqual([expect.stringMatching(/holds 1 entry more than the 3 recorded/)]);
  });

  it('shows the head deleted or edited', async () => {
    const { dir } = await loggedThrice();
    await writeFile(auditHeadPath(dir), '{"entries": 99}');
    expect((await verifyAuditLog(dir)).problems).toEqual([expect.stringMatching(/audit head .* was changed or damaged/)]);
    await rm(auditHeadPath(dir));
    expect((await verifyAuditLog(dir)).problems).toEqual([expect.stringMatching(/audit head .* is missing/)]);
  });

  it('keeps reporting a cut tail after the app appends again', async () => {
    const { dir, lines } = await loggedThrice();
    await rewrite(dir, lines.slice(0, 2));
    await appendAudit(dir, EVENT);
    const report = await verifyAuditLog(dir);
    expect(report.entries).toHaveLength(3);
    expect(report.problems).toEqual([expect.stringMatching(/ends 1 entry short of the 3 recorded: its tail was cut off \(found \d{4}-/)]);
  });
});
