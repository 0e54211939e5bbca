// Pure: colour, size and filter by any field. A field is read off each stakeholder as text values
// (a person may have several categories) or, for measures and numeric custom fields, a number.
// A categorical field gets a colour per value (the most common first) and a legend; a numeric
// one a light-to-dark scale with its range in the legend. Both map renderers get the result as
// each node's data (colour, size) and classes (hidden), so the look table needs no new rules.
import type { StakeholderFigures } from '../../../shared/analysis';
import { categoryInfo, UNCATEGORIZED_COLOUR } from '../../../shared/categories';
import { STAGE_LABELS } from '../../../shared/labels';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { customName, isCustomKey, type ColourField, type LookFilter, type SizeField } from '../../../shared/views';
import { communityColour, NO_COMMUNITY_COLOUR } from './community-colours';

/** Paul Tol's "bright" scheme (colour-blind safe), then his "light" one; the rest share "Other". */
export const FIELD_PALETTE: readonly string[] = ['#4477AA', '#EE6677', '#228833', '#CCBB44', '#66CCEE', '#AA3377', '#77AADD', '#EE8866', '#BBCC33', '#44BB99'];
export const OTHER_COLOUR = '#9AA0A8';
export const NO_VALUE_COLOUR = '#D5D9DE';
/** The numeric scale's two ends. */
export const SCALE_LOW = '#DCEAF7';
export const SCALE_HIGH = '#08306B';
export const NO_VALUE = '(no value)';

export interface LegendEntry {
  readonly value: string;
  readonly label: string;
  readonly colour: string;
  readonly count: number;
}

export type ColourEncoding =
  | { readonly kind: 'categorical'; readonly legend: readonly LegendEntry[]; colourOf(s: Stakeholder): string }
  | { readonly kind: 'numeric'; readonly min: number; readonly max: number; readonly missing: number; colourOf(s: Stakeholder): string };

type Figures = ReadonlyMap<string, StakeholderFigures>;

/** The field's values for one stakeholder, as text (empty when it has none). */
export function fieldValues(s: Stakeholder, field: ColourField, figures: Figures | null): string[] {
  if (field === 'category') return [...s.categories];
  if (field === 'kind') return [s.kind];
  if (field === 'stage') return [s.stage];
  if (field === 'community') {
    const f = figures?.get(s.id);
    return f ? [String(f.community)] : [];
  }
  const value = (s.custom[customName(field)] ?? '').trim();
  return value === '' ? [] : [value];
}

export function valueLabel(field: ColourField, value: string): string {
  if (value === NO_VALUE) return 'No value';
  if (field === 'category') return categoryInfo(value as Stakeholder['categories'][number]).label;
  if (field === 'stage') return STAGE_LABELS[value as Stakeholder['stage']] ?? value;
  if (field === 'kind') return value === 'organization' ? 'Organization' : 'Person';
  if (field === 'community') return `Group ${Number(value) + 1}`;
  return value;
}

/** A custom field is numeric when it has a value somewhere and every value it has is a number. */
export function isNumericField(map: MapDocument, field: ColourField | SizeField): boolean {
  if (!isCustomKey(field)) return false;
  const name = customName(field);
  let any = false;
  for (const s of map.stakeholders) {
    const raw = (s.custom[name] ?? '').trim();
    if (raw === '') continue;
    if (!Number.isFinite(Number(raw))) return false;
    any = true;
  }
  return any;
}

/** Custom field names used on the map, sorted. */
const fieldNamesOf = new WeakMap<readonly Stakeholder[], readonly string[]>();

/**
 * The custom fields with a value, sorted; kept per stakeholder list, since the window's first render
 * asks for them three times (colour and size choices, the show-only control) on 20,000 people.
 */
export function customFieldNames(map: MapDocument): readonly string[] {
  let known = fieldNamesOf.get(map.stakeholders);
  if (!known) {
    const names = new Set<string>();
    for (const s of map.stakeholders) for (const [k, v] of Object.entries(s.custom)) if (v.trim() !== '') names.add(k);
    fieldNamesOf.set(map.stakeholders, (known = [...names].sort((a, b) => a.localeCompare(b))));
  }
  return known;
}

function mix(low: string, high: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(low, i) + (channel(high, i) - channel(low, i)) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

export function scaleColour(value: number, min: number, max: number): string {
  if (!Number.isFinite(value)) return NO_VALUE_COLOUR;
  return mix(SCALE_LOW, SCALE_HIGH, max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0.5);
}

function numericEncoding(map: MapDocument, name: string): ColourEncoding {
  const numberOf = (s: Stakeholder) => ((s.custom[name] ?? '').trim() === '' ? NaN : Number(s.custom[name]));
  const values = map.stakeholders.map(numberOf).filter(Number.isFinite);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { kind: 'numeric', min, max, missing: map.stakeholders.length - values.length, colourOf: (s) => scaleColour(numberOf(s), min, max) };
}

function categoricalEncoding(map: MapDocument, field: ColourField, figures: Figures | null): ColourEncoding {
  const counts = new Map<string, number>();
  for (const s of map.stakeholders) {
    const values = fieldValues(s, field, figures);
    for (const v of values.length > 0 ? values : [NO_VALUE]) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const order = [...counts].filter(([v]) => v !== NO_VALUE).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colours = new Map<string, string>();
  const fixed = (v: string) => (field === 'category' ? categoryInfo(v as Stakeholder['categories'][number]).colour : field === 'community' ? communityColour(Number(v)) : undefined);
  order.forEach(([v], i) => colours.set(v, fixed(v) ?? FIELD_PALETTE[i] ?? OTHER_COLOUR));
  const legend: LegendEntry[] = order.map(([value, count]) => ({ value, label: valueLabel(field, value), colour: colours.get(value)!, count }));
  if (counts.has(NO_VALUE)) legend.push({ value: NO_VALUE, label: 'No value', colour: field === 'category' ? UNCATEGORIZED_COLOUR : field === 'community' ? NO_COMMUNITY_COLOUR : NO_VALUE_COLOUR, count: counts.get(NO_VALUE)! });
  const noValue = field === 'community' ? NO_COMMUNITY_COLOUR : legend.at(-1)?.value === NO_VALUE ? legend.at(-1)!.colour : NO_VALUE_COLOUR;
  return { kind: 'categorical', legend, colourOf: (s) => colours.get(fieldValues(s, field, figures)[0] ?? NO_VALUE) ?? noValue };
}

/** How the field colours nodes; a numeric custom field takes the scale, every other field a palette. */
export function colourEncoding(map: MapDocument, field: ColourField, figures: Figures | null): ColourEncoding {
  return isNumericField(map, field) && isCustomKey(field) ? numericEncoding(map, customName(field)) : categoricalEncoding(map, field, figures);
}

/** The number a node's size shows, or NaN when it has none (a measure not computed yet, an empty field). */
export function sizeValue(s: Stakeholder, field: SizeField, figures: Figures | null): number {
  if (field === 'influence') return s.influence ?? 2;
  if (isCustomKey(field)) {
    const raw = (s.custom[customName(field)] ?? '').trim();
    return raw === '' ? NaN : Number(raw);
  }
  return figures?.get(s.id)?.[field] ?? NaN;
}

/** Whether a stakeholder passes the look's filter ("show only people whose field has this value"). */
export function passesLookFilter(s: Stakeholder, filter: LookFilter | null, figures: Figures | null): boolean {
  if (!filter) return true;
  const values = fieldValues(s, filter.field, figures);
  return filter.value === NO_VALUE ? values.length === 0 : values.includes(filter.value);
}

/** Every value the field takes on the map with its count, the most common first ("No value" last). */
export function fieldValueCounts(map: MapDocument, field: ColourField, figures: Figures | null): readonly LegendEntry[] {
  const encoding = categoricalEncoding(map, field, figures);
  return encoding.kind === 'categorical' ? encoding.legend : [];
}
