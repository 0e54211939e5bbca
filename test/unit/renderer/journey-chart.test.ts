// Coverage over time: the chart's numbers come from the snapshots oldest first, and the geometry
// puts each count where the axis says it is.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { updateStakeholder } from '../../../shared/edits';
import { takeSnapshot } from '../../../shared/journey/snapshots';
import { chartGeometry, coverageOverTime } from '../../../renderer/src/state/journey/journey-chart';
import { smallMap } from './map-fixture';

function twoSnapshots() {
  const before = smallMap();
  const first = takeSnapshot(before, analyzeMap(before), '2025-03-01T10:00:00.000Z', { id: 'a', label: 'Start' });
  const after = updateStakeholder(before, 's3', { stage: 'member' }, { now: '2025-03-02T10:00:00.000Z' });
  const second = takeSnapshot(after, analyzeMap(after), '2025-04-01T10:00:00.000Z', { id: 'b' });
  return { first, second };
}

describe('coverageOverTime', () => {
  it('counts members per category per snapshot, oldest first, headed by label or day', () => {
    const { first, second } = twoSnapshots();
    const series = coverageOverTime([second, first]);
    expect(series.columns).toEqual([
      { id: 'a', heading: 'Start' },
      { id: 'b', heading: '2025-04-01' },
    ]);
    const counts = Object.fromEntries(series.rows.map((r) => [r.category, r.counts]));
    expect(counts).toEqual({
      'directly-affected': [1, 1],
      'service-provider': [1, 1],
      influential: [1, 1],
      policymaker: [0, 1],
      'interested-public': [0, 0],
    });
    expect(series.max).toBe(1);
  });

  it('is empty but well formed without snapshots', () => {
    const series = coverageOverTime([]);
    expect(series.columns).toEqual([]);
    expect(series.rows).toHaveLength(5);
    expect(series.max).toBe(0);
  });
});

describe('chartGeometry', () => {
  it('places the first snapshot on the left edge, the last on the right, and zero on the baseline', () => {
    const { first, second } = twoSnapshots();
    const g = chartGeometry(coverageOverTime([first, second]), 500, 200);
    const policy = g.lines.find((l) => l.category === 'policymaker')!;
    expect(policy.dots.map((d) => d.x)).toEqual([g.plot.left, g.plot.right]);
    expect(policy.dots[0]!.y).toBe(g.plot.bottom);
    // One member at most: the axis runs 0..1 and the one member sits at the top.
    expect(g.yTicks).toEqual([
      { y: g.plot.bottom, value: 0 },
      { y: g.plot.top, value: 1 },
    ]);
    expect(policy.points).toBe(`${g.plot.left},${g.plot.bottom} ${g.plot.right},${g.plot.top}`);
    expect(g.xLabels.map((l) => [l.text, l.anchor])).toEqual([
      ['Start', 'start'],
      ['2025-04-01', 'end'],
    ]);
  });

  it('centres a single snapshot and keeps ticks whole numbers up to the largest count', () => {
    const { first } = twoSnapshots();
    const series = { ...coverageOverTime([first]), max: 9 };
    const g = chartGeometry(series, 400, 200);
    expect(g.lines[0]!.dots[0]!.x).toBe((g.plot.left + g.plot.right) / 2);
    const values = g.yTicks.map((t) => t.value);
    expect(values.every((v) => Number.isInteger(v))).toBe(true);
    expect(values[values.length - 1]).toBeGreaterThanOrEqual(9);
    expect(values.length).toBeLessThanOrEqual(6);
  });
});
