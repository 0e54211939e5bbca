// The rules for choosing a new passphrase (unlocking accepts any non-empty one), apart from the
// key derivation so the strength meter's large dictionaries load only when a passphrase is chosen.
import { passphraseStrength } from '../../../shared/security/passphrase-strength';
import { MIN_PASSPHRASE_LENGTH } from './kdf';

/** Rules for choosing a new passphrase (unlocking accepts any non-empty one). */
export function newPassphraseProblem(passphrase: string): string | null {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    return `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  }
  if (passphrase.trim() !== passphrase) return 'A passphrase cannot start or end with a space (it is too easy to mistype).';
  const strength = passphraseStrength(passphrase);
  if (!strength.enough) return `This passphrase is too easy to guess (${strength.label.toLowerCase()}). ${strength.advice}`;
  return null;
}
