// How hard a new passphrase is to guess, by zxcvbn's estimate (zxcvbn-ts with its common-password
// and English dictionaries, keyboard patterns, dates, repeats and l33t spellings): a length rule
// alone lets "password123" or "qwertyuiop" through. The Node side refuses a weak one whatever the
// window says; the window shows the same estimate as a meter while the user types.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { MIN_PASSPHRASE_CHARS } from './passphrase-length';

export { MIN_PASSPHRASE_CHARS };

/** zxcvbn's 0-4 scale; 3 ("safely unguessable", about 10^10 guesses) is the least a map accepts. */
export const MIN_STRENGTH = 3;

export interface PassphraseStrength {
  readonly score: 0 | 1 | 2 | 3 | 4;
  readonly enough: boolean;
  /** One word for the meter. */
  readonly label: string;
  /** Why it is weak and what would help, in plain words; empty when it is strong enough. */
  readonly advice: string;
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

let factory: ZxcvbnFactory | null = null;

/** Built on first use: loading the dictionaries takes a moment, and most sessions never need them. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return factory;
}

/**
 * The estimate for `passphrase`; `context` holds words an attacker would try first (the coalition's
 * name, say). Too short counts as very weak whatever the estimate.
 */
export function passphraseStrength(passphrase: string, context: readonly string[] = []): PassphraseStrength {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_CHARS) {
    return { score: 0, enough: false, label: LABELS[0], advice: `Use at least ${MIN_PASSPHRASE_CHARS} characters; four or more unrelated words are easy to remember.` };
  }
  // zxcvbn's cost grows with length; past 100 characters the extra text cannot make a passphrase weaker.
  const result = estimator().check(passphrase.slice(0, 100), [...context]);
  const score = result.score;
  const enough = score >= MIN_STRENGTH;
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter((h): h is string => typeof h === 'string' && h !== '');
  const advice = enough ? '' : hints.length > 0 ? hints.join(' ') : 'Add another word or two that do not belong together.';
  return { score, enough, label: LABELS[score], advice };
}
