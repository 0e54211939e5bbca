// Draws a scene (scene.ts) on a 2D canvas in the map's look (stylesheet.ts): ties under nodes,
// nodes back to front by layer, rings, halos and pies on those that have them (draw-decorated.ts),
// then the labels. Each group of same-looking elements is one path filled or stroked once, and
// whatever lies outside the view is skipped, which is what lets 10,000 stakeholders draw in tens of
// milliseconds. Dashes the screen cannot show are drawn as a fainter solid line (dash.ts).
import type { Viewport } from '../level-of-detail';
import { INK, LABEL_FONT_FAMILY as FONT_FAMILY, LABEL_MAX_WIDTH as MAX_LABEL_WIDTH, NODE_BORDER } from '../look-table';
import { clippedForDashes, dashAt } from './dash';
import { drawDecorated, drawTinyDecorated, nodePath, TINY_NODE_PX } from './draw-decorated';
import { FONT_SIZE } from '../visible-labels';
import { NODE_LAYERS, type Scene, type SceneNode } from './scene';
import { visibleBox } from './view';

export interface DrawOptions {
  readonly view: Viewport;
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
  readonly drawEdges: boolean;
  /** Nodes whose label to draw besides those always labelled; null draws no labels at all. */
  readonly labels: ReadonlySet<number> | null;
  /** Labels smaller than this on screen (px) are not drawn. */
  readonly minZoomedFontSize: number;
}

/** Below this, the white border would only grey the fill. */
const BORDER_MIN_PX = 8;
const TIE_DASH = [7, 4];
const TIE_DASH_PERIOD = 11;

function drawEdges(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): void {
  const box = visibleBox(o.view, o.width, o.height);
  // Dashed ties are cut to the view; a margin keeps their cut ends and caps off screen.
  const dashBox = visibleBox(o.view, o.width, o.height, 10);
  const { nodes } = scene;
  for (const group of scene.edgeGroups) {
    const { look } = group;
    const dash = look.dashed ? dashAt(TIE_DASH, o.view.zoom * o.pixelRatio) : { segments: [], alpha: 1 };
    ctx.globalAlpha = look.opacity * dash.alpha;
    ctx.strokeStyle = look.colour;
    ctx.fillStyle = look.colour;
    ctx.lineWidth = look.width;
    ctx.setLineDash(dash.segments);
    const dashed = dash.segments.length > 0;
    const arrows: number[] = [];
    const arrowLength = 5 + look.width * 2.5;
    const showArrows = arrowLength * o.view.zoom >= 4;
    ctx.beginPath();
    for (const e of group.edges) {
      const a = nodes[e.source]!;
      const b = nodes[e.target]!;
      if (Math.max(a.x, b.x) < box.x1 || Math.min(a.x, b.x) > box.x2 || Math.max(a.y, b.y) < box.y1 || Math.min(a.y, b.y) > box.y2) continue;
      if (!Number.isFinite(a.x + a.y + b.x + b.y)) continue;
      if (dashed) {
        const part = clippedForDashes(a.x, a.y, b.x, b.y, dashBox, TIE_DASH_PERIOD);
        if (!part) continue;
        ctx.moveTo(part[0], part[1]);
        ctx.lineTo(part[2], part[3]);
      } else {
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
      }
      if (e.directed && showArrows) arrows.push(e.source, e.target);
    }
    ctx.stroke();
    if (arrows.length === 0) continue;
    ctx.globalAlpha = look.opacity;
    ctx.setLineDash([]);
    ctx.beginPath();
    for (let i = 0; i < arrows.length; i += 2) {
      const a = nodes[arrows[i]!]!;
      const b = nodes[arrows[i + 1]!]!;
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length === 0) continue;
      const ux = (b.x - a.x) / length;
      const uy = (b.y - a.y) / length;
      const tipX = b.x - ux * (b.size / 2 + 1);
      const tipY = b.y - uy * (b.size / 2 + 1);
      const half = arrowLength * 0.55;
      ctx.moveTo(tipX, tipY);
      ctx.lineTo(tipX - ux * arrowLength - uy * half, tipY - uy * arrowLength + ux * half);
      ctx.lineTo(tipX - ux * arrowLength + uy * half, tipY - uy * arrowLength - ux * half);
      ctx.closePath();
    }
    ctx.fill();
  }
  ctx.setLineDash([]);
}

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): void {
  const box = visibleBox(o.view, o.width, o.height, scene.largestSize);
  const inView = (n: SceneNode) => n.x >= box.x1 && n.x <= box.x2 && n.y >= box.y1 && n.y <= box.y2;
  let nextDecorated = 0;
  for (let layer = 0; layer < NODE_LAYERS; layer += 1) {
    for (const group of scene.nodeGroups) {
      if (group.layer !== layer) continue;
      ctx.globalAlpha = group.opacity;
      ctx.fillStyle = group.colour;
      ctx.beginPath();
      let bordered = false;
      for (const i of group.members) {
        const n = scene.nodes[i]!;
        if (!inView(n)) continue;
        const px = n.size * o.view.zoom;
        nodePath(ctx, n, n.size / 2, px < TINY_NODE_PX || (group.organization && px < BORDER_MIN_PX));
        bordered ||= px >= BORDER_MIN_PX;
      }
      ctx.fill();
      if (bordered) {
        ctx.strokeStyle = NODE_BORDER.colour;
        ctx.lineWidth = NODE_BORDER.width;
        ctx.stroke();
      }
    }
    // The layer's decorated nodes: the tiny ones batched, then the others one by one.
    const tiny: SceneNode[] = [];
    const big: SceneNode[] = [];
    for (; nextDecorated < scene.decorated.length; nextDecorated += 1) {
      const n = scene.nodes[scene.decorated[nextDecorated]!]!;
      if (n.layer !== layer) break;
      if (inView(n)) (n.size * o.view.zoom < TINY_NODE_PX ? tiny : big).push(n);
    }
    if (tiny.length > 0) drawTinyDecorated(ctx, tiny, o.view.zoom, o.view.zoom * o.pixelRatio);
    for (const n of big) drawDecorated(ctx, n, o.view.zoom, o.view.zoom * o.pixelRatio);
  }
}

const fitted = new Map<string, string>();

/** The label cut to the stylesheet's 140 px with an ellipsis, measured once per text and weight. */
function fittedLabel(ctx: CanvasRenderingContext2D, text: string, bold: boolean): string {
  const key = `${bold ? 'b' : 'n'}${text}`;
  let result = fitted.get(key);
  if (result !== undefined) return result;
  result = text;
  if (ctx.measureText(text).width > MAX_LABEL_WIDTH) {
    let keep = text.length;
    while (keep > 1 && ctx.measureText(`${text.slice(0, keep)}…`).width > MAX_LABEL_WIDTH) keep -= 1;
    result = `${text.slice(0, keep)}…`;
  }
  if (fitted.size > 50_000) fitted.clear();
  fitted.set(key, result);
  return result;
}

function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): void {
  if (!o.labels || FONT_SIZE * o.view.zoom < o.minZoomedFontSize) return;
  const labels = o.labels;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  const box = visibleBox(o.view, o.width, o.height, MAX_LABEL_WIDTH);
  for (const bold of [false, true]) {
    ctx.font = `${bold ? 'bold ' : ''}${FONT_SIZE}px ${FONT_FAMILY}`;
    scene.nodes.forEach((n, i) => {
      if (n.boldLabel !== bold || !n.label || !(n.alwaysLabelled || labels.has(i))) return;
      if (n.x < box.x1 || n.x > box.x2 || n.y < box.y1 || n.y > box.y2) return;
      ctx.globalAlpha = n.labelOpacity;
      ctx.fillText(fittedLabel(ctx, n.label, bold), n.x, n.y + n.size / 2 + 4);
    });
  }
}

export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  const scale = o.pixelRatio * o.view.zoom;
  ctx.setTransform(scale, 0, 0, scale, o.pixelRatio * o.view.pan.x, o.pixelRatio * o.view.pan.y);
  ctx.lineJoin = 'round';
  if (o.drawEdges) drawEdges(ctx, scene, o);
  drawNodes(ctx, scene, o);
  drawLabels(ctx, scene, o);
  ctx.globalAlpha = 1;
}
