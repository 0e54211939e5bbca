// The big-map canvas: owns the view and the scene, and draws at most once per animation frame.
// While the view moves, a map whose full frame is slow is shown as the last full frame, moved and
// scaled (labels and newly uncovered parts wait); once the view rests for a moment the full frame
// is drawn again with the labels that fit. Gestures live in canvas-gestures.ts.
import { boundsOf, fitViewport, type Viewport } from '../level-of-detail';
import { drawScene } from './draw-scene';
import { buildHitGrid, type HitGrid } from './hit-grid';
import type { Scene } from './scene';
import { labelsInView } from './scene-labels';
import { centredOn, easeBetween, panBy, toModel, zoomAround, ZOOM_LIMITS, type ScreenPoint } from './view';

/** How long the view must rest before the full frame and labels come back. */
const SETTLE_MS = 140;
/** A full frame slower than this is not redrawn while moving; the last one is moved instead. */
const FAST_FRAME_MS = 12;
const MIN_ZOOMED_FONT_SIZE = 9;

interface Animation {
  readonly from: Viewport;
  readonly to: Viewport;
  readonly start: number;
  readonly duration: number;
}

export class MapPainter {
  private view: Viewport = { zoom: 1, pan: { x: 0, y: 0 } };
  private scene: Scene | null = null;
  private grid: HitGrid | null = null;
  private labels: Set<number> | null = null;
  private moving = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private frame: number | null = null;
  private animation: Animation | null = null;
  private readonly snapshot = document.createElement('canvas');
  private snapshotView: Viewport | null = null;
  /** The view of the full frame now on the canvas, or null once something else was drawn over it. */
  private shownFullFrame: Viewport | null = null;
  private fullFrameMs = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly context: CanvasRenderingContext2D;
  private cssWidth = 0;
  private cssHeight = 0;
  private ratio = 1;
  /** Called after each full frame (not the moved ones), with how long drawing it took. */
  onFullFrame: ((view: Viewport, drawMs: number) => void) | null = null;
  private waitingForFrame: (() => void)[] = [];

  constructor(private readonly canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This window cannot draw on a canvas, so the map cannot be shown.');
    this.context = context;
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(canvas.parentElement ?? canvas);
    this.resize();
  }

  get currentView(): Viewport {
    return this.view;
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    clearTimeout(this.settleTimer);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.scene = null;
  }

  setScene(scene: Scene): void {
    this.scene = scene;
    this.grid = buildHitGrid(scene);
    this.labels = this.moving ? null : labelsInView(scene, this.view, this.cssWidth, this.cssHeight, MIN_ZOOMED_FONT_SIZE);
    this.snapshotView = null;
    this.shownFullFrame = null;
    this.request();
  }

  /** Jumps to `view` (a button, the keyboard) or, with `moving`, follows a gesture. */
  setView(view: Viewport, moving = false): void {
    this.animation = null;
    this.view = view;
    if (moving) this.startMoving();
    else this.settle();
  }

  panBy(dx: number, dy: number): void {
    this.setView(panBy(this.view, dx, dy), true);
  }

  zoomAround(factor: number, at: ScreenPoint, moving: boolean): void {
    this.setView(zoomAround(this.view, factor, at), moving);
  }

  zoomAtCentre(factor: number): void {
    this.zoomAround(factor, { x: this.cssWidth / 2, y: this.cssHeight / 2 }, false);
  }

  /** The view fitting the given nodes (all placed nodes when null), zoom at most `maxZoom`. */
  viewFitting(indices: Iterable<number> | null, padding: number, maxZoom: number): Viewport | null {
    const scene = this.scene;
    if (!scene || this.cssWidth === 0) return null;
    const nodes = indices === null ? scene.nodes : [...indices].map((i) => scene.nodes[i]!);
    let margin = 0;
    for (const n of nodes) margin = Math.max(margin, n.size / 2);
    const box = boundsOf(nodes, margin);
    if (!box) return null;
    return fitViewport(box, this.cssWidth, this.cssHeight, padding, { min: ZOOM_LIMITS.min, max: maxZoom });
  }

  viewCentredOn(index: number, zoom: number): Viewport | null {
    const n = this.scene?.nodes[index];
    if (!n || !Number.isFinite(n.x) || !Number.isFinite(n.y)) return null;
    return centredOn(n, zoom, this.cssWidth, this.cssHeight);
  }

  /** The centre of the view in model space, or null before the canvas has a size. */
  centre(): ScreenPoint | null {
    return this.cssWidth > 0 ? toModel(this.view, { x: this.cssWidth / 2, y: this.cssHeight / 2 }) : null;
  }

  /** Calls back once the next full frame is on the canvas. */
  whenDrawn(callback: () => void): void {
    this.waitingForFrame.push(callback);
  }

  animateTo(to: Viewport, duration: number): void {
    this.animation = { from: this.view, to, start: performance.now(), duration };
    this.startMoving();
  }

  /** The node under a screen point, as an index into the scene. */
  nodeAt(p: ScreenPoint): number | null {
    if (!this.grid) return null;
    const m = toModel(this.view, p);
    // A node under the point wins; failing that, the nearest within a few screen pixels, so tiny
    // nodes on a zoomed-out map can still be hit without stealing clicks from the one under them.
    return this.grid.nodeAt(m.x, m.y, 0) ?? this.grid.nearestWithin(m.x, m.y, 4 / this.view.zoom);
  }

  nodeId(index: number): string | null {
    return this.scene?.nodes[index]?.id ?? null;
  }

  /** The node's label as the map shows it (already a placeholder for a hidden name). */
  nodeLabel(index: number): string {
    return this.scene?.nodes[index]?.label ?? '';
  }

  /** Moves a node while it is dragged; the scene is rebuilt from the map once the move is saved. */
  moveNode(id: string, p: ScreenPoint): ScreenPoint | null {
    const index = this.scene?.indexOf.get(id);
    const n = index === undefined ? undefined : this.scene?.nodes[index];
    if (index === undefined || !n || !this.grid) return null;
    const m = toModel(this.view, p);
    n.x = m.x;
    n.y = m.y;
    this.grid.move(index);
    // The dragged node must move on screen: full frames while dragging, no snapshot of the old place.
    this.snapshotView = null;
    this.shownFullFrame = null;
    this.startMoving();
    return m;
  }

  /** Matches the canvas to its box (also called when the map is shown again after the list). */
  resize(): void {
    const parent = this.canvas.parentElement ?? this.canvas;
    const ratio = window.devicePixelRatio || 1;
    // Setting a canvas's size clears and reallocates it: only when the size really changed.
    if (parent.clientWidth === this.cssWidth && parent.clientHeight === this.cssHeight && ratio === this.ratio) return;
    this.cssWidth = parent.clientWidth;
    this.cssHeight = parent.clientHeight;
    this.ratio = ratio;
    this.canvas.width = Math.round(this.cssWidth * this.ratio);
    this.canvas.height = Math.round(this.cssHeight * this.ratio);
    this.canvas.style.width = `${this.cssWidth}px`;
    this.canvas.style.height = `${this.cssHeight}px`;
    this.snapshotView = null;
    this.shownFullFrame = null;
    this.settle();
  }

  private startMoving(): void {
    // A gesture starts: keep the frame on the canvas to move about, if redrawing it is slow.
    if (!this.snapshotView && this.shownFullFrame && this.fullFrameMs > FAST_FRAME_MS) this.keepSnapshot(this.shownFullFrame);
    this.moving = true;
    this.labels = null;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
    this.request();
  }

  private settle(): void {
    if (this.animation) return;
    clearTimeout(this.settleTimer);
    this.moving = false;
    if (this.scene) this.labels = labelsInView(this.scene, this.view, this.cssWidth, this.cssHeight, MIN_ZOOMED_FONT_SIZE);
    this.request();
  }

  private request(): void {
    if (this.frame === null) this.frame = requestAnimationFrame((now) => this.draw(now));
  }

  private draw(now: number): void {
    // The canvas's box may have changed since the resize observer last reported (a bar shown or
    // hidden above the map): match it before drawing, or this frame, drawn at the old size, is wiped
    // when the observer reports the new one after it. Reading the size lays the page out, as the
    // frame would right after anyway; while this frame is pending, the resize asks for no other.
    this.resize();
    this.frame = null;
    if (!this.scene || this.cssWidth === 0) return;
    if (this.animation) this.step(now);
    if (this.moving && this.snapshotView && this.fullFrameMs > FAST_FRAME_MS) {
      this.drawMovedSnapshot(this.snapshotView);
    } else {
      const started = performance.now();
      drawScene(this.context, this.scene, {
        view: this.view,
        width: this.cssWidth,
        height: this.cssHeight,
        pixelRatio: this.ratio,
        drawEdges: true,
        labels: this.moving ? null : this.labels,
        minZoomedFontSize: MIN_ZOOMED_FONT_SIZE,
      });
      this.fullFrameMs = performance.now() - started;
      this.shownFullFrame = this.view;
      if (!this.moving) this.fullFrameDone();
    }
    if (this.animation) this.request();
  }

  private step(now: number): void {
    const a = this.animation!;
    const t = (now - a.start) / a.duration;
    this.view = easeBetween(a.from, a.to, t, this.cssWidth, this.cssHeight);
    if (t >= 1) {
      this.animation = null;
      this.view = a.to;
      this.settle();
    }
  }

  private fullFrameDone(): void {
    // The copy to move about is taken only when a gesture starts: copying a frame costs as much as
    // a few milliseconds of drawing, and most frames are never moved.
    this.snapshotView = null;
    this.onFullFrame?.(this.view, this.fullFrameMs);
    const waiting = this.waitingForFrame;
    this.waitingForFrame = [];
    for (const callback of waiting) callback();
  }

  private keepSnapshot(view: Viewport): void {
    if (this.snapshot.width !== this.canvas.width || this.snapshot.height !== this.canvas.height) {
      this.snapshot.width = this.canvas.width;
      this.snapshot.height = this.canvas.height;
    }
    const ctx = this.snapshot.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, this.snapshot.width, this.snapshot.height);
    ctx.drawImage(this.canvas, 0, 0);
    this.snapshotView = view;
  }

  /** The last full frame, scaled and moved to where the current view puts it. */
  private drawMovedSnapshot(then: Viewport): void {
    const ctx = this.context;
    this.shownFullFrame = null;
    const scale = this.view.zoom / then.zoom;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const dx = (this.view.pan.x - then.pan.x * scale) * this.ratio;
    const dy = (this.view.pan.y - then.pan.y * scale) * this.ratio;
    ctx.drawImage(this.snapshot, dx, dy, this.snapshot.width * scale, this.snapshot.height * scale);
  }
}
