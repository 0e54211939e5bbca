// The Cytoscape stylesheet, written out from the look table (look-table.ts) that the big-map
// canvas reads too: a rule's group and classes become its selector, a data field `data(f)`, a
// mapped field `mapData(f, lo, hi, from, to)`.
import type { StylesheetJson } from 'cytoscape';
import { LOOK_TABLE, type LookRule, type LookValue } from './look-table';

export { INK, SELECTION_COLOUR, TICKED_COLOUR, TICKED_RING_WIDTH } from './look-table';

export function selectorOf(rule: LookRule): string {
  const classes = (rule.classes ?? []).map((c) => `.${c}`).join('');
  return `${rule.group ?? ''}${classes}${rule.pointer ? `:${rule.pointer}` : ''}`;
}

function cytoscapeValue(value: LookValue): string | number | readonly number[] {
  if (typeof value !== 'object' || Array.isArray(value)) return value as string | number | readonly number[];
  if ('data' in value) return `data(${value.data})`;
  const [field, lo, hi, from, to] = (value as { mapData: readonly [string, number, number, number, number] }).mapData;
  return `mapData(${field}, ${lo}, ${hi}, ${from}, ${to})`;
}

export function buildStylesheet(): StylesheetJson {
  return LOOK_TABLE.map((rule) => ({
    selector: selectorOf(rule),
    style: Object.fromEntries(Object.entries(rule.style).map(([property, value]) => [property, cytoscapeValue(value)])),
  })) as unknown as StylesheetJson;
}
