// Colour, size and filter by any field: the pure encodings, on a map whose stakeholders carry
// custom fields as an import leaves them (text, some empty, one numeric).
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';
import {
  colourEncoding,
  customFieldNames,
  FIELD_PALETTE,
  fieldValueCounts,
  isNumericField,
  NO_VALUE,
  NO_VALUE_COLOUR,
  passesLookFilter,
  scaleColour,
  SCALE_HIGH,
  SCALE_LOW,
  sizeValue,
} from '../../../renderer/src/graph/encodings';
import { buildElements } from '../../../renderer/src/graph/elements';
import { createNodeLook, MAX_NODE_SIZE, MIN_NODE_SIZE, UNKNOWN_NODE_SIZE } from '../../../renderer/src/graph/node-look';
import { noFilters } from '../../../renderer/src/state/core/app-state';
import { smallMap } from './map-fixture';

/** s1 and s2 in Ward 3, s3 in Ward 1, s4 without a ward; budgets 10, 40, 25 and none; a mixed text/number field. */
function withCustomFields(): MapDocument {
  const map = smallMap();
  const custom: Record<string, Record<string, string>> = {
    s1: { Ward: 'Ward 3', Budget: '10', Note: '5' },
    s2: { Ward: 'Ward 3', Budget: '40', Note: 'see file' },
    s3: { Ward: 'Ward 1', Budget: '25' },
    s4: { Ward: '  ', Budget: '' },
  };
  return { ...map, stakeholders: map.stakeholders.map((s) => ({ ...s, custom: custom[s.id] ?? {} })) };
}

const map = withCustomFields();
const byId = (id: string) => map.stakeholders.find((s) => s.id === id)!;

describe('fields', () => {
  it('lists the custom fields in use and tells numeric ones (every value a number) from text ones', () => {
    expect(customFieldNames(map)).toEqual(['Budget', 'Note', 'Ward']);
    expect(isNumericField(map, 'custom:Budget')).toBe(true);
    expect(isNumericField(map, 'custom:Note')).toBe(false);
    expect(isNumericField(map, 'custom:Ward')).toBe(false);
    expect(isNumericField(map, 'custom:Missing')).toBe(false);
    expect(isNumericField(map, 'stage')).toBe(false);
  });

  it('reads the custom fields once per list of stakeholders (the first render asks three times), anew for a new list', () => {
    const names = customFieldNames(map);
    expect(customFieldNames({ ...map })).toBe(names);
    const edited = { ...map, stakeholders: map.stakeholders.map((s) => (s.id === 's4' ? { ...s, custom: { Area: 'North' } } : s)) };
    expect(customFieldNames(edited)).toEqual(['Area', 'Budget', 'Note', 'Ward']);
    expect(customFieldNames(map)).toEqual(['Budget', 'Note', 'Ward']);
  });

  it('counts each value, the most common first, with the stakeholders without one last', () => {
    expect(fieldValueCounts(map, 'custom:Ward', null).map((e) => [e.value, e.label, e.count])).toEqual([
      ['Ward 3', 'Ward 3', 2],
      ['Ward 1', 'Ward 1', 1],
      [NO_VALUE, 'No value', 1],
    ]);
    // One each: ties in count are broken by the stored value, so the order stays put between runs.
    expect(fieldValueCounts(map, 'stage', null).map((e) => e.label)).toEqual(['Core group', 'Mapped', 'Member', 'To contact']);
    expect(fieldValueCounts(map, 'kind', null).map((e) => [e.label, e.count])).toEqual([
      ['Person', 3],
      ['Organization', 1],
    ]);
  });
});

describe('colour by a field', () => {
  it('gives a text field one palette colour per value, the commonest first, and pale grey to the rest', () => {
    const encoding = colourEncoding(map, 'custom:Ward', null);
    if (encoding.kind !== 'categorical') throw new Error('expected a categorical encoding');
    expect(encoding.legend.map((e) => e.colour)).toEqual([FIELD_PALETTE[0], FIELD_PALETTE[1], NO_VALUE_COLOUR]);
    expect(encoding.colourOf(byId('s1'))).toBe(FIELD_PALETTE[0]);
    expect(encoding.colourOf(byId('s2'))).toBe(FIELD_PALETTE[0]);
    expect(encoding.colourOf(byId('s3'))).toBe(FIELD_PALETTE[1]);
    expect(encoding.colourOf(byId('s4'))).toBe(NO_VALUE_COLOUR);
  });

  it('gives a numeric field a light-to-dark scale over its range', () => {
    const encoding = colourEncoding(map, 'custom:Budget', null);
    if (encoding.kind !== 'numeric') throw new Error('expected a numeric encoding');
    expect([encoding.min, encoding.max, encoding.missing]).toEqual([10, 40, 1]);
    expect(encoding.colourOf(byId('s1'))).toBe(SCALE_LOW);
    expect(encoding.colourOf(byId('s2'))).toBe(SCALE_HIGH);
    expect(encoding.colourOf(byId('s4'))).toBe(NO_VALUE_COLOUR);
    // Halfway: each channel halfway between #DCEAF7 and #08306B.
    expect(scaleColour(25, 10, 40)).toBe('#728DB1');
  });

  it('reaches the map elements as a single fill instead of the category pie', () => {
    const look = createNodeLook({ map, sizeBy: 'influence', colourBy: 'custom:Ward', figures: null, highlight: null });
    const elements = buildElements({ map, filters: noFilters, selection: null, look });
    const maria = elements.find((e) => e.data.id === 's1')!;
    expect(maria.data.colour).toBe(FIELD_PALETTE[0]);
    expect([maria.data.pie1Size, maria.data.pie2Size]).toEqual([0, 0]);
    expect(look.colours?.kind).toBe('categorical');
  });
});

describe('size by a measure or a numeric field', () => {
  it('reads the number from the field or the analysis, NaN when there is none', () => {
    const figures = new Map(analyzeMap(map).stakeholders.map((f) => [f.id, f]));
    expect(sizeValue(byId('s2'), 'custom:Budget', null)).toBe(40);
    expect(sizeValue(byId('s4'), 'custom:Budget', null)).toBeNaN();
    expect(sizeValue(byId('s2'), 'degree', figures)).toBe(figures.get('s2')!.degree);
    expect(figures.get('s2')!.degree).toBeGreaterThan(0);
    expect(sizeValue(byId('s1'), 'degree', null)).toBeNaN();
  });

  it('scales the smallest value to the smallest node and leaves the valueless at the unknown size', () => {
    const look = createNodeLook({ map, sizeBy: 'custom:Budget', colourBy: 'category', figures: null, highlight: null });
    expect(look.size(byId('s1'))).toBe(MIN_NODE_SIZE);
    expect(look.size(byId('s2'))).toBe(MAX_NODE_SIZE);
    expect(look.size(byId('s3'))).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(0.5), 9);
    expect(look.size(byId('s4'))).toBe(UNKNOWN_NODE_SIZE);
  });
});

describe('show only', () => {
  it('keeps the people whose field has the value, or none when the value is "no value"', () => {
    const kept = (filter: Parameters<typeof passesLookFilter>[1]) => map.stakeholders.filter((s) => passesLookFilter(s, filter, null)).map((s) => s.id);
    expect(kept(null)).toEqual(['s1', 's2', 's3', 's4']);
    expect(kept({ field: 'custom:Ward', value: 'Ward 3' })).toEqual(['s1', 's2']);
    expect(kept({ field: 'custom:Ward', value: NO_VALUE })).toEqual(['s4']);
    expect(kept({ field: 'category', value: 'influential' })).toEqual(['s1']);
    expect(kept({ field: 'kind', value: 'organization' })).toEqual(['s2']);
  });

  it('hides the others on the map, and their ties with them', () => {
    const look = createNodeLook({ map, sizeBy: 'influence', colourBy: 'category', filter: { field: 'custom:Ward', value: 'Ward 3' }, figures: null, highlight: null });
    const elements = buildElements({ map, filters: noFilters, selection: null, look });
    const hidden = elements.filter((e) => String(e.classes).split(' ').includes('hidden')).map((e) => String(e.data.id));
    expect(hidden).toEqual(['s3', 's4', 't6', 't7']);
  });
});
