// What both map surfaces read from the store, and what they draw from: the map with its filters,
// selection and look (elements.ts), from which Cytoscape gets its element list and the big-map
// canvas its scene, the same picture whichever surface shows it.
import { useMemo } from 'react';
import type { GraphInput } from '../../graph/elements';
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
  const graph = useMemo<GraphInput | null>(
    () => (map ? { map, filters, selection, look: look ?? undefined, preview, checked } : null),
    [map, filters, selection, look, preview, checked],
  );
  return { map, selection, mapSession, focusRequest, fitRequest, graph };
}
