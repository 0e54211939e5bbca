// Follows a stakeholder on screen while it is shown (the view may pan, zoom or animate under it):
// its screen place is read once per animation frame, and React hears only of real changes.
import { useEffect, useState } from 'react';
import type { MapSurface, SurfaceNode } from './map-surface';

function same(a: SurfaceNode | null, b: SurfaceNode | null): boolean {
  return a === b || (a !== null && b !== null && a.id === b.id && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.radius - b.radius) < 0.5);
}

export function useTrackedNode(surface: MapSurface | null, id: string | null): SurfaceNode | null {
  const [node, setNode] = useState<SurfaceNode | null>(null);
  useEffect(() => {
    if (!surface || id === null) {
      setNode(null);
      return;
    }
    let frame = 0;
    let last: SurfaceNode | null = null;
    const step = () => {
      const now = surface.node(id);
      if (!same(now, last)) {
        last = now;
        setNode(now);
      }
      frame = requestAnimationFrame(step);
    };
    step();
    return () => cancelAnimationFrame(frame);
  }, [surface, id]);
  return node;
}
