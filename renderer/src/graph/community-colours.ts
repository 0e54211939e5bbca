// Colours for communities: Paul Tol's "muted" scheme, distinct for colour-blind readers and
// different from the category colours, so the two colourings are not mistaken for each other.
// Groups beyond the palette repeat its colours; the legend names every group in words.
export const COMMUNITY_PALETTE: readonly string[] = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
];

/** Colour of a node the analysis has not placed in a group yet. */
export const NO_COMMUNITY_COLOUR = '#B8BEC6';

export function communityColour(community: number | null): string {
  if (community === null || !Number.isInteger(community) || community < 0) return NO_COMMUNITY_COLOUR;
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length] ?? NO_COMMUNITY_COLOUR;
}
