// The coalition's name as the page heading, with where the map lives and whether it is saved.
import { useEffect } from 'react';
import { useAppState } from '../state/core/use-store';
import { JourneyButton } from './journey/JourneyButton';
import { ProfileButton } from './profile/ProfileButton';
import { plural } from '../../../shared/analysis/context';

export function Header() {
  const name = useAppState((s) => s.map?.coalition.name ?? '');
  const fileName = useAppState((s) => s.file?.fileName ?? '');
  const stakeholders = useAppState((s) => s.map?.stakeholders.length ?? 0);
  const ties = useAppState((s) => s.map?.ties.length ?? 0);
  const saving = useAppState((s) => s.pendingSaves > 0);
  useEffect(() => {
    // The window's title bar (and the task switcher) names the map and its file too.
    document.title = name ? `${name} – ${fileName} – Coalition Mapper` : 'Coalition Mapper';
  }, [name, fileName]);
  return (
    <header className="app-header">
      <div className="title-block">
        <div className="title-row">
          <h1>{name}</h1>
          <ProfileButton />
          <JourneyButton />
        </div>
        <p className="subtitle">
          {plural(stakeholders, 'stakeholder')} · {plural(ties, 'tie')} · <span title="Map file">{fileName}</span>
        </p>
      </div>
      <p className="save-state" role="status">
        {saving ? 'Saving…' : 'All changes saved'}
      </p>
    </header>
  );
}
