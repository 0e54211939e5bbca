// Before a save that removes services still in use: says exactly what else the removal changes.
import type { RemovalImpact } from './profile-draft';

interface Props {
  readonly impact: readonly RemovalImpact[];
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
}

function consequence(item: RemovalImpact): string {
  const parts: string[] = [];
  if (item.wasWanted) parts.push('it is no longer a service the coalition wants covered');
  if (item.providers.length > 0) {
    const names = item.providers.slice(0, 5).join(', ');
    const more = item.providers.length > 5 ? ` and ${item.providers.length - 5} more` : '';
    parts.push(`it is taken off the services of ${names}${more}`);
  }
  return parts.join('; ');
}

export function RemovalConfirm({ impact, busy, onConfirm, onBack }: Props) {
  return (
    <section className="removal-confirm" aria-labelledby="removal-confirm-title">
      <h3 id="removal-confirm-title">Remove {impact.length === 1 ? 'this service' : 'these services'}?</h3>
      <ul>
        {impact.map((item) => (
          <li key={item.label}>
            <strong>{item.label}</strong>: {consequence(item)}.
          </li>
        ))}
      </ul>
      <p className="hint">The whole profile is saved as one step, so Undo brings all of it back.</p>
      <div className="dialog-actions">
        <button type="button" onClick={onBack} disabled={busy} autoFocus>
          Back to the profile
        </button>
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          {busy ? 'Saving…' : 'Remove and save'}
        </button>
      </div>
    </section>
  );
}
