// A strength meter under the new-passphrase field: how guessable it is (zxcvbn's estimate, the same
// one the Node side refuses weak passphrases with), in a bar, a word and plain advice.
import type { PassphraseStrength } from '../../../../shared/security/passphrase-strength';

export function PassphraseMeter({ strength }: { readonly strength: PassphraseStrength }) {
  return (
    <div className="passphrase-meter">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={strength.score} aria-label="Passphrase strength" aria-valuetext={strength.label} />
      <span className={strength.enough ? 'meter-ok' : 'meter-weak'}>{strength.label}</span>
      {strength.advice !== '' && <p className="hint">{strength.advice}</p>}
    </div>
  );
}
