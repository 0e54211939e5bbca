// Nodes with a ring, halo or pie. Drawn big enough to tell apart, each is drawn on its own: halo,
// fill or pie slices, then its ring. Drawn a few pixels across (a zoomed-out big map, where a fifth of
// the stakeholders have a pie), they are batched like the plain nodes: one path per fill and one per
// ring look, for the raster costs per draw call, and thousands of one-node calls cost it tens of
// milliseconds in a frame. At that size a pie shows as its node's colour and the plain white border
// is left off, as on the plain nodes; rings and halos stay.
import { NODE_BORDER } from '../look-table';
import { dashAt } from './dash';
import type { Ring, SceneNode } from './scene';

/** Below this many screen pixels across, a node is a plain square: nobody can tell the shape. */
export const TINY_NODE_PX = 4;
/** A halo (selection, highlight) stays at least this many screen pixels across when zoomed out. */
const MIN_HALO_PX = 22;
const RING_DASH = [5, 3];

export function nodePath(ctx: CanvasRenderingContext2D, n: SceneNode, radius: number, tiny: boolean): void {
  if (tiny) return ctx.rect(n.x - radius, n.y - radius, radius * 2, radius * 2);
  if (n.organization) return ctx.roundRect(n.x - radius, n.y - radius, radius * 2, radius * 2, radius * 0.3);
  ctx.moveTo(n.x + radius, n.y);
  ctx.arc(n.x, n.y, radius, 0, Math.PI * 2);
}

function drawHalo(ctx: CanvasRenderingContext2D, n: SceneNode, zoom: number): void {
  if (!n.halo) return;
  ctx.globalAlpha = n.halo.opacity * n.opacity;
  ctx.fillStyle = n.halo.colour;
  ctx.beginPath();
  nodePath(ctx, n, Math.max(n.size / 2 + n.halo.padding, MIN_HALO_PX / 2 / zoom), false);
  ctx.fill();
}

/** Sets the brush for a ring; returns the radii (relative to the node's) its strokes run along. */
function ringBrush(ctx: CanvasRenderingContext2D, ring: Ring, opacity: number, scale: number): readonly number[] {
  const dash = ring.style === 'dashed' ? dashAt(RING_DASH, scale) : { segments: [], alpha: 1 };
  ctx.globalAlpha = opacity * dash.alpha;
  ctx.strokeStyle = ring.colour;
  ctx.setLineDash(dash.segments);
  if (ring.style !== 'double') {
    ctx.lineWidth = ring.width;
    return [0];
  }
  ctx.lineWidth = ring.width / 3;
  return [-ring.width / 3, ring.width / 3];
}

function drawPie(ctx: CanvasRenderingContext2D, n: SceneNode, r: number): void {
  let angle = -Math.PI / 2;
  ctx.save();
  ctx.beginPath();
  nodePath(ctx, n, r, false);
  ctx.clip();
  for (const slice of n.pie!) {
    const end = angle + slice.share * Math.PI * 2;
    ctx.fillStyle = slice.colour;
    ctx.beginPath();
    ctx.moveTo(n.x, n.y);
    ctx.arc(n.x, n.y, r * 1.5, angle, end);
    ctx.closePath();
    ctx.fill();
    angle = end;
  }
  ctx.restore();
}

/** One node big enough to see: halo, pie or fill, ring. `scale` is device pixels per model unit. */
export function drawDecorated(ctx: CanvasRenderingContext2D, n: SceneNode, zoom: number, scale: number): void {
  const r = n.size / 2;
  drawHalo(ctx, n, zoom);
  ctx.globalAlpha = n.opacity;
  if (n.pie && r * zoom * 2 >= TINY_NODE_PX) drawPie(ctx, n, r);
  else {
    ctx.fillStyle = n.colour;
    ctx.beginPath();
    nodePath(ctx, n, r, false);
    ctx.fill();
  }
  const ring = n.ring ?? { colour: NODE_BORDER.colour, width: NODE_BORDER.width, style: 'solid' as const };
  for (const offset of ringBrush(ctx, ring, n.opacity, scale)) {
    ctx.beginPath();
    nodePath(ctx, n, r + offset, false);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

export interface TinyBatch<Look> {
  readonly look: Look;
  readonly opacity: number;
  readonly members: SceneNode[];
}

export interface TinyPlan {
  /** Drawn first, one by one (only the selection and highlighted have them). */
  readonly halos: readonly SceneNode[];
  readonly fills: readonly TinyBatch<string>[];
  readonly rings: readonly TinyBatch<Ring>[];
}

function add<Look>(batches: Map<string, TinyBatch<Look>>, key: string, look: Look, n: SceneNode): void {
  let batch = batches.get(key);
  if (!batch) batches.set(key, (batch = { look, opacity: n.opacity, members: [] }));
  batch.members.push(n);
}

/** Tiny decorated nodes of one layer, grouped by what they are filled and ringed with. */
export function planTiny(nodes: readonly SceneNode[]): TinyPlan {
  const fills = new Map<string, TinyBatch<string>>();
  const rings = new Map<string, TinyBatch<Ring>>();
  const halos: SceneNode[] = [];
  for (const n of nodes) {
    if (n.halo) halos.push(n);
    add(fills, `${n.opacity}|${n.colour}`, n.colour, n);
    if (n.ring) add(rings, `${n.opacity}|${n.ring.colour}|${n.ring.width}|${n.ring.style}`, n.ring, n);
  }
  return { halos, fills: [...fills.values()], rings: [...rings.values()] };
}

/** Tiny decorated nodes of one layer, batched (planTiny). */
export function drawTinyDecorated(ctx: CanvasRenderingContext2D, nodes: readonly SceneNode[], zoom: number, scale: number): void {
  const plan = planTiny(nodes);
  for (const n of plan.halos) drawHalo(ctx, n, zoom);
  for (const batch of plan.fills) {
    ctx.globalAlpha = batch.opacity;
    ctx.fillStyle = batch.look;
    ctx.beginPath();
    for (const n of batch.members) nodePath(ctx, n, n.size / 2, true);
    ctx.fill();
  }
  for (const batch of plan.rings) {
    const offsets = ringBrush(ctx, batch.look, batch.opacity, scale);
    ctx.beginPath();
    for (const n of batch.members) for (const offset of offsets) nodePath(ctx, n, n.size / 2 + offset, true);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
