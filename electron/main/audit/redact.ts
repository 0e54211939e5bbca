// PRIV-8: text bound for a log, a console or an error dialog passes through `redact` first. It
// removes the personal strings it was told about (names, addresses, notes of the open map), the
// user's home and data folders (a path often holds a name), and e-mail addresses and phone numbers.
import type { MapDocument } from '../../../shared/model';

export interface Redactor {
  redact(text: string): string;
  /** Adds strings to hide from now on (say, when another map opens). */
  addSensitive(values: Iterable<string>): void;
}

export interface RedactorOptions {
  readonly sensitive?: Iterable<string>;
  /** Folders replaced by a label, e.g. { '~': home, '<data>': userData }. */
  readonly paths?: Readonly<Record<string, string>>;
}

/** Short strings ("Al", "NY") would blank out ordinary words; they are left to the patterns. */
const MIN_SENSITIVE_LENGTH = 4;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE_LIKE = /\+?\(?\d[\d ().-]{7,}\d/g;
const DATE_START = /^\d{4}-\d{2}-\d{2}/;

/** Nine or more digits in phone punctuation is a phone number; a date or a time is not. */
function hidePhone(candidate: string): string {
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 9 && !DATE_START.test(candidate) && !candidate.includes(':') ? '[phone]' : candidate;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A path as it may appear in text: as given, with the other slash, and URL-encoded in a file URL. */
function pathSpellings(path: string): string[] {
  const forward = path.replace(/\\/g, '/');
  return [...new Set([path, forward, path.replace(/\//g, '\\'), encodeURI(forward)])];
}

export function createRedactor(options: RedactorOptions = {}): Redactor {
  const sensitive = new Set<string>();
  let pattern: RegExp | null = null;
  const rebuild = (): void => {
    // Longest first, so a full name is hidden whole before a part of it could match.
    const parts = [...sensitive].sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = parts.length === 0 ? null : new RegExp(parts.join('|'), 'giu');
  };
  const addSensitive = (values: Iterable<string>): void => {
    for (const value of values) {
      const trimmed = value.trim();
      if (trimmed.length >= MIN_SENSITIVE_LENGTH) sensitive.add(trimmed);
    }
    rebuild();
  };
  addSensitive(options.sensitive ?? []);
  // Longer folders first: the data folder usually sits inside the home folder.
  const paths = Object.entries(options.paths ?? {})
    .filter(([, folder]) => folder.length > 1)
    .sort(([, a], [, b]) => b.length - a.length)
    .flatMap(([label, folder]) => pathSpellings(folder).map((spelling) => [label, spelling] as const));
  return {
    addSensitive,
    redact(text) {
      let out = text;
      for (const [label, spelling] of paths) out = out.split(spelling).join(label);
      if (pattern) out = out.replace(pattern, '[redacted]');
      return out.replace(EMAIL, '[email]').replace(PHONE_LIKE, hidePhone);
    },
  };
}

/** The strings of a map that identify or describe people, for `addSensitive`. */
export function sensitiveStringsOf(map: MapDocument): string[] {
  return map.stakeholders.flatMap((s) => [s.name, s.email, s.phone, s.address, s.area, s.notes, ...Object.values(s.custom)]);
}

/** An error as one redacted line of text (message and stack), for logs and dialogs. */
export function redactError(error: unknown, redactor: Redactor): string {
  // V8's stack starts with "Name: message", so it carries both.
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return redactor.redact(text);
}

export interface LogSink {
  (level: 'info' | 'warn' | 'error', line: string): void;
}

/** A logger whose every line, errors included, is redacted before it reaches the sink. */
export function createRedactingLogger(sink: LogSink, redactor: Redactor) {
  const format = (parts: readonly unknown[]): string =>
    redactor.redact(parts.map((p) => (p instanceof Error ? redactError(p, redactor) : typeof p === 'string' ? p : JSON.stringify(p))).join(' '));
  return {
    info: (...parts: unknown[]) => sink('info', format(parts)),
    warn: (...parts: unknown[]) => sink('warn', format(parts)),
    error: (...parts: unknown[]) => sink('error', format(parts)),
  };
}
