// PRIV-5: the audit log on the real disk: entries for each action, private mode, no canary, a
// hash chain that shows an edited, removed or inserted line.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { appendAudit, auditLogPath, AUDIT_ACTIONS, sha256Hex, verifyAuditLog, type AuditEvent } from '../../../electron/main/audit';
import { useTempDirs } from '../store/helpers/temp-dir';

const CANARY_FILE = Buffer.from('name,address\nZZ-CANARY-NAME,ZZ-CANARY-ADDR\n');

function event(action: AuditEvent['action'], recordCount = 3): AuditEvent {
  return { action, recordCount, fieldNames: ['name', 'address', 'notes'], fileHash: sha256Hex(CANARY_FILE) };
}

describe('audit log', () => {
  const tempDir = useTempDirs();
  let tick = Date.parse('2025-03-01T09:00:00.000Z');
  const clock = () => new Date((tick += 1000));

  it('appends one private line per action, chained, without personal data', async () => {
    const dir = await tempDir();
    for (const action of AUDIT_ACTIONS) await appendAudit(dir, event(action), { clock });
    const report = await verifyAuditLog(dir);
    expect(report.problems).toEqual([]);
    expect(report.entries.map((e) => e.action)).toEqual([...AUDIT_ACTIONS]);
    expect(report.entries[0]).toMatchObject({ recordCount: 3, fieldNames: ['name', 'address', 'notes'], fileHash: sha256Hex(CANARY_FILE), prevHash: null });
    expect(report.entries[1]?.prevHash).toMatch(/^[0-9a-f]{64}$/);
    const text = await readFile(auditLogPath(dir), 'utf8');
    expect(text).not.toMatch(/ZZ-CANARY|lived-experience/);
    expect(text.trimEnd().split('\n')).toHaveLength(AUDIT_ACTIONS.length);
    if (process.platform !== 'win32') expect((await stat(auditLogPath(dir))).mode & 0o777).toBe(0o600);
  });

  it('refuses entries that could carry personal data', async () => {
    const dir = await tempDir();
    await expect(appendAudit(dir, { ...event('export'), fieldNames: ['ZZ-CANARY-NAME lives here'] })).rejects.toThrow(/field name/);
    await expect(appendAudit(dir, { ...event('export'), fileHash: 'ZZ-CANARY-ADDR' })).rejects.toThrow(/file hash/);
    const sneaky = { ...event('export'), name: 'ZZ-CANARY-NAME' } as AuditEvent;
    await expect(appendAudit(dir, sneaky)).rejects.toThrow(/Refused audit entry/);
    expect((await verifyAuditLog(dir)).entries).toEqual([]);
  });

  it.each([
    ['an edited count', (lines: string[]) => lines.map((l, i) => (i === 1 ? l.replace('"recordCount":3', '"recordCount":4') : l))],
    ['a removed line', (lines: string[]) => lines.filter((_, i) => i !== 1)],
    ['two swapped lines', (lines: string[]) => [lines[0] ?? '', lines[2] ?? '', lines[1] ?? '', lines[3] ?? '']],
    ['an inserted line', (lines: string[]) => [...lines.slice(0, 2), lines[1] ?? '', ...lines.slice(2)]],
  ])('detects %s', async (_what, tamper) => {
    const dir = await tempDir();
    for (const action of ['import', 'merge', 'delete', 'purge'] as const) await appendAudit(dir, event(action), { clock });
    const lines = (await readFile(auditLogPath(dir), 'utf8')).trimEnd().split('\n');
    await writeFile(auditLogPath(dir), `${tamper(lines).join('\n')}\n`);
    const report = await verifyAuditLog(dir);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.join('\n')).toMatch(/line \d+: does not follow the line before it/);
  });

  it('keeps chaining after a line cut short by a crash, and reports that line', async () => {
    const dir = await tempDir();
    await appendAudit(dir, event('import'), { clock });
    const whole = await readFile(auditLogPath(dir), 'utf8');
    await writeFile(auditLogPath(dir), `${whole}{"ts":"2025-03-01T09:00`);
    await appendAudit(dir, event('export'), { clock });
    const report = await verifyAuditLog(dir);
    expect(report.entries.map((e) => e.action)).toEqual(['import', 'export']);
    expect(report.problems[0]).toBe('line 2: not a valid audit entry (cut short by a crash, or edited)');
    // The head saw one line more than it recorded, and keeps saying so after the next append.
    expect(report.problems.slice(1)).toEqual([expect.stringMatching(/^the audit log holds 1 entry more than the 1 recorded: .*crash.* \(found 2025-/)]);
  });

  it('serializes concurrent appends into one unbroken chain', async () => {
    const dir = await tempDir();
    await Promise.all(Array.from({ length: 10 }, (_, i) => appendAudit(dir, event('export', i))));
    const report = await verifyAuditLog(dir);
    expect(report.problems).toEqual([]);
    expect(report.entries.map((e) => e.recordCount).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
