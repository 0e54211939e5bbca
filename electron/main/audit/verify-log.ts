// Reads the audit log back and checks it: every line a valid entry, every entry chained to the one
// before, and its end matching the head record kept beside it. Problems say which line and what,
// never what the line holds.
import { nodeFs, type FsPort } from '../store/fs-port';
import { decodeJsonBytes } from '../store/safe-json';
import { auditEntrySchema, auditLine, sha256Hex, type AuditEntry } from './audit-entry';
import { compareWithHead, logLines, readAuditHead } from './audit-head';
import { auditLogPath, readLogText } from './audit-log';
import { checkAuditSeal } from './audit-seal';

export interface AuditReport {
  readonly entries: readonly AuditEntry[];
  /** Empty when the chain is intact. */
  readonly problems: readonly string[];
}

export function verifyAuditText(text: string): AuditReport {
  const entries: AuditEntry[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  let previousLine: string | null = null;
  lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
    const decoded = decodeJsonBytes(Buffer.from(line, 'utf8'));
    const parsed = decoded.ok ? auditEntrySchema.safeParse(decoded.value) : null;
    if (!parsed?.success) {
      problems.push(`${at}: not a valid audit entry (cut short by a crash, or edited)`);
    } else {
      const entry = parsed.data;
      const expected = previousLine === null ? null : sha256Hex(previousLine);
      if (entry.prevHash !== expected) {
        problems.push(`${at}: does not follow the line before it (an entry was changed, removed or inserted)`);
      }
      if (auditLine(entry) !== line) problems.push(`${at}: was rewritten (its text is not in the form the app writes)`);
      entries.push(entry);
    }
    previousLine = line;
  });
  return { entries, problems };
}

/**
 * The log checked line by line, its end against the head record (audit-head.ts) and, for an
 * encrypted map (`sealKeys` from its codec), against its seal (audit-seal.ts). Without keys (a
 * plain map, or the command line) only the head is checked, which a forger can rewrite too.
 */
export async function verifyAuditLog(dataDir: string, fs: FsPort = nodeFs, sealKeys: readonly Uint8Array[] = []): Promise<AuditReport> {
  const text = await readLogText(auditLogPath(dataDir), fs);
  const lines = logLines(text);
  const report = verifyAuditText(text);
  const atTheEnd = compareWithHead(lines, await readAuditHead(dataDir, fs));
  const seal = sealKeys.length === 0 ? null : await checkAuditSeal(dataDir, lines, sealKeys, fs);
  const sealed = seal === null ? [] : [...seal.carried, ...seal.found].filter((p) => !atTheEnd.includes(p));
  return { entries: report.entries, problems: [...report.problems, ...atTheEnd, ...sealed] };
}

/** One line for a person: the log is intact, or what is wrong with it (first problem and how many more). */
export function describeAuditReport(report: AuditReport): string {
  const [first, ...more] = report.problems;
  const count = report.entries.length;
  if (first === undefined) return `Audit log checked: ${count} ${count === 1 ? 'entry' : 'entries'}, intact.`;
  const rest = more.length === 0 ? '' : ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})`;
  return `The audit log may have been tampered with: ${first}${rest}.`;
}
