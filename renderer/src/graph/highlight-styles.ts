// The look of a highlight: lit nodes get a dark ring and a wide amber halo (seen on every fill,
// and shape plus ring, not colour alone, set them apart), ties between them thicken, all else dims.
import type { StylesheetJson } from 'cytoscape';

export const HIGHLIGHT_COLOUR = '#F59E0B';
export const HIGHLIGHT_TIE_COLOUR = '#B45309';

export function highlightStyles(): StylesheetJson {
  return [
    { selector: 'node.by-community', style: { 'background-color': 'data(colour)' } },
    { selector: '.dimmed', style: { opacity: 0.16, 'text-opacity': 0.3 } },
    {
      selector: 'node.highlighted',
      style: {
        'border-width': 3,
        'border-color': '#1F2933',
        'border-style': 'solid',
        'underlay-color': HIGHLIGHT_COLOUR,
        'underlay-padding': 10,
        'underlay-opacity': 0.55,
        opacity: 1,
        'text-opacity': 1,
        'z-index': 9,
        'font-weight': 'bold',
      },
    },
    // The stakeholder open in the panel stays readable under someone else's highlight.
    { selector: 'node.chosen', style: { opacity: 1, 'text-opacity': 1 } },
    { selector: 'node.highlighted.person', style: { 'underlay-shape': 'ellipse' } },
    {
      selector: 'edge.highlighted',
      style: { 'line-color': HIGHLIGHT_TIE_COLOUR, 'target-arrow-color': HIGHLIGHT_TIE_COLOUR, width: 4, opacity: 1, 'z-index': 7 },
    },
  ];
}
