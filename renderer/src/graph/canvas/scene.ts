// Pure: the map's element list (the same one Cytoscape gets, elements.ts) read into what the big-map
// canvas draws: each node's place, size, fill, ring, halo and layer, each tie's ends and look, and
// both grouped by look so a frame sets the brush once per group instead of once per element.
import type { ElementDefinition } from 'cytoscape';
import { PIE_SLOTS } from '../elements';
import { lookOf, zIndexes, type Look } from '../look-resolve';
import { NODE_BORDER } from '../look-table';

export { LINK_SOURCE_COLOUR } from '../look-table';

export interface Slice {
  readonly colour: string;
  /** Share of the circle, 0-1. */
  readonly share: number;
}

export interface Ring {
  readonly colour: string;
  readonly width: number;
  readonly style: 'solid' | 'dashed' | 'double';
}

export interface Halo {
  readonly colour: string;
  readonly padding: number;
  readonly opacity: number;
}

export interface SceneNode {
  readonly id: string;
  /** Model position; NaN until the node has been placed. */
  x: number;
  y: number;
  readonly size: number;
  readonly colour: string;
  /** Slices when the node has several categories (and no single fill replaces them). */
  readonly pie: readonly Slice[] | null;
  readonly organization: boolean;
  readonly label: string;
  readonly boldLabel: boolean;
  /** Always labelled (the selection and highlighted nodes); others only when room allows. */
  readonly alwaysLabelled: boolean;
  readonly opacity: number;
  readonly labelOpacity: number;
  readonly ring: Ring | null;
  readonly halo: Halo | null;
  readonly layer: number;
}

export interface EdgeLook {
  readonly colour: string;
  readonly width: number;
  readonly opacity: number;
  readonly dashed: boolean;
}

export interface SceneEdge {
  readonly id: string;
  readonly source: number;
  readonly target: number;
  readonly directed: boolean;
}

export interface EdgeGroup {
  readonly look: EdgeLook;
  readonly edges: readonly SceneEdge[];
}

export interface NodeGroup {
  readonly layer: number;
  readonly colour: string;
  readonly opacity: number;
  readonly organization: boolean;
  /** Indices into `nodes`, plain nodes only (no ring, halo or pie). */
  readonly members: readonly number[];
}

export interface Scene {
  readonly nodes: readonly SceneNode[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Back to front. */
  readonly edgeGroups: readonly EdgeGroup[];
  /** Back to front. */
  readonly nodeGroups: readonly NodeGroup[];
  /** Nodes with a ring, halo or pie, drawn one by one after the plain groups of their layer. */
  readonly decorated: readonly number[];
  /** Each node's place in the drawing order (higher is drawn later, so on top): what a click hits. */
  readonly drawRank: readonly number[];
  readonly largestSize: number;
}

function classSet(e: ElementDefinition, extra: string | null): Set<string> {
  const set = new Set((e.classes === undefined ? '' : Array.isArray(e.classes) ? e.classes.join(' ') : e.classes).split(' ').filter(Boolean));
  if (extra) set.add(extra);
  return set;
}

interface ClassLook {
  readonly classes: ReadonlySet<string>;
  readonly look: Look;
}

/**
 * Reads each element's classes and look once per distinct class list within one scene: 20,000
 * nodes and 60,000 ties come in a handful of class lists, so a big map's first frame does not
 * split, sort and look up the same few lists 80,000 times.
 */
function classLooks(group: 'node' | 'edge'): (e: ElementDefinition, extra: string | null) => ClassLook {
  const seen = new Map<string, ClassLook>();
  return (e, extra) => {
    const raw = e.classes === undefined ? '' : Array.isArray(e.classes) ? e.classes.join(' ') : e.classes;
    const key = extra === null ? raw : `${raw} ${extra}`;
    let known = seen.get(key);
    if (!known) {
      const classes = classSet(e, extra);
      seen.set(key, (known = { classes, look: lookOf(group, classes) }));
    }
    return known;
  };
}

function pieOf(look: Look, data: Record<string, unknown>): Slice[] | null {
  if (!(Number(look.get('pie-2-background-size', data)) > 0)) return null;
  const slices: Slice[] = [];
  for (let i = 1; i <= PIE_SLOTS; i += 1) {
    const share = Number(look.get(`pie-${i}-background-size`, data)) / 100;
    if (share > 0) slices.push({ colour: String(look.get(`pie-${i}-background-color`, data)), share });
  }
  return slices;
}

/** The table's border on a node with no class: drawn with the plain groups, not as a ring. */
const PLAIN_BORDER = { colour: NODE_BORDER.colour, width: NODE_BORDER.width, style: 'solid' };

function ringOf(look: Look, data: Record<string, unknown>): Ring | null {
  const ring = { colour: String(look.get('border-color', data)), width: Number(look.get('border-width', data)), style: look.get('border-style', data) as Ring['style'] };
  return ring.colour === PLAIN_BORDER.colour && ring.width === PLAIN_BORDER.width && ring.style === PLAIN_BORDER.style ? null : ring;
}

function haloOf(look: Look, data: Record<string, unknown>): Halo | null {
  const colour = look.get('underlay-color', data);
  if (colour === undefined) return null;
  return { colour: String(colour), padding: Number(look.get('underlay-padding', data)), opacity: Number(look.get('underlay-opacity', data)) };
}

const NODE_Z = zIndexes('node');
/** Draw order, back to front: the dimmed, then one layer per z-index the table gives nodes. */
export const NODE_LAYERS = NODE_Z.length + 1;

function nodeLayer(z: number, opacity: number): number {
  if (z === 0 && opacity < 1) return 0;
  return NODE_Z.indexOf(z) + 1;
}

function readNode(e: ElementDefinition, linkSource: string | null, classLook: ReturnType<typeof classLooks>): SceneNode | null {
  const data = e.data as Record<string, unknown>;
  const id = String(data.id);
  const { classes: c, look } = classLook(e, id === linkSource ? 'link-source' : null);
  if (look.get('display', data) === 'none') return null;
  const opacity = Number(look.get('opacity', data) ?? 1);
  return {
    id,
    x: e.position?.x ?? NaN,
    y: e.position?.y ?? NaN,
    size: Number(look.get('width', data)) || 30,
    colour: String(look.get('background-color', data)),
    pie: pieOf(look, data),
    organization: look.get('shape', data) === 'round-rectangle',
    label: String(look.get('label', data) ?? ''),
    boldLabel: look.get('font-weight', data) === 'bold',
    // The canvas labels the rest only where room allows (scene-labels.ts).
    alwaysLabelled: c.has('chosen') || c.has('highlighted'),
    opacity,
    labelOpacity: Number(look.get('text-opacity', data) ?? 1),
    ring: ringOf(look, data),
    halo: haloOf(look, data),
    layer: nodeLayer(Number(look.get('z-index', data) ?? 0), opacity),
  };
}

/** A tie's look from the table; drawn back to front by z-index, the fainter first within one. */
function edgeLook(look: Look, data: Record<string, unknown>): (EdgeLook & { z: number }) | null {
  if (look.get('display', data) === 'none') return null;
  return {
    colour: String(look.get('line-color', data)),
    width: Number(look.get('width', data)),
    opacity: Number(look.get('opacity', data) ?? 1),
    dashed: look.get('line-style', data) === 'dashed',
    z: Number(look.get('z-index', data) ?? 0),
  };
}

function groupEdges(elements: readonly ElementDefinition[], indexOf: ReadonlyMap<string, number>): EdgeGroup[] {
  const groups = new Map<string, { look: EdgeLook; z: number; edges: SceneEdge[] }>();
  const classLook = classLooks('edge');
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const { look: tieLook } = classLook(e, null);
    const data = e.data as Record<string, unknown>;
    const drawn = edgeLook(tieLook, data);
    if (!drawn) continue;
    const source = indexOf.get(String(e.data.source));
    const target = indexOf.get(String(e.data.target));
    if (source === undefined || target === undefined) continue;
    const { z, ...look } = drawn;
    const key = `${z}|${look.colour}|${look.width}|${look.opacity}|${look.dashed}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { look, z, edges: [] }));
    group.edges.push({ id: String(e.data.id), source, target, directed: tieLook.get('target-arrow-shape', data) === 'triangle' });
  }
  return [...groups.values()].sort((a, b) => a.z - b.z || a.look.opacity - b.look.opacity).map(({ look, edges }) => ({ look, edges }));
}

const isDecorated = (n: SceneNode) => n.ring !== null || n.halo !== null || n.pie !== null;

function groupNodes(nodes: readonly SceneNode[]): NodeGroup[] {
  const groups = new Map<string, NodeGroup & { members: number[] }>();
  nodes.forEach((n, i) => {
    if (isDecorated(n)) return;
    const key = `${n.layer}|${n.colour}|${n.opacity}|${n.organization}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { colour: n.colour, opacity: n.opacity, organization: n.organization, members: [], layer: n.layer }));
    group.members.push(i);
  });
  return [...groups.values()].sort((a, b) => a.layer - b.layer);
}

/** The order draw-scene.ts paints in: per layer, the plain groups, then that layer's decorated nodes. */
function drawRanks(count: number, groups: readonly NodeGroup[], decorated: readonly number[], nodes: readonly SceneNode[]): number[] {
  const rank = new Array<number>(count).fill(0);
  let next = 0;
  let d = 0;
  for (let layer = 0; layer < NODE_LAYERS; layer += 1) {
    for (const group of groups) if (group.layer === layer) for (const i of group.members) rank[i] = next++;
    for (; d < decorated.length && nodes[decorated[d]!]!.layer === layer; d += 1) rank[decorated[d]!] = next++;
  }
  return rank;
}

/** Reads the element list; `linkSource` is the node waiting for the second end of a new tie. */
export function buildScene(elements: readonly ElementDefinition[], linkSource: string | null = null): Scene {
  const nodes: SceneNode[] = [];
  const indexOf = new Map<string, number>();
  let largestSize = 0;
  const classLook = classLooks('node');
  for (const e of elements) {
    if (e.group !== 'nodes') continue;
    const node = readNode(e, linkSource, classLook);
    if (!node) continue;
    indexOf.set(node.id, nodes.length);
    nodes.push(node);
    largestSize = Math.max(largestSize, node.size);
  }
  const decorated: number[] = [];
  nodes.forEach((n, i) => {
    if (isDecorated(n)) decorated.push(i);
  });
  decorated.sort((a, b) => nodes[a]!.layer - nodes[b]!.layer);
  const nodeGroups = groupNodes(nodes);
  return { nodes, indexOf, edgeGroups: groupEdges(elements, indexOf), nodeGroups, decorated, drawRank: drawRanks(nodes.length, nodeGroups, decorated, nodes), largestSize };
}
