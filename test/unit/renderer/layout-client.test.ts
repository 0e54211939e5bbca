// The layout client where no worker can start (Node has no Worker, as an unusual embedding might
// not): the single-job client reports that it cannot start, and the layout runs in the window
// instead, still giving every stakeholder a position, and keeps doing so for later layouts.
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../renderer/src/workers/layout-client';
import { smallMap } from './map-fixture';

describe('layoutMap without a worker', () => {
  it('lays the map out in the window instead, every time', async () => {
    expect(typeof globalThis.Worker).toBe('undefined');
    const map = smallMap();
    for (let run = 0; run < 2; run += 1) {
      const positions = await layoutMap(map);
      expect(Object.keys(positions).sort()).toEqual(map.stakeholders.map((s) => s.id).sort());
      for (const point of Object.values(positions)) expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
    }
  });
});
