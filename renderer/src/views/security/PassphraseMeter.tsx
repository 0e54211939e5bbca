// A strength meter under the new-passphrase field: how guessable it is (zxcvbn's estimate, the same
// one the Node side refuses weak passphrases with), in a bar, a word and plain advice.
import type { PassphraseStrength } from '../../../../shared/security/passphrase-strength';

export function PassphraseMeter({ strength }: { readonly strength: PassphraseStrength }) {
  return (
    <div className="passphrase-meter">
      {/* One step more than the score, so "very weak" still shows a sliver. */}
      <meter min={0} max={5} low={3} high={4} optimum={5} value={strength.score + 1} aria-label="Passphrase strength" aria-valuetext={strength.label} />
      <span className={strength.enough ? 'meter-ok' : 'meter-weak'}>{strength.label}</span>
      {strength.advice !== '' && <p className="hint">{strength.advice}</p>}
    </div>
  );
}
