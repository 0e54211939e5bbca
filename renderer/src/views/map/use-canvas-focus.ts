// Moves the big map's view to what the window asks to see: the selected stakeholder when a
// search or the list asks for it (only when off-screen), and the stakeholders an insight highlights
// (and back to the view from before, once the highlight ends).
import { useEffect, useRef, type RefObject } from 'react';
import { focusReturn } from '../../graph/focus-return';
import type { MapPainter } from '../../graph/canvas/painter';
import type { Scene } from '../../graph/canvas/scene';
import { toScreen } from '../../graph/canvas/view';
import type { Viewport } from '../../graph/level-of-detail';
import { isWithin, ON_SCREEN_MARGIN } from '../../graph/screen';
import { useAppState } from '../../state/core/use-store';
import { FIT_MAX_ZOOM } from './use-canvas-fit';

const FOCUS_PADDING = 90;

interface Asked {
  readonly visible: boolean;
  readonly focusRequest: number;
  readonly selection: string | null;
}

export function useCanvasFocus(painter: MapPainter | null, canvasRef: RefObject<HTMLCanvasElement | null>, sceneRef: { current: Scene }, { visible, focusRequest, selection }: Asked): void {
  const highlight = useAppState((s) => s.insights.highlight);

  // Answered once per request, and only when the stakeholder is off-screen: a click on the map
  // selects without moving the view under the pointer (see CytoscapeMap.tsx).
  const answeredFocus = useRef(0);
  useEffect(() => {
    if (!painter || focusRequest === answeredFocus.current || !selection) return;
    answeredFocus.current = focusRequest;
    const index = sceneRef.current.indexOf.get(selection);
    const node = index === undefined ? undefined : sceneRef.current.nodes[index];
    const canvas = canvasRef.current;
    if (index === undefined || !node || !canvas) return;
    if (isWithin(toScreen(painter.currentView, node), canvas.clientWidth, canvas.clientHeight, ON_SCREEN_MARGIN)) return;
    const view = painter.viewCentredOn(index, Math.max(painter.currentView.zoom, 1));
    if (view) painter.animateTo(view, 250);
  }, [painter, focusRequest, selection, canvasRef, sceneRef]);

  const beforeHighlight = useRef<Viewport | null>(null);
  useEffect(() => {
    if (!painter || !visible) return;
    const step = focusReturn(beforeHighlight.current, highlight !== null, painter.currentView);
    beforeHighlight.current = step.saved;
    if (step.restore) painter.animateTo(step.restore, 300);
    if (!highlight) return;
    const indices = highlight.ids.map((id) => sceneRef.current.indexOf.get(id)).filter((i) => i !== undefined);
    const view = indices.length > 0 ? painter.viewFitting(indices, FOCUS_PADDING, FIT_MAX_ZOOM) : null;
    if (view) painter.animateTo(view, 300);
  }, [painter, visible, highlight, sceneRef]);
}
