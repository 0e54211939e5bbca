// Pure: the map's element list (the same one Cytoscape gets, elements.ts) read into what the big-map
// canvas draws: each node's place, size, fill, ring, halo and layer, each tie's ends and look, and
// both grouped by look so a frame sets the brush once per group instead of once per element.
import type { ElementDefinition } from 'cytoscape';
import { HIGHLIGHT_COLOUR, HIGHLIGHT_TIE_COLOUR } from '../highlight-styles';
import { INK, SELECTION_COLOUR, TICKED_COLOUR, TICKED_RING_WIDTH } from '../stylesheet';
import { PIE_SLOTS } from '../elements';
import { CONFLICT_COLOUR, TIE_COLOUR } from '../tie-styles';

export const LINK_SOURCE_COLOUR = '#B45309';
const TOUCHING_COLOUR = '#52606D';

/** Draw order, back to front (the stylesheet's z-index): dimmed, plain, neighbour, lit, chosen. */
export const NODE_LAYERS = 5;

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

function classSet(e: ElementDefinition): Set<string> {
  return new Set((e.classes === undefined ? '' : Array.isArray(e.classes) ? e.classes.join(' ') : e.classes).split(' ').filter(Boolean));
}

function pieOf(data: Record<string, unknown>): Slice[] | null {
  if (!(Number(data.pie2Size) > 0)) return null;
  const slices: Slice[] = [];
  for (let i = 1; i <= PIE_SLOTS; i += 1) {
    const share = Number(data[`pie${i}Size`]) / 100;
    if (share > 0) slices.push({ colour: String(data[`pie${i}Colour`]), share });
  }
  return slices;
}

/** The last of the stylesheet's border rules that matches wins, as in Cytoscape. */
function ringOf(c: Set<string>, linkSource: boolean): Ring | null {
  if (c.has('highlighted')) return { colour: INK, width: 3, style: 'solid' };
  if (linkSource) return { colour: LINK_SOURCE_COLOUR, width: 4, style: 'solid' };
  if (c.has('chosen')) return { colour: INK, width: 3, style: 'solid' };
  if (c.has('ticked')) return { colour: TICKED_COLOUR, width: TICKED_RING_WIDTH, style: 'solid' };
  if (c.has('confidential')) return { colour: INK, width: 3, style: 'dashed' };
  if (c.has('anchor')) return { colour: INK, width: 6, style: 'double' };
  return null;
}

function haloOf(c: Set<string>): Halo | null {
  if (c.has('highlighted')) return { colour: HIGHLIGHT_COLOUR, padding: 10, opacity: 0.55 };
  if (c.has('chosen')) return { colour: SELECTION_COLOUR, padding: 8, opacity: 0.28 };
  return null;
}

function nodeOpacity(c: Set<string>): number {
  if (c.has('chosen') || c.has('highlighted')) return 1;
  if (c.has('dimmed')) return 0.16;
  if (c.has('faded')) return 0.22;
  return 1;
}

function nodeLayer(c: Set<string>): number {
  if (c.has('chosen')) return 4;
  if (c.has('highlighted')) return 3;
  if (c.has('neighbour')) return 2;
  if (c.has('dimmed') || c.has('faded')) return 0;
  return 1;
}

function readNode(e: ElementDefinition, linkSource: string | null): SceneNode | null {
  const c = classSet(e);
  if (c.has('hidden')) return null;
  const data = e.data as Record<string, unknown>;
  const id = String(data.id);
  const byCommunity = c.has('by-community');
  return {
    id,
    x: e.position?.x ?? NaN,
    y: e.position?.y ?? NaN,
    size: Number(data.size) || 30,
    colour: String(data.colour),
    pie: byCommunity ? null : pieOf(data),
    organization: c.has('organization'),
    label: String(data.label ?? ''),
    boldLabel: c.has('anchor') || c.has('chosen') || c.has('highlighted'),
    alwaysLabelled: c.has('chosen') || c.has('highlighted'),
    opacity: nodeOpacity(c),
    ring: ringOf(c, id === linkSource),
    halo: haloOf(c),
    layer: nodeLayer(c),
  };
}

/** A tie's look, in the stylesheet's order of rules (the later rule wins). */
function edgeLook(c: Set<string>, strength: number): EdgeLook & { rank: number } {
  const conflict = c.has('conflict');
  let colour = conflict ? CONFLICT_COLOUR : TIE_COLOUR;
  let width = 1.2 + (Math.min(3, Math.max(1, strength || 1)) - 1) * 1.2;
  let opacity = conflict ? 1 : 0.8;
  let rank = 1;
  if (c.has('faded')) [opacity, rank] = [0.22, 0];
  if (c.has('touching')) [opacity, colour, rank] = [1, conflict ? CONFLICT_COLOUR : TOUCHING_COLOUR, 2];
  // Dimming sets no z-index in the stylesheet: the selection's ties stay above the other dimmed ones.
  if (c.has('dimmed')) opacity = 0.16;
  if (c.has('highlighted')) [opacity, colour, width, rank] = [1, HIGHLIGHT_TIE_COLOUR, 4, 3];
  return { colour, width, opacity, dashed: conflict, rank };
}

function groupEdges(elements: readonly ElementDefinition[], indexOf: ReadonlyMap<string, number>): EdgeGroup[] {
  const groups = new Map<string, { look: EdgeLook; rank: number; edges: SceneEdge[] }>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const c = classSet(e);
    if (c.has('hidden')) continue;
    const source = indexOf.get(String(e.data.source));
    const target = indexOf.get(String(e.data.target));
    if (source === undefined || target === undefined) continue;
    const { rank, ...look } = edgeLook(c, Number(e.data.strength));
    const key = `${rank}|${look.colour}|${look.width}|${look.opacity}|${look.dashed}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { look, rank, edges: [] }));
    group.edges.push({ id: String(e.data.id), source, target, directed: c.has('directed') });
  }
  return [...groups.values()].sort((a, b) => a.rank - b.rank).map(({ look, edges }) => ({ look, edges }));
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
  for (const e of elements) {
    if (e.group !== 'nodes') continue;
    const node = readNode(e, linkSource);
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
