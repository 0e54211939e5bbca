// The coalition's name as the page heading, with where the map lives and whether it is saved.
import { useAppState } from '../state/use-store';

export function Header() {
  const name = useAppState((s) => s.map?.coalition.name ?? '');
  const fileName = useAppState((s) => s.file?.fileName ?? '');
  const stakeholders = useAppState((s) => s.map?.stakeholders.length ?? 0);
  const ties = useAppState((s) => s.map?.ties.length ?? 0);
  const saving = useAppState((s) => s.pendingSaves > 0);
  return (
    <header className="app-header">
      <div className="title-block">
        <h1>{name}</h1>
        <p className="subtitle">
          {stakeholders} stakeholders · {ties} ties · <span title="Map file">{fileName}</span>
        </p>
      </div>
      <p className="save-state" role="status">
        {saving ? 'Saving…' : 'All changes saved'}
      </p>
    </header>
  );
}
