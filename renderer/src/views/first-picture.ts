// When the window's first picture of a big map is on the screen: the canvas is drawn in one frame
// and reaches the screen with the next (the frame that commits it), so work the picture does not
// need waits for two frames instead of coming in between them: a new map's analysis (handing the
// map to its worker), and, after a moment to spare as well (after-first-paint-idle.ts, bounded by
// IDLE_WAIT_MS), the search box's suggestions and the list behind the map.
import { useEffect, useState } from 'react';
import { afterNextFrame, type AfterNextFrame } from '../state/insights/insights-runner';
import { afterFirstPaintIdle, type PaintIdleClock } from '../state/sharing/after-first-paint-idle';

/** Runs `run` once two frames have been drawn; returns what cancels it. Tests pass their own frames. */
export function afterPictureShown(run: () => void, afterFrame: AfterNextFrame = afterNextFrame): () => void {
  let cancelSecond = (): void => {};
  const cancelFirst = afterFrame(() => {
    cancelSecond = afterFrame(run);
  });
  return () => {
    cancelFirst();
    cancelSecond();
  };
}

/** Runs `run` once two frames have been drawn and the window then has an idle moment; returns what cancels it. Tests pass their own clock. */
export function afterFirstPicture(run: () => void, clock?: PaintIdleClock): () => void {
  let cancelRest = (): void => {};
  const cancelFrame = (clock?.afterNextFrame ?? afterNextFrame)(() => {
    cancelRest = afterFirstPaintIdle(run, clock);
  });
  return () => {
    cancelFrame();
    cancelRest();
  };
}

/** False until the first picture is on the screen (afterFirstPicture), true from then on. */
export function useFirstPictureShown(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => (shown ? undefined : afterFirstPicture(() => setShown(true))), [shown]);
  return shown;
}
