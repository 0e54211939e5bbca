// Pure: what the look table (look-resolve.ts) makes of one class list, prepared once per list for
// the canvas scene. A big map's 20,000 nodes and 60,000 ties come in a handful of class lists, and
// most of a look does not read the element's data at all (rings, haloes, layers, tie colours): those
// parts are worked out once per list; only the parts naming a data field are read per element.
import { PIE_SLOTS } from '../elements';
import { lookOf, zIndexes, type Look } from '../look-resolve';
import { NODE_BORDER, type LookValue, type MappedRef } from '../look-table';
import type { EdgeLook, Halo, Ring, SceneNode, Slice } from './scene';

export type Data = Readonly<Record<string, unknown>>;

/** One part of a look: its value when it reads no data field, else how to read it from an element's data. */
interface Part<T> {
  readonly fields: readonly string[];
  readonly value: T;
  of(data: Data): T;
}

function fieldOf(value: LookValue | undefined): string | null {
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return null;
  return 'data' in value ? value.data : (value as MappedRef).mapData[0];
}

/** Reads one property for an element: its constant, or its data field (mapped when the table maps it). */
type Reader = (data: Data) => unknown;

function readerOf(look: Look, property: string): Reader {
  if (!look.properties.has(property)) return () => undefined;
  const field = fieldOf(look.properties.get(property));
  if (field === null) {
    const value = look.get(property, {});
    return () => value;
  }
  const value = look.properties.get(property);
  return typeof value === 'object' && 'data' in value ? (data) => data[field] : (data) => look.get(property, data);
}

/**
 * A part of the look made from `properties`: `make` is given a reader per property and returns
 * how to compute the part from an element's data; computed once here when no property reads data.
 */
function part<T>(look: Look, properties: readonly string[], make: (...readers: Reader[]) => (data: Data) => T): Part<T> {
  const fields = [...new Set(properties.map((p) => fieldOf(look.properties.get(p))).filter((f): f is string => f !== null))];
  const of = make(...properties.map((p) => readerOf(look, p)));
  if (fields.length > 0) return { fields, value: undefined as T, of };
  const value = of({});
  return { fields, value, of: () => value };
}

const PIE_PROPERTIES = Array.from({ length: PIE_SLOTS }, (_v, i) => [`pie-${i + 1}-background-size`, `pie-${i + 1}-background-color`]).flat();

function pieOf(...readers: Reader[]): (data: Data) => Slice[] | null {
  return (data) => {
    // The second slot's size tells a pie from a single fill.
    if (!(Number(readers[2]!(data)) > 0)) return null;
    const slices: Slice[] = [];
    for (let i = 0; i < PIE_SLOTS; i += 1) {
      const share = Number(readers[2 * i]!(data)) / 100;
      if (share > 0) slices.push({ colour: String(readers[2 * i + 1]!(data)), share });
    }
    return slices;
  };
}

/** The table's border on a node with no class: drawn with the plain groups, not as a ring. */
const PLAIN_BORDER = { colour: NODE_BORDER.colour, width: NODE_BORDER.width, style: 'solid' };

function ringOf(colour: Reader, width: Reader, style: Reader): (data: Data) => Ring | null {
  return (data) => {
    const ring = { colour: String(colour(data)), width: Number(width(data)), style: style(data) as Ring['style'] };
    return ring.colour === PLAIN_BORDER.colour && ring.width === PLAIN_BORDER.width && ring.style === PLAIN_BORDER.style ? null : ring;
  };
}

function haloOf(colour: Reader, padding: Reader, opacity: Reader): (data: Data) => Halo | null {
  return (data) => {
    const c = colour(data);
    return c === undefined ? null : { colour: String(c), padding: Number(padding(data)), opacity: Number(opacity(data)) };
  };
}

const NODE_Z = zIndexes('node');
/** Draw order, back to front: the dimmed, then one layer per z-index the table gives nodes. */
export const NODE_LAYERS = NODE_Z.length + 1;

function nodeLayer(zIndex: Reader, opacity: Reader): (data: Data) => number {
  return (data) => {
    const z = Number(zIndex(data) ?? 0);
    if (z === 0 && Number(opacity(data) ?? 1) < 1) return 0;
    return NODE_Z.indexOf(z) + 1;
  };
}

/** How a node with one class list is drawn. */
export interface NodeLookParts {
  readonly hidden: Part<boolean>;
  readonly alwaysLabelled: boolean;
  readonly size: Part<number>;
  readonly colour: Part<string>;
  readonly pie: Part<Slice[] | null>;
  readonly organization: Part<boolean>;
  readonly label: Part<string>;
  readonly boldLabel: Part<boolean>;
  readonly opacity: Part<number>;
  readonly labelOpacity: Part<number>;
  readonly ring: Part<Ring | null>;
  readonly halo: Part<Halo | null>;
  readonly layer: Part<number>;
}

export function nodeLookParts(classes: ReadonlySet<string>): NodeLookParts {
  const look = lookOf('node', classes);
  return {
    hidden: part(look, ['display'], (display) => (d) => display(d) === 'none'),
    // The canvas labels the rest only where room allows (scene-labels.ts).
    alwaysLabelled: classes.has('chosen') || classes.has('highlighted'),
    size: part(look, ['width'], (width) => (d) => Number(width(d)) || 30),
    colour: part(look, ['background-color'], (colour) => (d) => String(colour(d))),
    pie: part(look, PIE_PROPERTIES, pieOf),
    organization: part(look, ['shape'], (shape) => (d) => shape(d) === 'round-rectangle'),
    label: part(look, ['label'], (label) => (d) => String(label(d) ?? '')),
    boldLabel: part(look, ['font-weight'], (weight) => (d) => weight(d) === 'bold'),
    opacity: part(look, ['opacity'], (opacity) => (d) => Number(opacity(d) ?? 1)),
    labelOpacity: part(look, ['text-opacity'], (opacity) => (d) => Number(opacity(d) ?? 1)),
    ring: part(look, ['border-color', 'border-width', 'border-style'], ringOf),
    halo: part(look, ['underlay-color', 'underlay-padding', 'underlay-opacity'], haloOf),
    layer: part(look, ['z-index', 'opacity'], nodeLayer),
  };
}

/** One node read from its class list's parts and its data; null when the look hides it. */
export function nodeFrom(parts: NodeLookParts, id: string, data: Data, x: number, y: number): SceneNode | null {
  if (parts.hidden.of(data)) return null;
  return {
    id,
    x,
    y,
    size: parts.size.of(data),
    colour: parts.colour.of(data),
    pie: parts.pie.of(data),
    organization: parts.organization.of(data),
    label: parts.label.of(data),
    boldLabel: parts.boldLabel.of(data),
    alwaysLabelled: parts.alwaysLabelled,
    opacity: parts.opacity.of(data),
    labelOpacity: parts.labelOpacity.of(data),
    ring: parts.ring.of(data),
    halo: parts.halo.of(data),
    layer: parts.layer.of(data),
  };
}

/** A tie's look from the table, drawn back to front by z-index; null when the look hides it. */
export type TieLook = (EdgeLook & { readonly z: number }) | null;

function tieLook(display: Reader, colour: Reader, width: Reader, opacity: Reader, style: Reader, zIndex: Reader): (data: Data) => TieLook {
  return (data) => {
    if (display(data) === 'none') return null;
    return {
      colour: String(colour(data)),
      width: Number(width(data)),
      opacity: Number(opacity(data) ?? 1),
      dashed: style(data) === 'dashed',
      z: Number(zIndex(data) ?? 0),
    };
  };
}

/** How a tie with one class list is drawn. */
export interface TieLookParts {
  readonly look: Part<TieLook>;
  readonly directed: Part<boolean>;
}

export function tieLookParts(classes: ReadonlySet<string>): TieLookParts {
  const look = lookOf('edge', classes);
  return {
    look: part(look, ['display', 'line-color', 'width', 'opacity', 'line-style', 'z-index'], tieLook),
    directed: part(look, ['target-arrow-shape'], (arrow) => (d) => arrow(d) === 'triangle'),
  };
}
