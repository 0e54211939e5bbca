// Pure: which node is under a point of the big-map canvas. Nodes are filed in a uniform grid of
// model-space cells once per scene, so a click or hover looks at a handful of nodes, not 10,000.
import type { Scene } from './scene';

export interface HitGrid {
  /** The topmost node whose shape holds the model point (within `slack` model units), or null. */
  nodeAt(x: number, y: number, slack: number): number | null;
  /** The node whose edge is nearest the model point, if within `slack`; null otherwise. */
  nearestWithin(x: number, y: number, slack: number): number | null;
  /** Files a node again after it moved (a drag), so the next hit test finds it in its new place. */
  move(index: number): void;
}

export function buildHitGrid(scene: Scene): HitGrid {
  const cell = Math.max(scene.largestSize, 16) * 2;
  const cells = new Map<string, number[]>();
  const filedAt = new Map<number, string>();
  const keyOf = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  const file = (i: number) => {
    const n = scene.nodes[i]!;
    if (!Number.isFinite(n.x) || !Number.isFinite(n.y)) return;
    const key = keyOf(n.x, n.y);
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
    filedAt.set(i, key);
  };
  scene.nodes.forEach((_n, i) => file(i));

  // Whatever is drawn later is on top.
  const above = (a: number, b: number) => scene.drawRank[a]! > scene.drawRank[b]!;
  const holds = (i: number, x: number, y: number, slack: number) => {
    const n = scene.nodes[i]!;
    const half = n.size / 2 + slack;
    const dx = x - n.x;
    const dy = y - n.y;
    return n.organization ? Math.abs(dx) <= half && Math.abs(dy) <= half : dx * dx + dy * dy <= half * half;
  };

  /** Visits every node filed near the point: a node's centre is at most half the largest size (plus slack) away. */
  const forEachNear = (x: number, y: number, slack: number, visit: (i: number) => void) => {
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    const reach = 1 + Math.ceil(slack / cell);
    for (let gx = cx - reach; gx <= cx + reach; gx += 1) {
      for (let gy = cy - reach; gy <= cy + reach; gy += 1) for (const i of cells.get(`${gx},${gy}`) ?? []) visit(i);
    }
  };

  return {
    nodeAt(x, y, slack) {
      let best: number | null = null;
      forEachNear(x, y, slack, (i) => {
        if (holds(i, x, y, slack) && (best === null || above(i, best))) best = i;
      });
      return best;
    },
    nearestWithin(x, y, slack) {
      let best: number | null = null;
      let bestGap = slack;
      forEachNear(x, y, slack, (i) => {
        const n = scene.nodes[i]!;
        const gap = Math.hypot(x - n.x, y - n.y) - n.size / 2;
        if (gap <= bestGap) [best, bestGap] = [i, gap];
      });
      return best;
    },
    move(index) {
      const old = filedAt.get(index);
      if (old !== undefined) {
        const list = cells.get(old)!;
        list.splice(list.indexOf(index), 1);
        filedAt.delete(index);
      }
      file(index);
    },
  };
}
