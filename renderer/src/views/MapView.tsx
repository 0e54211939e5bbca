// The map tab: small maps are drawn by Cytoscape, big ones (level-of-detail.ts) by our own canvas
// painter, which sets up thousands of stakeholders in a fraction of the time. Both share the
// controls, the "Link two nodes" mode and its dialog. Cytoscape's code is loaded only for a small
// map, so a window opening a big one does not parse a megabyte of script it will not use.
import { lazy, Suspense } from 'react';
import { isBigMap } from '../graph/level-of-detail';
import { useAppState } from '../state/core/use-store';
import { LinkTieDialog } from './LinkTieDialog';
import { BulkBar } from './table/BulkBar';
import { CanvasMap } from './map/CanvasMap';
import { useLinking } from './map/use-linking';

const CytoscapeMap = lazy(() => import('./map/CytoscapeMap').then((module) => ({ default: module.CytoscapeMap })));

export function MapView({ visible }: { readonly visible: boolean }) {
  const count = useAppState((s) => s.map?.stakeholders.length ?? 0);
  const linking = useLinking();
  return (
    <section className="map-view" aria-label="Map" hidden={!visible}>
      <BulkBar />
      {isBigMap(count) ? <CanvasMap visible={visible} linking={linking} /> : (
        <Suspense fallback={<div className="map-canvas" />}>
          <CytoscapeMap visible={visible} linking={linking} />
        </Suspense>
      )}
      {count === 0 && <p className="map-empty">No stakeholders yet. Use “Add stakeholder” to put the first one on the map.</p>}
      {linking.pair && <LinkTieDialog source={linking.pair[0]} target={linking.pair[1]} onClose={linking.closePair} />}
    </section>
  );
}
