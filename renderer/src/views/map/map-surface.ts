// What the map's keyboard, hover card and lasso (MapFocusLayer.tsx) need from whichever surface
// draws the map: Cytoscape for small maps, our canvas painter for big ones. Screen points are
// relative to the surface element's top-left corner.
import type { Core } from 'cytoscape';
import type { MapPainter } from '../../graph/canvas/painter';
import type { Scene } from '../../graph/canvas/scene';
import { toScreen } from '../../graph/canvas/view';
import { isWithin, ON_SCREEN_MARGIN, type ScreenPoint } from '../../graph/screen';

export interface SurfaceNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Half the node's width on screen. */
  readonly radius: number;
}

export interface MapSurface {
  /** The focusable element that shows the map. */
  readonly element: HTMLElement;
  /** Every stakeholder shown (filters applied), where it is on screen. */
  nodes(): SurfaceNode[];
  node(id: string): SurfaceNode | null;
  nodeAt(p: ScreenPoint): string | null;
  /** Brings the stakeholder into view if it is off-screen; leaves the view alone otherwise. */
  reveal(id: string): void;
  panBy(dx: number, dy: number): void;
  zoomBy(factor: number): void;
  fit(): void;
}

function onScreen(element: HTMLElement, n: SurfaceNode): boolean {
  return isWithin(n, element.clientWidth, element.clientHeight, ON_SCREEN_MARGIN);
}

export function cytoscapeSurface(cy: Core, element: HTMLElement, fit: () => void): MapSurface {
  const describe = (n: ReturnType<Core['nodes']>[number]): SurfaceNode => {
    const p = n.renderedPosition();
    return { id: n.id(), x: p.x, y: p.y, radius: n.renderedOuterWidth() / 2 };
  };
  const surface: MapSurface = {
    element,
    nodes: () => cy.nodes(':visible').map(describe),
    node: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() && n.isNode() && n.visible() ? describe(n) : null;
    },
    nodeAt: (p) => {
      // Front to back, as drawn: the last one under the point is the one seen.
      const under = surface.nodes().filter((n) => Math.hypot(n.x - p.x, n.y - p.y) <= n.radius);
      return under.at(-1)?.id ?? null;
    },
    reveal: (id) => {
      const n = surface.node(id);
      if (n && !onScreen(element, n)) cy.animate({ center: { eles: cy.getElementById(id) } }, { duration: 200 });
    },
    panBy: (dx, dy) => cy.panBy({ x: dx, y: dy }),
    zoomBy: (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
    fit,
  };
  return surface;
}

export function canvasSurface(painter: MapPainter, canvas: HTMLCanvasElement, scene: () => Scene, fit: () => void): MapSurface {
  const describe = (index: number): SurfaceNode | null => {
    const n = scene().nodes[index];
    if (!n || !Number.isFinite(n.x) || !Number.isFinite(n.y)) return null;
    const p = toScreen(painter.currentView, n);
    return { id: n.id, x: p.x, y: p.y, radius: (n.size / 2) * painter.currentView.zoom };
  };
  const surface: MapSurface = {
    element: canvas,
    nodes: () => scene().nodes.flatMap((_n, i) => describe(i) ?? []),
    node: (id) => {
      const index = scene().indexOf.get(id);
      return index === undefined ? null : describe(index);
    },
    nodeAt: (p) => {
      const index = painter.nodeAt(p);
      return index === null ? null : painter.nodeId(index);
    },
    reveal: (id) => {
      const index = scene().indexOf.get(id);
      const n = surface.node(id);
      if (index === undefined || !n || onScreen(canvas, n)) return;
      const view = painter.viewCentredOn(index, painter.currentView.zoom);
      if (view) painter.animateTo(view, 200);
    },
    panBy: (dx, dy) => painter.panBy(dx, dy),
    zoomBy: (factor) => painter.zoomAtCentre(factor),
    fit,
  };
  return surface;
}
