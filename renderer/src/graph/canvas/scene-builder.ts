// Pure: gathers a scene's nodes and ties, each given as its class list and data, into what the
// canvas draws (scene.ts): nodes indexed, plain nodes grouped by fill, ties grouped by look, and the
// drawing order. Both ways of building a scene go through it: from Cytoscape's element list
// (buildScene) and straight from the map (scene-from-map.ts), so both give the same picture.
import type { EdgeGroup, EdgeLook, NodeGroup, Scene, SceneEdge, SceneNode } from './scene';
import { NODE_LAYERS, nodeFrom, nodeLookParts, tieLookParts, type Data, type NodeLookParts, type TieLook, type TieLookParts } from './scene-looks';

interface TieGroup {
  readonly look: EdgeLook;
  readonly z: number;
  readonly edges: SceneEdge[];
  listed: boolean;
}

interface TieKind {
  readonly parts: TieLookParts;
  /** The group of a look that reads no data, once known; null when the look hides the tie. */
  only: TieGroup | null | undefined;
  /** Otherwise the group per value of the data the look reads. */
  readonly byData: Map<unknown, TieGroup | null>;
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

export class SceneBuilder {
  private readonly nodes: SceneNode[] = [];
  private readonly indexOf = new Map<string, number>();
  private largestSize = 0;
  private readonly nodeKinds = new Map<string | number, NodeLookParts>();
  private readonly tieKinds = new Map<string | number, TieKind>();
  private readonly tieGroups = new Map<string, TieGroup>();
  /** Groups in the order their first tie came, as the drawing order keeps it within one z-index and opacity. */
  private readonly listed: TieGroup[] = [];

  /** `key` names the class list (read by `classes` only the first time the key comes); or a number. */
  node(key: string | number, classes: () => ReadonlySet<string>, id: string, data: Data, x: number, y: number): void {
    let parts = this.nodeKinds.get(key);
    if (!parts) this.nodeKinds.set(key, (parts = nodeLookParts(classes())));
    const node = nodeFrom(parts, id, data, x, y);
    if (!node) return;
    this.indexOf.set(id, this.nodes.length);
    this.nodes.push(node);
    this.largestSize = Math.max(this.largestSize, node.size);
  }

  /** A tie, once every node is in: one whose ends are not both shown is left out. */
  edge(key: string | number, classes: () => ReadonlySet<string>, id: string, sourceId: string, targetId: string, data: Data): void {
    let kind = this.tieKinds.get(key);
    if (!kind) this.tieKinds.set(key, (kind = { parts: tieLookParts(classes()), only: undefined, byData: new Map() }));
    const group = this.groupOf(kind, data);
    if (!group) return;
    const source = this.indexOf.get(sourceId);
    const target = this.indexOf.get(targetId);
    if (source === undefined || target === undefined) return;
    if (!group.listed) {
      group.listed = true;
      this.listed.push(group);
    }
    group.edges.push({ id, source, target, directed: kind.parts.directed.of(data) });
  }

  private groupOf(kind: TieKind, data: Data): TieGroup | null {
    const { fields } = kind.parts.look;
    if (fields.length === 0) return kind.only === undefined ? (kind.only = this.groupFor(kind.parts.look.value)) : kind.only;
    const value = fields.length === 1 ? data[fields[0]!] : fields.map((f) => String(data[f])).join('\u0000');
    let group = kind.byData.get(value);
    if (group === undefined) kind.byData.set(value, (group = this.groupFor(kind.parts.look.of(data))));
    return group;
  }

  private groupFor(drawn: TieLook): TieGroup | null {
    if (!drawn) return null;
    const { z, ...look } = drawn;
    const key = `${z}|${look.colour}|${look.width}|${look.opacity}|${look.dashed}`;
    let group = this.tieGroups.get(key);
    if (!group) this.tieGroups.set(key, (group = { look, z, edges: [], listed: false }));
    return group;
  }

  finish(): Scene {
    const { nodes, indexOf, largestSize } = this;
    const decorated: number[] = [];
    nodes.forEach((n, i) => {
      if (isDecorated(n)) decorated.push(i);
    });
    decorated.sort((a, b) => nodes[a]!.layer - nodes[b]!.layer);
    const nodeGroups = groupNodes(nodes);
    const edgeGroups: EdgeGroup[] = [...this.listed].sort((a, b) => a.z - b.z || a.look.opacity - b.look.opacity).map(({ look, edges }) => ({ look, edges }));
    return { nodes, indexOf, edgeGroups, nodeGroups, decorated, drawRank: drawRanks(nodes.length, nodeGroups, decorated, nodes), largestSize };
  }
}
