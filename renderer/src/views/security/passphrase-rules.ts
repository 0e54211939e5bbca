// The same rules the Node side applies to a new passphrase, checked as the user types.
import { MIN_PASSPHRASE_CHARS, passphraseStrength } from '../../../../shared/security/passphrase-strength';

export { MIN_PASSPHRASE_CHARS };

export function newPassphraseProblem(next: string, confirm: string, context: readonly string[] = []): string | null {
  if ([...next.normalize('NFC')].length < MIN_PASSPHRASE_CHARS) return `Use at least ${MIN_PASSPHRASE_CHARS} characters.`;
  if (next.trim() !== next) return 'A passphrase cannot start or end with a space.';
  if (!passphraseStrength(next, context).enough) return 'This passphrase is too easy to guess: see the advice above.';
  if (next !== confirm) return 'The two entries do not match.';
  return null;
}

/** What became of the backups, in words. */
export function backupReport(rewritten: number, skipped: number): string {
  const done = `${rewritten} backup${rewritten === 1 ? ' was' : 's were'} rewritten under the new setting.`;
  if (skipped === 0) return done;
  return `${done} ${skipped} backup${skipped === 1 ? ' was' : 's were'} left as ${skipped === 1 ? 'it was' : 'they were'}: neither passphrase opens ${skipped === 1 ? 'it' : 'them'} (damaged, or from another passphrase).`;
}
