// How each tie type is drawn; the stylesheet and the legend read the same table.
import { DIRECTED_TIE_TYPES, TIE_TYPES } from '../../../shared/schema';
import type { TieType } from '../../../shared/model';

export interface TieStyle {
  readonly label: string;
  readonly colour: string;
  readonly dashed: boolean;
  readonly directed: boolean;
}

const LABELS: Record<TieType, string> = {
  knows: 'Knows',
  'works-at': 'Works at',
  'partners-with': 'Partners with',
  'refers-to': 'Refers to',
  funds: 'Funds',
  conflict: 'Conflict',
};

export const CONFLICT_COLOUR = '#C62828';
export const TIE_COLOUR = '#8C96A3';

export const TIE_STYLES: Record<TieType, TieStyle> = Object.fromEntries(
  TIE_TYPES.map((type) => [
    type,
    {
      label: LABELS[type],
      colour: type === 'conflict' ? CONFLICT_COLOUR : TIE_COLOUR,
      dashed: type === 'conflict',
      directed: DIRECTED_TIE_TYPES.includes(type),
    },
  ]),
) as Record<TieType, TieStyle>;

export function tieTypeLabel(type: TieType): string {
  return LABELS[type];
}
