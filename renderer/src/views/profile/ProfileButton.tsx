// Opens the coalition profile editor from the header. The editor belongs to the map it was opened
// on: if another map is opened meanwhile, it closes rather than write one map's profile into another.
import { useState } from 'react';
import { useAppState } from '../../state/core/use-store';
import { ProfileDialog } from './ProfileDialog';
import './profile.css';

export function ProfileButton() {
  const map = useAppState((s) => s.map);
  const session = useAppState((s) => s.mapSession);
  const [openFor, setOpenFor] = useState<number | null>(null);
  if (!map) return null;
  return (
    <>
      <button type="button" className="small profile-button" aria-haspopup="dialog" onClick={() => setOpenFor(session)}>
        Coalition profile
      </button>
      {openFor === session && <ProfileDialog map={map} onClose={() => setOpenFor(null)} />}
    </>
  );
}
