// Big-map labels: none while too small to read, only nodes in view, bigger nodes first, never two
// labels on top of each other, and a cap on how many at once.
import { describe, expect, it } from 'vitest';
import { chooseLabels, FONT_SIZE, MAX_LABELS, type LabelCandidate } from '../../../renderer/src/graph/visible-labels';

const view = (zoom: number, width = 800, height = 600) => ({ zoom, pan: { x: 0, y: 0 }, width, height });
const node = (id: string, x: number, y: number, size = 20, chars = 10): LabelCandidate => ({ id, x, y, size, chars });

describe('choosing the labels of a big map', () => {
  it('draws none while a label would be smaller on screen than the legible size', () => {
    const nodes = [node('a', 10, 10)];
    expect(chooseLabels(nodes, view(8.9 / FONT_SIZE), 9)).toEqual([]);
    expect(chooseLabels(nodes, view(9 / FONT_SIZE), 9)).toEqual(['a']);
  });

  it('labels only nodes in view', () => {
    const nodes = [node('in', 100, 100), node('left', -50, 100), node('below', 100, 900)];
    expect(chooseLabels(nodes, view(1), 9)).toEqual(['in']);
    expect(chooseLabels(nodes, { ...view(1), pan: { x: 100, y: 0 } }, 9).sort()).toEqual(['in', 'left']);
  });

  it('gives the place to the bigger node when two labels would overlap', () => {
    const nodes = [node('small', 100, 100, 10), node('big', 104, 98, 40), node('apart', 400, 100, 10)];
    expect(chooseLabels(nodes, view(1), 9)).toEqual(['big', 'apart']);
    // Labels grow with the zoom as the map does, so the same two still clash when zoomed in.
    expect(chooseLabels(nodes, view(4, 4000, 4000), 9)).toEqual(['big', 'apart']);
  });

  it('never places more than the cap, and chooses the same labels for the same view', () => {
    const grid = Array.from({ length: 2_500 }, (_, i) => node(`n${i}`, (i % 50) * 200, Math.floor(i / 50) * 200, 10, 4));
    const wide = view(1, 10_000, 10_000);
    const chosen = chooseLabels(grid, wide, 9);
    expect(chosen).toHaveLength(MAX_LABELS);
    expect(chooseLabels([...grid].reverse(), wide, 9)).toEqual(chosen);
  });
});
