// The map by keyboard, the same on both surfaces: with the map focused, arrows move to the nearest
// stakeholder that way, Enter opens them, Space chooses them for a bulk change, N shows only them and
// their ties (1, 2, 3: that many ties out), Shift+arrows pan, + and - zoom, 0 fits, Escape leaves
// (shortcuts.ts lists them all).
import { useEffect, useRef } from 'react';
import { ARROW_DIRECTIONS, entryPoint, nearestInDirection } from '../../graph/keyboard-nav';
import type { MapSurface } from './map-surface';

const KEY_PAN = 60;
const KEY_ZOOM = 1.3;

export interface MapKeyHandlers {
  /** The stakeholder keyboard focus is on, or null. */
  readonly focused: string | null;
  readonly selection: string | null;
  setFocused(id: string | null): void;
  open(id: string): void;
  toggleChecked(id: string): void;
  toggleNeighbourhood(id: string | null): void;
  /** Neighbourhood focus `steps` (1-3) ties out. */
  widenNeighbourhood(id: string | null, steps: number): void;
  /** Where focus goes when Escape leaves the map. */
  leave(): void;
}

function viewKey(surface: MapSurface, e: KeyboardEvent): boolean {
  const pans: Record<string, [number, number]> = { ArrowLeft: [KEY_PAN, 0], ArrowRight: [-KEY_PAN, 0], ArrowUp: [0, KEY_PAN], ArrowDown: [0, -KEY_PAN] };
  const pan = pans[e.key];
  if (pan && e.shiftKey) surface.panBy(pan[0], pan[1]);
  else if (e.key === '+' || e.key === '=') surface.zoomBy(KEY_ZOOM);
  else if (e.key === '-') surface.zoomBy(1 / KEY_ZOOM);
  else if (e.key === '0') surface.fit();
  else return false;
  return true;
}

function nodeKey(surface: MapSurface, e: KeyboardEvent, h: MapKeyHandlers): boolean {
  const direction = ARROW_DIRECTIONS[e.key];
  if (direction && !e.shiftKey) {
    const points = surface.nodes();
    const centre = { x: surface.element.clientWidth / 2, y: surface.element.clientHeight / 2 };
    const from = h.focused !== null && points.some((p) => p.id === h.focused) ? h.focused : null;
    const next = from === null ? entryPoint(points, h.selection, centre) : (nearestInDirection(points, from, direction) ?? from);
    if (next !== null) {
      h.setFocused(next);
      surface.reveal(next);
    }
    return true;
  }
  if (e.key === 'Enter' && h.focused !== null) h.open(h.focused);
  else if (e.key === ' ' && h.focused !== null) h.toggleChecked(h.focused);
  else if (e.key.toLowerCase() === 'n' && !e.shiftKey) h.toggleNeighbourhood(h.focused ?? h.selection);
  else if (['1', '2', '3'].includes(e.key)) h.widenNeighbourhood(h.focused ?? h.selection, Number(e.key));
  else if (e.key === 'Escape') {
    h.setFocused(null);
    h.leave();
  } else return false;
  return true;
}

export function useMapKeys(surface: MapSurface | null, handlers: MapKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!surface) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (!viewKey(surface, e) && !nodeKey(surface, e, latest.current)) return;
      e.preventDefault();
    };
    surface.element.addEventListener('keydown', onKey);
    return () => surface.element.removeEventListener('keydown', onKey);
  }, [surface]);
}
