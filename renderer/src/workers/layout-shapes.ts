// The shaped layouts besides the force one, pure and quick (no iterations): concentric rings with
// the highest value of a measure in the middle, groups (a category each) packed as discs around a
// circle, and everyone on one circle with each category an arc. All place nodes at least a node's
// width apart, so none lands on another.
import type { LayoutResult } from './layout-core';
import { ONE_CIRCLE_UP_TO, sectorRingsLayout } from './layout-sector-rings';

/** Screen units between neighbouring nodes at spacing 1: more than the largest node (72). */
export const NODE_GAP = 80;
const GAP = NODE_GAP;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const round = (v: number) => Math.round(v * 10) / 10 + 0;

/** Rings around the centre: the highest value first, each ring as full as its length allows. */
export function concentricLayout(nodes: readonly string[], value: Readonly<Record<string, number>>, spacing: number): LayoutResult {
  const gap = GAP * spacing;
  const order = [...nodes].sort((a, b) => (value[b] ?? -Infinity) - (value[a] ?? -Infinity) || a.localeCompare(b));
  const result: LayoutResult = {};
  let ring = 0;
  let at = 0;
  while (at < order.length) {
    const radius = ring * gap;
    const room = ring === 0 ? 1 : Math.floor((2 * Math.PI * radius) / gap);
    const members = order.slice(at, at + room);
    members.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / members.length - Math.PI / 2;
      result[id] = { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
    });
    at += members.length;
    ring += 1;
  }
  return result;
}

/** A group's nodes as a sunflower disc (even spread, no overlaps) around its centre. */
function disc(members: readonly string[], cx: number, cy: number, gap: number, into: LayoutResult): void {
  members.forEach((id, i) => {
    const r = gap * 0.56 * Math.sqrt(i + 0.5) * (members.length > 1 ? 1 : 0);
    into[id] = { x: round(cx + r * Math.cos(i * GOLDEN_ANGLE)), y: round(cy + r * Math.sin(i * GOLDEN_ANGLE)) };
  });
}

/** Each group a disc; the discs, biggest first, side by side around a circle that fits them all. */
export function groupedLayout(nodes: readonly string[], group: Readonly<Record<string, string>>, spacing: number): LayoutResult {
  const gap = GAP * spacing;
  const groups = new Map<string, string[]>();
  for (const id of nodes) {
    const key = group[id] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const radii = ordered.map(([, members]) => gap * 0.56 * Math.sqrt(members.length) + gap);
  const circumference = radii.reduce((sum, r) => sum + 2 * r, 0);
  const ringRadius = ordered.length === 1 ? 0 : circumference / (2 * Math.PI);
  const result: LayoutResult = {};
  let angle = -Math.PI / 2;
  ordered.forEach(([, members], i) => {
    const half = ringRadius === 0 ? 0 : radii[i]! / ringRadius;
    angle += half;
    disc(members, ringRadius * Math.cos(angle), ringRadius * Math.sin(angle), gap, result);
    angle += half;
  });
  return result;
}

/** Group keys in a fixed order: named groups alphabetically, the unnamed group ("no category") last. */
function groupOrder(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return a.localeCompare(b);
}

/** The sorted nodes cut where the group changes. */
function runsOf(order: readonly string[], group: Readonly<Record<string, string>>): string[][] {
  const runs: string[][] = [];
  order.forEach((id, i) => {
    if (i === 0 || (group[id] ?? '') !== (group[order[i - 1]!] ?? '')) runs.push([]);
    runs[runs.length - 1]!.push(id);
  });
  return runs;
}

/**
 * Everyone on one circle (rings of wedges past ONE_CIRCLE_UP_TO people, layout-sector-rings.ts), sorted by group so each group is one arc, with an empty place between
 * arcs so they read apart. The radius makes neighbouring places a full gap apart (chord length).
 */
export function circleLayout(nodes: readonly string[], group: Readonly<Record<string, string>>, spacing: number): LayoutResult {
  const gap = GAP * spacing;
  const order = [...nodes].sort((a, b) => groupOrder(group[a] ?? '', group[b] ?? '') || a.localeCompare(b));
  if (order.length > ONE_CIRCLE_UP_TO) return sectorRingsLayout(runsOf(order, group), gap);
  const slots: number[] = [];
  let slot = 0;
  order.forEach((id, i) => {
    if (i > 0 && (group[id] ?? '') !== (group[order[i - 1]!] ?? '')) slot += 1;
    slots.push(slot);
    slot += 1;
  });
  // The first and last arcs meet too: one empty place there when there is more than one group.
  const total = slot + (slots.length > 0 && slot > order.length ? 1 : 0);
  const radius = total < 2 ? 0 : gap / (2 * Math.sin(Math.PI / total));
  const result: LayoutResult = {};
  order.forEach((id, i) => {
    const angle = (2 * Math.PI * slots[i]!) / Math.max(total, 1) - Math.PI / 2;
    result[id] = { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
  });
  return result;
}
