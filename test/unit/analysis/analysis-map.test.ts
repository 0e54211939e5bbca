// The window hands its analysis worker only what the analysis reads (analysis-map.ts): analysing
// that gives exactly the answers the whole map gives, and none of the rest travels.
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../shared/analysis';
import { analysisMapOf } from '../../../shared/analysis/analysis-map';
import { sampleCoalition } from '../../../shared/sample';
import { generateMap } from '../../bench/generate-map';

const fixedClock = { now: () => 0 };

describe('the map the analysis reads', () => {
  for (const [label, map] of [
    ['the sample coalition', sampleCoalition({ now: '2026-01-05T10:00:00.000Z' })],
    ['a generated map of 600', generateMap(600, 3)],
  ] as const) {
    it(`gives the same insights as the whole map: ${label}`, () => {
      for (const includeConfidential of [false, true]) {
        const committeeId = map.committees[0]?.id;
        const options = { ...fixedClock, includeConfidential, ...(committeeId ? { committeeId } : {}) };
        expect(analyzeMap(analysisMapOf(map), options)).toEqual(analyzeMap(map, options));
      }
    });
  }

  it('carries no contact details, notes, positions or dates, and of the journey only roles and task owners', () => {
    const map = sampleCoalition({ now: '2026-01-05T10:00:00.000Z' });
    const slim = analysisMapOf(map);
    expect(Object.keys(slim).sort()).toEqual(['coalition', 'committees', 'roles', 'stakeholders', 'tasks', 'ties']);
    for (const t of slim.tasks ?? []) expect(Object.keys(t).sort()).toEqual(['owner', 'status']);
    for (const s of slim.stakeholders) {
      expect(Object.keys(s).sort()).toEqual(['area', 'categories', 'confidential', 'id', 'influence', 'kind', 'livedExperience', 'name', 'services', 'stage']);
    }
    for (const t of slim.ties) expect(Object.keys(t).sort()).toEqual(['id', 'source', 'strength', 'target', 'trust', 'type']);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(map).length / 2);
  });
});
