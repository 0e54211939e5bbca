// Words for the sidebar's choices and the legend: what each size and colour means.
import type { MapDocument } from '../../../../shared/model';
import { customKey, customName, isCustomKey } from '../../../../shared/views';
import { customFieldNames, isNumericField } from '../../graph/encodings';
import type { ColourBy, SizeFigure } from '../../state/insights/insights-state';

export const SIZE_OPTIONS: readonly { readonly value: SizeFigure; readonly label: string; readonly meaning: string }[] = [
  { value: 'influence', label: 'Influence rating', meaning: 'Bigger nodes have a higher influence rating.' },
  { value: 'degree', label: 'Ties (degree)', meaning: 'Bigger nodes have more ties.' },
  { value: 'betweenness', label: 'Brokerage', meaning: 'Bigger nodes sit on more of the shortest paths between others (betweenness): brokers.' },
  { value: 'closeness', label: 'Closeness', meaning: 'Bigger nodes reach everyone else in fewer steps.' },
  { value: 'pagerank', label: 'PageRank', meaning: 'Bigger nodes are tied to others who are themselves well tied.' },
  { value: 'coreNumber', label: 'Core number', meaning: 'Bigger nodes sit in a more tightly knit part of the network (k-core).' },
];

export const COLOUR_OPTIONS: readonly { readonly value: ColourBy; readonly label: string }[] = [
  { value: 'category', label: 'Category' },
  { value: 'community', label: 'Community' },
  { value: 'kind', label: 'Person or organization' },
  { value: 'stage', label: 'Stage' },
];

export function sizeMeaning(figure: SizeFigure): string {
  if (isCustomKey(figure)) return `Bigger nodes have a higher "${customName(figure)}".`;
  return SIZE_OPTIONS.find((o) => o.value === figure)?.meaning ?? '';
}

/** Colour choices for this map: the built-in fields, then each custom field it uses. */
export function colourOptions(map: MapDocument | null): { readonly value: ColourBy; readonly label: string }[] {
  const custom = map ? customFieldNames(map) : [];
  return [...COLOUR_OPTIONS, ...custom.map((name) => ({ value: customKey(name), label: `Field: ${name}` }))];
}

/** Size choices for this map: the six measures, then each numeric custom field. */
export function sizeOptions(map: MapDocument | null): { readonly value: SizeFigure; readonly label: string }[] {
  const custom = map ? customFieldNames(map).filter((name) => isNumericField(map, customKey(name))) : [];
  return [...SIZE_OPTIONS, ...custom.map((name) => ({ value: customKey(name), label: `Field: ${name}` }))];
}
