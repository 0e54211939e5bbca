// Decorated nodes (ring, halo, pie) only a few pixels across are drawn in batches by look, as the
// plain ones are: one fill per colour and one stroke per ring look for all of a layer, not a fill
// and a stroke per node. Built from the shared look cases (look-cases.ts) through the real scene.
import { describe, expect, it } from 'vitest';
import { planTiny } from '../../../renderer/src/graph/canvas/draw-decorated';
import type { SceneNode } from '../../../renderer/src/graph/canvas/scene';
import { NODE_BORDER } from '../../../renderer/src/graph/look-table';
import { built } from './look-cases';

const ids = (nodes: readonly SceneNode[]) => nodes.map((n) => n.id).sort();

/** The decorated nodes of a case, placed many times over as on a big map (same looks, new ids). */
function manyDecorated(name: string, copies: number): SceneNode[] {
  const { scene } = built(name);
  const decorated = scene.decorated.map((i) => scene.nodes[i]!);
  return Array.from({ length: copies }, (_, k) => decorated.map((n) => ({ ...n, id: `${n.id}-${k}` }))).flat();
}

describe('tiny decorated nodes, batched', () => {
  it('fills all nodes of one colour and opacity with one path, whatever their rings or pies', () => {
    const nodes = manyDecorated('plain', 50);
    const plan = planTiny(nodes);
    const looks = new Set(nodes.map((n) => `${n.opacity}|${n.colour}`));
    expect(plan.fills).toHaveLength(looks.size);
    expect(plan.fills.length).toBeLessThan(nodes.length / 40);
    for (const batch of plan.fills) for (const n of batch.members) expect([n.colour, n.opacity]).toEqual([batch.look, batch.opacity]);
    expect(ids(plan.fills.flatMap((b) => b.members))).toEqual(ids(nodes));
  });

  it('strokes each ring look once, and leaves the plain white border off as on plain tiny nodes', () => {
    const nodes = manyDecorated('plain', 50);
    const plan = planTiny(nodes);
    const ringed = nodes.filter((n) => n.ring !== null);
    // The confidential (dashed) and the anchor (double) in this case, next to pies with no ring.
    expect(ringed.length).toBeGreaterThan(0);
    expect(ringed.length).toBeLessThan(nodes.length);
    expect(ids(plan.rings.flatMap((b) => b.members))).toEqual(ids(ringed));
    expect(new Set(plan.rings.map((b) => b.look.style))).toEqual(new Set(ringed.map((n) => n.ring!.style)));
    expect(plan.rings.length).toBe(new Set(ringed.map((n) => `${n.opacity}|${n.ring!.colour}|${n.ring!.width}|${n.ring!.style}`)).size);
    for (const batch of plan.rings) expect(batch.look.colour === NODE_BORDER.colour && batch.look.width === NODE_BORDER.width && batch.look.style === 'solid').toBe(false);
  });

  it('keeps every halo, drawn first, and keeps ringing the selected', () => {
    const nodes = manyDecorated('selected under a highlight', 3);
    const plan = planTiny(nodes);
    const haloed = nodes.filter((n) => n.halo !== null);
    expect(haloed.length).toBeGreaterThan(0);
    expect(ids(plan.halos)).toEqual(ids(haloed));
    for (const n of haloed) expect(plan.rings.some((b) => b.members.includes(n))).toBe(n.ring !== null);
  });
});
