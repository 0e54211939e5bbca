// Words for the sidebar's choices and the legend: what each size and colour means.
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
];

export function sizeMeaning(figure: SizeFigure): string {
  return SIZE_OPTIONS.find((o) => o.value === figure)?.meaning ?? '';
}
