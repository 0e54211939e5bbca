// When an insight highlights stakeholders, the map brings them into view (never zooming in
// closer than a readable level), so a click in the panel always shows something on the map.
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAppState } from '../../state/core/use-store';

const MAX_ZOOM = 1.4;
const PADDING = 90;

export function useHighlightFocus(cy: Core | null, visible: boolean): void {
  const highlight = useAppState((s) => s.insights.highlight);
  useEffect(() => {
    if (!cy || !visible || !highlight || cy.width() === 0) return;
    const wanted = new Set(highlight.ids);
    const nodes = cy.nodes().filter((n) => wanted.has(n.id()) && n.visible());
    if (nodes.empty()) return;
    const box = nodes.boundingBox();
    const fitZoom = Math.min((cy.width() - 2 * PADDING) / Math.max(box.w, 1), (cy.height() - 2 * PADDING) / Math.max(box.h, 1));
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_ZOOM, fitZoom));
    cy.stop();
    cy.animate({ center: { eles: nodes }, zoom }, { duration: 300 });
  }, [cy, visible, highlight]);
}
