// How long an encrypted map may go unused before it locks (a setting of this computer).
import { AUTO_LOCK_CHOICES } from '../../state/safety/security-state';
import { useActions, useAppState } from '../../state/core/use-store';
import { Choice, optionsOf } from '../Choice';

const AUTO_LOCK_OPTIONS = optionsOf<number>(AUTO_LOCK_CHOICES, (m) => (m === 0 ? 'Never' : m === 1 ? '1 minute' : `${m} minutes`));

export function AutoLockChoice() {
  const actions = useActions();
  const autoLock = useAppState((s) => s.security.autoLockMinutes);
  return (
    <label className="field">
      <span>Lock an encrypted map after this long without use</span>
      <Choice value={autoLock} options={AUTO_LOCK_OPTIONS} onChange={actions.setAutoLockMinutes} />
    </label>
  );
}
