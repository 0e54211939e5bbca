// The app's analysis in stages: a big map gets a first answer from sampled betweenness and
// estimated closeness, marked with its sample size and bound, then the exact answer, which equals
// the one-call analysis to the last digit whichever way the searches were split.
import { describe, expect, it } from 'vitest';
import { analyzeMap, type Insights } from '../../../shared/analysis';
import { brandesPartialSums, type PartialSums } from '../../../shared/graph/betweenness-core';
import { sliceOfSources } from '../../../shared/graph/betweenness';
import { analyzeInStages, type RunSearches } from '../../../shared/analysis/staged-analysis';
import { sampledBetweennessEpsilon } from '../../../shared/graph/sampled-betweenness';
import { generateMap } from '../../bench/generate-map';

/** Runs the searches here, cut into `slices` strided slices as the app's workers would. */
function inSlices(slices: number): RunSearches & { calls: { sources: number; withCloseness: boolean }[] } {
  const calls: { sources: number; withCloseness: boolean }[] = [];
  const run = (async (graph, plan, withCloseness) => {
    calls.push({ sources: plan.sources.length, withCloseness });
    const parts: PartialSums[] = [];
    for (let i = 0; i < slices; i += 1) parts.push(brandesPartialSums(graph, plan, sliceOfSources(plan.sources, i, slices), withCloseness));
    return parts;
  }) as RunSearches & { calls: typeof calls };
  run.calls = calls;
  return run;
}

function rank(insights: Insights, figure: 'betweenness' | 'closeness', count: number): Set<string> {
  return new Set([...insights.stakeholders].sort((a, b) => b[figure] - a[figure]).slice(0, count).map((s) => s.id));
}

describe('analysis in stages', () => {
  const map = generateMap(1_500, 3);

  it('answers a big map twice: sampled and marked first, then exact and equal to analyzeMap', async () => {
    const firsts: Insights[] = [];
    const searches = inSlices(1);
    const exact = await analyzeInStages(map, {
      runSearches: searches,
      onFirstAnswer: (first) => firsts.push(first),
      stagedMinOrder: 1_000,
      samples: 300,
      includeConfidential: true,
    });
    expect(exact).toEqual(analyzeMap(map, { includeConfidential: true }));
    expect(exact.estimate).toBeUndefined();
    expect(firsts).toHaveLength(1);
    const first = firsts[0]!;
    expect(first.estimate).toMatchObject({ samples: 300, stakeholders: 1_500, confidence: 0.9 });
    expect(first.estimate?.epsilon).toBeCloseTo(sampledBetweennessEpsilon(1_500, 300, 0.9), 12);
    expect(first.estimate?.boundMethod).toMatch(/Hoeffding/);
    // The sampled pass has no closeness; the exact pass does, from every non-leaf source.
    expect(searches.calls[0]).toEqual({ sources: 300, withCloseness: false });
    expect(searches.calls[1]?.withCloseness).toBe(true);
    // Only betweenness and closeness are estimates: every other figure is already exact.
    first.stakeholders.forEach((s, i) => {
      const e = exact.stakeholders[i]!;
      expect([s.id, s.degree, s.pagerank, s.coreNumber, s.community]).toEqual([e.id, e.degree, e.pagerank, e.coreNumber, e.community]);
      expect(Math.abs(s.betweenness - e.betweenness)).toBeLessThanOrEqual(first.estimate!.epsilon);
      expect(Math.abs(s.closeness - e.closeness) / e.closeness).toBeLessThan(0.1);
    });
    expect(first.summary).toEqual(exact.summary);
    // The estimates rank the most central people much as the exact figures do.
    const overlap = (figure: 'betweenness' | 'closeness') => [...rank(first, figure, 20)].filter((id) => rank(exact, figure, 20).has(id)).length;
    expect(overlap('betweenness')).toBeGreaterThanOrEqual(15);
    expect(overlap('closeness')).toBeGreaterThanOrEqual(15);
  });

  it('answers a smaller map once, exactly', async () => {
    const firsts: Insights[] = [];
    const exact = await analyzeInStages(map, { runSearches: inSlices(1), onFirstAnswer: (first) => firsts.push(first) });
    expect(firsts).toEqual([]);
    expect(exact).toEqual(analyzeMap(map));
  });

  it('gives the same figures however the searches are split (up to the order of additions)', async () => {
    const whole = analyzeMap(map);
    for (const slices of [2, 3, 7]) {
      const split = await analyzeInStages(map, { runSearches: inSlices(slices) });
      split.stakeholders.forEach((s, i) => {
        const w = whole.stakeholders[i]!;
        expect(Math.abs(s.betweenness - w.betweenness)).toBeLessThan(1e-12);
        expect(Math.abs(s.closeness - w.closeness)).toBeLessThan(1e-12);
      });
      expect(split.coverage).toEqual(whole.coverage);
    }
  });

  it('passes a failed search on as the analysis error', async () => {
    const failing: RunSearches = () => Promise.reject(new Error('a betweenness helper stopped (out of memory)'));
    await expect(analyzeInStages(map, { runSearches: failing })).rejects.toThrow(/helper stopped \(out of memory\)/);
  });
});
