// Keeps a big map's labels to the nodes in view that can be read (visible-labels.ts): chosen again
// shortly after the view stops moving, and after each change to the graph (a change of classes
// drops the mark). Small maps label every node through the stylesheet and skip all of this.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import type { LevelOfDetail } from '../graph/level-of-detail';
import { applyVisibleLabels } from '../graph/visible-labels';

const SETTLE_MS = 120;

/** Returns a function that asks for the labels to be chosen again (debounced). */
export function useVisibleLabels(cy: Core | null, detail: { readonly current: LevelOfDetail }): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    if (!cy || !detail.current.large) return;
    timer.current = setTimeout(() => {
      if (!cy.destroyed() && detail.current.large) applyVisibleLabels(cy, detail.current.minZoomedFontSize);
    }, SETTLE_MS);
  }, [cy, detail]);

  useEffect(() => {
    if (!cy) return;
    cy.on('viewport resize', refresh);
    return () => {
      cy.off('viewport resize', refresh);
      clearTimeout(timer.current);
    };
  }, [cy, refresh]);
  return refresh;
}
