// How the big-map canvas reads the look table (look-table.ts): the rules matching an element's
// group and classes are applied in order, the later winning, then data fields are filled in from
// the element. The class-only part is cached per class list, so 20,000 nodes in a handful of
// states cost a handful of cascades. Pointer-state rules are Cytoscape's alone.
import { LOOK_TABLE, type LookRule, type LookValue } from './look-table';

export type Resolved = ReadonlyMap<string, unknown>;
type Group = 'node' | 'edge';

const cache = new Map<string, ReadonlyMap<string, LookValue>>();

function applies(rule: LookRule, group: Group, classes: ReadonlySet<string>): boolean {
  if (rule.pointer) return false;
  if (rule.group && rule.group !== group) return false;
  return (rule.classes ?? []).every((c) => classes.has(c));
}

function cascade(table: readonly LookRule[], group: Group, classes: ReadonlySet<string>): ReadonlyMap<string, LookValue> {
  const style = new Map<string, LookValue>();
  for (const rule of table) if (applies(rule, group, classes)) for (const [p, v] of Object.entries(rule.style)) style.set(p, v);
  return style;
}

function valueOf(value: LookValue, data: Readonly<Record<string, unknown>>): unknown {
  if (typeof value !== 'object' || Array.isArray(value)) return value;
  if ('data' in value) return data[value.data];
  const [field, lo, hi, from, to] = (value as { mapData: readonly [string, number, number, number, number] }).mapData;
  const t = Math.min(1, Math.max(0, (Number(data[field]) - lo) / (hi - lo)));
  return from + (to - from) * t;
}

/** An element's style before its data is read: what the matching rules set, the later winning. */
export interface Look {
  /** The property's value for this element (data fields filled in), undefined when no rule sets it. */
  get(property: string, data: Readonly<Record<string, unknown>>): unknown;
  readonly properties: ReadonlyMap<string, LookValue>;
}

/** The look of an element of `group` with these classes (cached per class list for the app's table). */
export function lookOf(group: Group, classes: ReadonlySet<string>, table: readonly LookRule[] = LOOK_TABLE): Look {
  const key = `${group}|${[...classes].sort().join(' ')}`;
  let raw = table === LOOK_TABLE ? cache.get(key) : undefined;
  if (!raw) {
    raw = cascade(table, group, classes);
    if (table === LOOK_TABLE) cache.set(key, raw);
  }
  const properties = raw;
  return { properties, get: (property, data) => (properties.has(property) ? valueOf(properties.get(property)!, data) : undefined) };
}

/** Every property the table sets for the element, data fields filled in. */
export function resolveLook(group: Group, classes: ReadonlySet<string>, data: Readonly<Record<string, unknown>>, table: readonly LookRule[] = LOOK_TABLE): Resolved {
  const look = lookOf(group, classes, table);
  return new Map([...look.properties.keys()].map((p) => [p, look.get(p, data)]));
}

/** The z-index values node rules use, low to high: the canvas draws a layer per value. */
export function zIndexes(group: Group, table: readonly LookRule[] = LOOK_TABLE): number[] {
  const values = new Set<number>([0]);
  for (const rule of table) if (!rule.pointer && rule.group !== (group === 'node' ? 'edge' : 'node') && typeof rule.style['z-index'] === 'number') values.add(rule.style['z-index']);
  return [...values].sort((a, b) => a - b);
}
