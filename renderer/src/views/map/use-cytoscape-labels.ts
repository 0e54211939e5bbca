// The small map's labels never lie on one another: a label that would cover a more important one
// (the selection, a highlight, the node under the pointer, then bigger nodes) is hidden, by the same
// greedy pass the big map uses (graph/visible-labels.ts). The hidden name stays one hover away (the
// card, and the label itself comes back under the pointer), in the panel and in the list.
import type { Core, NodeSingular, StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import { collidingLabels, type LabelCandidate } from '../../graph/visible-labels';

const HIDDEN = 'label-hidden';

/** The rule that hides a label, added after the look table's so it wins over a dimmed label's opacity. */
export const HIDDEN_LABEL_STYLE = { selector: `node.${HIDDEN}`, style: { 'text-opacity': 0, 'text-background-opacity': 0 } } as unknown as StylesheetJson[number];

function rankOf(n: NodeSingular, hovered: string | null): number {
  if (n.id() === hovered || n.hasClass('chosen')) return 3;
  if (n.hasClass('highlighted')) return 2;
  return 0;
}

function candidateOf(n: NodeSingular, hovered: string | null): LabelCandidate {
  const p = n.position();
  return { id: n.id(), x: p.x, y: p.y, size: n.width(), chars: String(n.data('label') ?? '').length, rank: rankOf(n, hovered) };
}

export function useCytoscapeLabels(cy: Core | null): void {
  useEffect(() => {
    if (!cy) return;
    let hovered: string | null = null;
    let frame = 0;
    const pass = () => {
      frame = 0;
      const labelled = cy.nodes(':visible').map((n) => candidateOf(n, hovered)).filter((c) => c.chars > 0);
      const hide = new Set(collidingLabels(labelled));
      // Only the nodes whose state changes: a class event for nothing would ask for another pass.
      const change = cy.nodes().filter((n) => n.hasClass(HIDDEN) !== hide.has(n.id()));
      if (change.nonempty()) cy.batch(() => change.forEach((n) => void n.toggleClass(HIDDEN, hide.has(n.id()))));
    };
    const later = () => {
      if (frame === 0) frame = requestAnimationFrame(pass);
    };
    const hover = (e: { target: NodeSingular }, on: boolean) => {
      hovered = on ? e.target.id() : null;
      later();
    };
    const over = (e: { target: NodeSingular }) => hover(e, true);
    const out = (e: { target: NodeSingular }) => hover(e, false);
    cy.on('add remove position data class style', 'node', later);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    later();
    return () => {
      cancelAnimationFrame(frame);
      cy.off('add remove position data class style', 'node', later);
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
    };
  }, [cy]);
}
