// How much of the toolbar fits in one row at the window's width: everything ('wide'), everything
// but the map-file, import, export and safety commands ('medium'), or also without the presentation
// switch ('narrow'). What does not fit goes under "More…".
import { useEffect, useState } from 'react';

export type ToolbarTier = 'wide' | 'medium' | 'narrow';

/** The widths (px) from which each tier fits; the e2e window-sizes test checks 1024 and 800. */
const WIDE_FROM = 1340;
const MEDIUM_FROM = 960;

function tierAt(width: number): ToolbarTier {
  return width >= WIDE_FROM ? 'wide' : width >= MEDIUM_FROM ? 'medium' : 'narrow';
}

export function useToolbarTier(): ToolbarTier {
  const [tier, setTier] = useState(() => tierAt(window.innerWidth));
  useEffect(() => {
    const follow = () => setTier(tierAt(window.innerWidth));
    window.addEventListener('resize', follow);
    return () => window.removeEventListener('resize', follow);
  }, []);
  return tier;
}
