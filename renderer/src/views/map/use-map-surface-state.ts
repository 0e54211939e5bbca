// What both map surfaces read from the store, and the element list they both draw from
// (elements.ts): the same picture whichever surface shows it.
import { useMemo } from 'react';
import { buildElements } from '../../graph/elements';
import { useAppState } from '../../state/core/use-store';
import { useNodeLook } from '../insights/use-node-look';

export function useMapSurfaceState() {
  const map = useAppState((s) => s.map);
  const filters = useAppState((s) => s.filters);
  const selection = useAppState((s) => s.selection);
  const mapSession = useAppState((s) => s.mapSession);
  const focusRequest = useAppState((s) => s.focusRequest);
  const fitRequest = useAppState((s) => s.fitRequest);
  const look = useNodeLook();
  const preview = useAppState((s) => s.insights.layoutPreview);
  const checkedIds = useAppState((s) => s.checked);
  const checked = useMemo(() => new Set(checkedIds), [checkedIds]);
  const elements = useMemo(
    () => (map ? buildElements({ map, filters, selection, look: look ?? undefined, preview, checked }) : []),
    [map, filters, selection, look, preview, checked],
  );
  return { map, selection, mapSession, focusRequest, fitRequest, elements };
}
