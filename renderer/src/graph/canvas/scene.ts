// Pure: what the big-map canvas draws: each node's place, size, fill, ring, halo and layer, each
// tie's ends and look, both grouped by look so a frame sets the brush once per group instead of once
// per element; and buildScene, which reads it from the element list Cytoscape gets (elements.ts).
// The app builds the same scene straight from the map (scene-from-map.ts).
import type { ElementDefinition } from 'cytoscape';
import { SceneBuilder } from './scene-builder';

export { LINK_SOURCE_COLOUR } from '../look-table';
export { NODE_LAYERS } from './scene-looks';

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

function classString(e: ElementDefinition): string {
  return e.classes === undefined ? '' : Array.isArray(e.classes) ? e.classes.join(' ') : e.classes;
}

function classSet(raw: string, extra: string | null): Set<string> {
  const set = new Set(raw.split(' ').filter(Boolean));
  if (extra) set.add(extra);
  return set;
}

/** Reads the element list; `linkSource` is the node waiting for the second end of a new tie. */
export function buildScene(elements: readonly ElementDefinition[], linkSource: string | null = null): Scene {
  const builder = new SceneBuilder();
  for (const e of elements) {
    if (e.group !== 'nodes') continue;
    const data = e.data as Record<string, unknown>;
    const id = String(data.id);
    const raw = classString(e);
    const extra = id === linkSource ? 'link-source' : null;
    builder.node(extra === null ? raw : `${raw} ${extra}`, () => classSet(raw, extra), id, data, e.position?.x ?? NaN, e.position?.y ?? NaN);
  }
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const raw = classString(e);
    builder.edge(raw, () => classSet(raw, null), String(e.data.id), String(e.data.source), String(e.data.target), e.data as Record<string, unknown>);
  }
  return builder.finish();
}
