// Labels on the big-map canvas: the shared chooser run over the scene's placed nodes, answered as node
// indices; nodes that are always labelled (the selection, lit nodes) are left to the painter.
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildScene, type Scene } from '../../../renderer/src/graph/canvas/scene';
import { labelsInView } from '../../../renderer/src/graph/canvas/scene-labels';
import { FONT_SIZE, MAX_LABELS } from '../../../renderer/src/graph/visible-labels';

const LEGIBLE = 9;

function node(id: string, at: { x: number; y: number } | null, classes = 'person', label = `Person ${id}`): ElementDefinition {
  return { group: 'nodes', data: { id, label, colour: '#009988', size: 30 }, classes, ...(at ? { position: at } : {}) };
}

/** A row of nodes far enough apart that no two labels clash, plus the special cases. */
function rowScene(): Scene {
  return buildScene([
    node('a', { x: 100, y: 100 }),
    node('b', { x: 400, y: 100 }),
    node('chosen', { x: 700, y: 100 }, 'person chosen'),
    node('lit', { x: 100, y: 400 }, 'organization highlighted'),
    node('off-screen', { x: 3_000, y: 100 }),
    node('unplaced', null),
    node('nameless', { x: 400, y: 400 }, 'person', ''),
    node('hidden', { x: 700, y: 400 }, 'person hidden'),
  ]);
}

const view = (zoom: number, pan = { x: 0, y: 0 }) => ({ zoom, pan });
const ids = (scene: Scene, chosen: Set<number>) => [...chosen].map((i) => scene.nodes[i]!.id).sort();

describe('labels on the canvas', () => {
  it('labels the nodes in view by their index, leaving out those labelled anyway', () => {
    const scene = rowScene();
    const chosen = labelsInView(scene, view(1), 1_000, 800, LEGIBLE);
    expect(ids(scene, chosen)).toEqual(['a', 'b']);
    for (const i of chosen) expect(scene.nodes[i]!.alwaysLabelled).toBe(false);
    expect(scene.nodes.filter((n) => n.alwaysLabelled).map((n) => n.id).sort()).toEqual(['chosen', 'lit']);
  });

  it('follows the view: panning brings far nodes in and sends near ones out', () => {
    const scene = rowScene();
    expect(ids(scene, labelsInView(scene, view(1, { x: -2_600, y: 0 }), 1_000, 800, LEGIBLE))).toEqual(['off-screen']);
    // Zoomed out to fit everyone, every placed, named node gets its label.
    expect(ids(scene, labelsInView(scene, view(0.8), 3_000, 800, LEGIBLE))).toEqual(['a', 'b', 'off-screen']);
  });

  it('labels nothing once the text would be too small to read, and everything again once it is not', () => {
    const scene = rowScene();
    expect(labelsInView(scene, view((LEGIBLE - 0.1) / FONT_SIZE), 10_000, 10_000, LEGIBLE).size).toBe(0);
    expect(labelsInView(scene, view(LEGIBLE / FONT_SIZE), 10_000, 10_000, LEGIBLE).size).toBe(3);
  });

  it('answers indices of the scene, with hidden nodes left out of it', () => {
    const scene = rowScene();
    expect(scene.indexOf.has('hidden')).toBe(false);
    const chosen = labelsInView(scene, view(1, { x: -2_600, y: 0 }), 1_000, 800, LEGIBLE);
    expect([...chosen]).toEqual([scene.indexOf.get('off-screen')]);
  });

  it('keeps to the chooser’s cap on a crowded view', () => {
    const grid = Array.from({ length: 1_600 }, (_, i) => node(`n${i}`, { x: (i % 40) * 200, y: Math.floor(i / 40) * 200 }, 'person', 'Ana'));
    const scene = buildScene(grid);
    const chosen = labelsInView(scene, view(1), 8_000, 8_000, LEGIBLE);
    expect(chosen.size).toBe(MAX_LABELS);
    for (const i of chosen) expect(scene.nodes[i]!.x).toBeLessThanOrEqual(8_000);
  });
});
