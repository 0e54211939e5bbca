// An answer crosses from the analysis worker to the window with its per-stakeholder figures packed
// as columns (figure-columns.ts). Here the real staged analysis runs on a generated map, both its
// answers are packed as the worker sends them, passed through a structured clone that moves their
// buffers as postMessage does, unpacked as the window does, and compared with the answers as the
// analysis gave them: they must be the same to the last digit and key.
import { describe, expect, it } from 'vitest';
import { analyzeMap, type Insights } from '../../../shared/analysis';
import { packFigures, packInsights, transferablesOf, unpackFigures, unpackInsights, type PackedInsights } from '../../../shared/analysis/figure-columns';
import { analyzeInStages, type RunSearches } from '../../../shared/analysis/staged-analysis';
import { brandesPartialSums } from '../../../shared/graph/betweenness-core';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { generateMap } from '../../bench/generate-map';

const runHere: RunSearches = async (graph, plan, withCloseness) => [brandesPartialSums(graph, plan, plan.sources, withCloseness)];

/** A generated map with what a packer could get wrong: confidential people, names beyond ASCII, no categories, a committee. */
function awkwardMap(): MapDocument {
  const map = generateMap(1_200, 5);
  const stakeholders = map.stakeholders.map((s, i) => {
    if (i % 97 === 0) return { ...s, confidential: true };
    if (i % 31 === 0) return { ...s, name: `Zoë Ñúñez 🌻 ${i}`, categories: [] };
    if (i === 7) return { ...s, id: 'ß-7-长' };
    return s;
  });
  const renamed = (id: string) => (id === map.stakeholders[7]!.id ? 'ß-7-长' : id);
  const ties = map.ties.map((t) => ({ ...t, source: renamed(t.source), target: renamed(t.target) }));
  const committee = { id: 'c1', name: 'Steering', purpose: 'Steers', memberIds: stakeholders.slice(0, 40).map((s) => s.id) };
  return { ...map, stakeholders, ties, committees: [...map.committees, committee] };
}

/** What postMessage does to a packed answer: a structured clone that moves the listed buffers. */
function acrossWorkerBoundary(packed: PackedInsights): PackedInsights {
  return structuredClone(packed, { transfer: transferablesOf(packed) });
}

describe('figure columns: the analysis answer as it crosses to the window', () => {
  it('gives the window both staged answers exactly as the analysis made them', async () => {
    const map = awkwardMap();
    const firsts: Insights[] = [];
    const exact = await analyzeInStages(map, {
      runSearches: runHere,
      onFirstAnswer: (first) => firsts.push(first),
      stagedMinOrder: 1_000,
      samples: 200,
      committeeId: 'c1',
      pairLimit: 50,
    });
    expect(firsts).toHaveLength(1);
    expect(exact.committeeCoverage?.committeeId).toBe('c1');
    // The awkward cases are really in the answer: placeholders for confidential people, other scripts.
    const confidential = map.stakeholders.filter((s) => s.confidential).length;
    expect(confidential).toBeGreaterThan(20);
    expect(exact.stakeholders.filter((s) => s.name.startsWith('Confidential stakeholder'))).toHaveLength(confidential);
    expect(exact.stakeholders.some((s) => s.id === 'ß-7-长')).toBe(true);
    expect(exact.stakeholders.some((s) => s.name.includes('🌻') && s.categories.length === 0)).toBe(true);
    for (const answer of [firsts[0]!, exact]) {
      const packed = packInsights(answer);
      const sent = acrossWorkerBoundary(packed);
      // The buffers moved: the worker's side is left with empty ones, nothing was copied.
      expect(packed.figureColumns.numbers.byteLength).toBe(0);
      expect(unpackInsights(sent)).toStrictEqual(answer);
    }
  });

  it('keeps every number exactly, negative zero and non-finite ones included', () => {
    const answer = analyzeMap(generateMap(300, 2));
    const odd = answer.stakeholders.map((s, i) => (i < 4 ? { ...s, betweenness: [-0, Number.NaN, Infinity, 1e-300][i]!, closeness: 0.1 + 0.2 } : s));
    const back = unpackFigures(structuredClone(packFigures(odd)));
    expect(back).toStrictEqual(odd);
    expect(Object.is(back[0]!.betweenness, -0)).toBe(true);
  });

  it('packs an empty answer', () => {
    const answer = analyzeMap(emptyMap('Nobody yet'));
    expect(answer.stakeholders).toEqual([]);
    expect(unpackInsights(acrossWorkerBoundary(packInsights(answer)))).toStrictEqual(answer);
  });
});
