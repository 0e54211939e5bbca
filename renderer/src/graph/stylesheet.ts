// The map's look: fill by category (pie slices when a node has several), shape by kind, a heavy
// double ring for the anchor organization, a dashed ring for confidential people, red dashed
// conflict ties, arrows on directed ties, and dimming of everything away from the selection.
// Cytoscape draws small maps with it; the big-map canvas (canvas/scene.ts) follows the same rules.
import type { StylesheetJson } from 'cytoscape';
import { PIE_SLOTS } from './elements';
import { highlightStyles } from './highlight-styles';
import { CONFLICT_COLOUR, TIE_COLOUR } from './tie-styles';

export const INK = '#1F2933';
export const SELECTION_COLOUR = '#1D4ED8';
/**
 * The ring of people ticked for the bulk bar: ink, solid and heavy, which shows on every category
 * colour (the selection's blue did not, on the service providers' blue); the selected one keeps
 * its thinner ring and blue halo.
 */
export const TICKED_COLOUR = INK;
export const TICKED_RING_WIDTH = 5;

function pieStyle(): Record<string, string> {
  const style: Record<string, string> = { 'pie-size': '100%' };
  for (let i = 1; i <= PIE_SLOTS; i += 1) {
    style[`pie-${i}-background-color`] = `data(pie${i}Colour)`;
    style[`pie-${i}-background-size`] = `data(pie${i}Size)`;
  }
  return style;
}

const EDGE_BASE = { width: 'mapData(strength, 1, 3, 1.2, 3.6)', 'line-color': TIE_COLOUR, opacity: 0.8, 'target-arrow-shape': 'none' };

const NODE_FILL = {
  'background-color': 'data(colour)',
  width: 'data(size)',
  height: 'data(size)',
  'border-width': 1.5,
  'border-color': '#FFFFFF',
};

const LABEL: Record<string, string | number> = {
  label: 'data(label)',
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'font-size': 12,
  color: INK,
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-wrap': 'ellipsis',
  'text-max-width': '140px',
  'min-zoomed-font-size': 7,
  'text-background-color': '#FFFFFF',
  'text-background-opacity': 0.75,
  'text-background-padding': '1px',
};

export function buildStylesheet(): StylesheetJson {
  return [
    { selector: 'node', style: { ...NODE_FILL, ...LABEL, ...pieStyle() } },
    { selector: 'node.person', style: { shape: 'ellipse' } },
    { selector: 'node.organization', style: { shape: 'round-rectangle' } },
    { selector: 'node.uncategorized', style: { 'background-color': '#8A8F98' } },
    { selector: 'node.anchor', style: { 'border-width': 6, 'border-style': 'double', 'border-color': INK, 'font-weight': 'bold' } },
    { selector: 'node.confidential', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': INK } },
    { selector: 'node.ticked', style: { 'border-width': TICKED_RING_WIDTH, 'border-style': 'solid', 'border-color': TICKED_COLOUR } },
    { selector: 'edge', style: { ...EDGE_BASE, 'curve-style': 'bezier' } },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': TIE_COLOUR, 'arrow-scale': 1.1 } },
    { selector: 'edge.conflict', style: { 'line-color': CONFLICT_COLOUR, 'line-style': 'dashed', 'line-dash-pattern': [7, 4], opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.22, 'text-opacity': 0.35 } },
    { selector: 'edge.touching', style: { opacity: 1, 'line-color': '#52606D', 'target-arrow-color': '#52606D', 'z-index': 5 } },
    { selector: 'edge.touching.conflict', style: { 'line-color': CONFLICT_COLOUR } },
    { selector: 'node.neighbour', style: { 'z-index': 8 } },
    {
      selector: 'node.chosen',
      // A dark ring plus a soft blue halo reads on every category colour, blue included.
      style: {
        'border-width': 3,
        'border-color': INK,
        'border-style': 'solid',
        'underlay-color': SELECTION_COLOUR,
        'underlay-padding': 8,
        'underlay-opacity': 0.28,
        'z-index': 10,
        'font-weight': 'bold',
      },
    },
    { selector: 'node.chosen.person', style: { 'underlay-shape': 'ellipse' } },
    { selector: 'node.link-source', style: { 'border-width': 4, 'border-color': '#B45309', 'border-style': 'solid' } },
    ...highlightStyles(),
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.12, 'overlay-color': SELECTION_COLOUR } },
  ];
}
