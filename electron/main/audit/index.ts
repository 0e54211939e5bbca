// The audit trail (PRIV-5) and the redacting logger (PRIV-8).
export { AUDIT_ACTIONS, sha256Hex, type AuditAction, type AuditEntry, type AuditEvent } from './audit-entry';
export { appendAudit, auditLogPath, AUDIT_FILE_NAME, type AuditOptions } from './audit-log';
export { describeAuditReport, verifyAuditLog, verifyAuditText, type AuditReport } from './verify-log';
export { AUDIT_HEAD_FILE_NAME, auditHeadPath } from './audit-head';
export { createRedactingLogger, createRedactor, redactError, sensitiveStringsOf, type LogSink, type Redactor } from './redact';
export { recordSaveAudit } from './save-audit';
export { auditCheckNotices } from './audit-notice';
