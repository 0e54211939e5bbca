// Which of a scene's nodes get a label in a given view: the shared chooser (visible-labels.ts) run
// over the scene's placed nodes, answered as node indices.
import type { Viewport } from '../level-of-detail';
import { chooseLabels, type LabelCandidate } from '../visible-labels';
import type { Scene } from './scene';

export function labelsInView(scene: Scene, view: Viewport, width: number, height: number, minZoomedFontSize: number): Set<number> {
  const candidates: LabelCandidate[] = [];
  for (const n of scene.nodes) {
    if (!n.label || n.alwaysLabelled || !Number.isFinite(n.x) || !Number.isFinite(n.y)) continue;
    candidates.push({ id: n.id, x: n.x, y: n.y, size: n.size, chars: n.label.length });
  }
  const chosen = new Set<number>();
  for (const id of chooseLabels(candidates, { ...view, width, height }, minZoomedFontSize)) chosen.add(scene.indexOf.get(id)!);
  return chosen;
}
