// What runs inside the page being measured, as a plain script (no bundler helpers reach the page):
// notes when the map canvas first shows ink, then when the main thread first answers a task within
// 50 ms after that (interactive), keeps long tasks, and records frame-to-frame times on request.
export interface PageTimings {
  readonly drawnAt: number | null;
  readonly interactiveAt: number | null;
  readonly longTasks: readonly { start: number; duration: number }[];
}

export function probeScript(canvasSelector: string): string {
  return `(() => {
  const probe = { drawnAt: null, interactiveAt: null, longTasks: [], frames: [], recording: false, last: 0 };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long task timing in this browser */ }
  const SIDE = 128;
  let small = null;
  const hasInk = () => {
    if (!small) {
      small = document.createElement('canvas');
      small.width = SIDE; small.height = SIDE;
    }
    const ctx = small.getContext('2d', { willReadFrequently: true });
    for (const c of document.querySelectorAll(${JSON.stringify(canvasSelector)})) {
      if (c.width === 0 || c.height === 0) continue;
      ctx.clearRect(0, 0, SIDE, SIDE);
      ctx.drawImage(c, 0, 0, SIDE, SIDE);
      const d = ctx.getImageData(0, 0, SIDE, SIDE).data;
      let inked = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) inked += 1;
      if (inked > 20) return true;
    }
    return false;
  };
  const answer = () => {
    const asked = performance.now();
    setTimeout(() => {
      const now = performance.now();
      if (now - asked < 50) probe.interactiveAt = now;
      else answer();
    }, 0);
  };
  const frame = (now) => {
    if (probe.drawnAt === null && hasInk()) {
      probe.drawnAt = performance.now();
      answer();
    }
    if (probe.recording) {
      if (probe.last > 0) probe.frames.push(now - probe.last);
      probe.last = now;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  window.__benchRecord = (on) => {
    probe.recording = on;
    probe.last = 0;
    if (on) probe.frames = [];
    return probe.frames;
  };
})();`;
}

export const READ_TIMINGS = '({ drawnAt: window.__bench.drawnAt, interactiveAt: window.__bench.interactiveAt, longTasks: window.__bench.longTasks })';
export const INTERACTIVE = 'window.__bench && window.__bench.interactiveAt !== null';
