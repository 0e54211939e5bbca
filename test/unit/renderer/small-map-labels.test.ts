// Small-map labels: a label that would cover a more important one is hidden (the selection and a
// highlight first, then bigger nodes); labels apart all stay; the answer holds at every zoom.
import { describe, expect, it } from 'vitest';
import { chooseLabels, collidingLabels, type LabelCandidate } from '../../../renderer/src/graph/visible-labels';

const node = (id: string, x: number, y: number, size = 40, chars = 12, rank = 0): LabelCandidate => ({ id, x, y, size, chars, rank });

describe('which small-map labels to hide', () => {
  it('keeps every label when none touches another', () => {
    expect(collidingLabels([node('a', 0, 0), node('b', 300, 0), node('c', 0, 300)])).toEqual([]);
  });

  it('hides the smaller of two labels that would overlap, as "Grace Chapel" over "Rev. Ade Bello" did', () => {
    // A person right above a bigger organisation, their labels 10 px apart in height.
    const person = node('rev-ade-bello', 200, 532, 40, 14);
    const chapel = node('grace-chapel', 205, 540, 46, 12);
    expect(collidingLabels([person, chapel])).toEqual(['rev-ade-bello']);
  });

  it('never hides a ranked label (the selection, a highlight, the hovered one): the other gives way', () => {
    const selected = node('selected', 200, 532, 20, 14, 3);
    const big = node('big', 205, 520, 60, 12);
    expect(collidingLabels([big, selected])).toEqual(['big']);
    // Two ranked ones both stay, even when they overlap.
    expect(collidingLabels([node('a', 0, 0, 20, 10, 2), node('b', 2, 2, 20, 10, 2)])).toEqual([]);
  });

  it('hides a label only for one actually kept: a chain a > b > c keeps a and c when b is hidden', () => {
    const a = node('a', 0, 0, 60);
    const b = node('b', 60, 6, 40);
    const c = node('c', 130, 12, 20);
    expect(collidingLabels([c, b, a])).toEqual(['b']);
  });

  it('agrees with the big map chooser at any zoom: what it hides, the chooser leaves out', () => {
    const nodes = [node('p', 100, 100, 30), node('q', 110, 104, 20), node('r', 400, 100, 20)];
    const hidden = collidingLabels(nodes);
    for (const zoom of [0.5, 1, 3]) {
      const shown = chooseLabels(nodes, { zoom, pan: { x: 0, y: 0 }, width: 5000, height: 5000 }, 0);
      expect(shown.sort()).toEqual(nodes.map((n) => n.id).filter((id) => !hidden.includes(id)));
    }
  });
});
