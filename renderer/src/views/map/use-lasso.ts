// Shift+drag from empty space on the map draws a lasso; letting go chooses everyone inside it for a
// bulk change (added to whoever is chosen already). A Shift+click on a stakeholder is left to the
// surface (it chooses that one). The press is taken before the surface sees it, so Cytoscape and
// the canvas neither pan nor start a drag while the lasso is drawn.
import { useEffect, useState } from 'react';
import { enclosedBy, type LassoPoint } from '../../graph/lasso';
import type { MapSurface } from './map-surface';

/** Points closer than this to the last one add nothing to the lasso's outline. */
const MIN_STEP = 3;

export function useLasso(surface: MapSurface | null, choose: (ids: readonly string[]) => void): readonly LassoPoint[] | null {
  const [ring, setRing] = useState<readonly LassoPoint[] | null>(null);
  useEffect(() => {
    if (!surface) return;
    const element = surface.element;
    const at = (e: PointerEvent): LassoPoint => {
      const r = element.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    let points: LassoPoint[] | null = null;
    const move = (e: PointerEvent) => {
      if (!points) return;
      const p = at(e);
      const last = points.at(-1)!;
      if (Math.hypot(p.x - last.x, p.y - last.y) < MIN_STEP) return;
      points = [...points, p];
      setRing(points);
    };
    const up = () => {
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', up, true);
      const done = points ?? [];
      points = null;
      setRing(null);
      const ids = enclosedBy(done, surface.nodes());
      if (ids.length > 0) choose(ids);
    };
    const down = (e: PointerEvent) => {
      if (!e.shiftKey || e.button !== 0 || surface.nodeAt(at(e)) !== null) return;
      // Taken from the surface: no pan, no drag, and (cancelled) no mouse events for Cytoscape.
      e.preventDefault();
      e.stopPropagation();
      element.focus({ preventScroll: true });
      points = [at(e)];
      setRing(points);
      window.addEventListener('pointermove', move, true);
      window.addEventListener('pointerup', up, true);
    };
    const host = element.parentElement ?? element;
    host.addEventListener('pointerdown', down, true);
    return () => {
      host.removeEventListener('pointerdown', down, true);
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', up, true);
    };
  }, [surface, choose]);
  return ring;
}
