// PRIV-8: what reaches a log has no canary, no home or data folder, no e-mail or phone number.
import { describe, expect, it } from 'vitest';
import { createRedactingLogger, createRedactor, redactError, sensitiveStringsOf } from '../../../electron/main/audit';
import { canaryMap } from '../crypto/helpers/canary';

const HOME = '/home/zz-canary-user';
const DATA = '/home/zz-canary-user/.config/Coalition Mapper';

describe('redact', () => {
  it('removes the open map’s personal strings, whatever their case', () => {
    const redactor = createRedactor({ sensitive: sensitiveStringsOf(canaryMap(7)) });
    const out = redactor.redact('could not draw zz-canary-name 7 at 12 ZZ-CANARY-ADDR Lane (lived-experience: ZZ, met at the shelter)');
    expect(out).not.toMatch(/canary|lived-experience/i);
    expect(out).toContain('[redacted]');
  });

  it('replaces the data folder and home folder, in any spelling, data folder first', () => {
    const redactor = createRedactor({ paths: { '~': HOME, '<data>': DATA } });
    const text = `saving ${DATA}/maps/x.json failed; see ${HOME}/notes.txt and file://${encodeURI(DATA)}/backups`;
    const out = redactor.redact(text);
    expect(out).toBe('saving <data>/maps/x.json failed; see ~/notes.txt and file://<data>/backups');
    const windows = createRedactor({ paths: { '~': 'C:\\Users\\ZZ-CANARY-NAME' } });
    expect(windows.redact('open C:/Users/ZZ-CANARY-NAME/map.json or C:\\Users\\ZZ-CANARY-NAME\\map.json')).not.toContain('CANARY');
  });

  it('hides e-mail addresses and phone numbers it was not told about', () => {
    const out = createRedactor().redact('call +1 (555) 010-2299 or write to zz.someone@example.org on 2025-03-01 10:15:00, 1234567');
    expect(out).toBe('call [phone] or write to [email] on 2025-03-01 10:15:00, 1234567');
  });

  it('learns new strings and leaves very short ones to the patterns', () => {
    const redactor = createRedactor();
    redactor.addSensitive(['ZZ-CANARY-NAME', 'Al']);
    expect(redactor.redact('ZZ-CANARY-NAME met Al')).toBe('[redacted] met Al');
  });

  it('logs an error whose message holds a canary and the home path with neither', () => {
    const lines: string[] = [];
    const redactor = createRedactor({ sensitive: ['ZZ-CANARY-NAME'], paths: { '~': HOME } });
    const logger = createRedactingLogger((level, line) => lines.push(`${level} ${line}`), redactor);
    const error = new Error(`could not save ZZ-CANARY-NAME to ${HOME}/maps/zz.json`);
    logger.error('save failed:', error, { where: `${HOME}/x` });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/CANARY|zz-canary-user/i);
    expect(lines[0]).toMatch(/^error save failed: Error: could not save \[redacted\] to ~\/maps\/zz\.json/);
    expect(redactError(error, redactor)).not.toContain(HOME);
  });
});
