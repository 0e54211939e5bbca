// When an insight highlights stakeholders, the map brings them into view (never zooming in
// closer than a readable level), so a click in the panel always shows something on the map; when the
// highlight ends (a neighbourhood left, the bar cleared) the view goes back to where it was before.
import type { Core, Position } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { focusReturn } from '../../graph/focus-return';
import { useAppState } from '../../state/core/use-store';

const MAX_ZOOM = 1.4;
const PADDING = 90;

export function useHighlightFocus(cy: Core | null, visible: boolean): void {
  const highlight = useAppState((s) => s.insights.highlight);
  const before = useRef<{ readonly zoom: number; readonly pan: Position } | null>(null);
  useEffect(() => {
    if (!cy || !visible || cy.width() === 0) return;
    const step = focusReturn(before.current, highlight !== null, { zoom: cy.zoom(), pan: { ...cy.pan() } }); // a copy: cy.pan() is Cytoscape's own live object
    before.current = step.saved;
    if (step.restore) {
      cy.stop(true);
      cy.animate({ zoom: step.restore.zoom, pan: step.restore.pan }, { duration: 300 });
    }
    if (!highlight) return;
    const wanted = new Set(highlight.ids);
    const nodes = cy.nodes().filter((n) => wanted.has(n.id()) && n.visible());
    if (nodes.empty()) return;
    const box = nodes.boundingBox();
    const fitZoom = Math.min((cy.width() - 2 * PADDING) / Math.max(box.w, 1), (cy.height() - 2 * PADDING) / Math.max(box.h, 1));
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_ZOOM, fitZoom));
    cy.stop(true);
    cy.animate({ center: { eles: nodes }, zoom }, { duration: 300 });
  }, [cy, visible, highlight]);
}
