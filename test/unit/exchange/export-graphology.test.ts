// The GEXF and GraphML exports read back with graphology's own parsers (graphology-gexf and
// graphology-graphml, the readers Sigma-based tools use), so CI checks the files without python.
// The map mixes directed ties (works-at, refers-to) with undirected ones and has two ties of
// different types between one pair: every node must arrive with its label and every tie once,
// from its source to its target, with its type, strength, trust and direction flag.
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../../shared/exchange/export-map';
import type { MapDocument } from '../../../shared/model';
import { DIRECTED_TIE_TYPES } from '../../../shared/schema';
import { sampleMap, textOf, TODAY } from './export-fixtures';

/** The sample map with a refers-to tie back along a works-at tie, and a knows tie beside it. */
function mixedMap(): MapDocument {
  const map = sampleMap();
  const worksAt = map.ties.find((t) => t.type === 'works-at');
  if (!worksAt) throw new Error('fixture: no works-at tie');
  const extra = [
    { ...worksAt, id: 't-back', type: 'refers-to' as const, source: worksAt.target, target: worksAt.source, strength: 2 as const },
    { ...worksAt, id: 't-knows', type: 'knows' as const, trust: 1 as const },
  ];
  return { ...map, ties: [...map.ties, ...extra] };
}

const map = mixedMap();
const PARSERS = { gexf: parseGexf, graphml: parseGraphml } as const;

function readBack(format: 'gexf' | 'graphml', includeConfidential: boolean): MultiGraph {
  const text = textOf(exportMap(map, { format, includeConfidential, includeSensitive: false, today: TODAY }).bytes);
  return PARSERS[format](MultiGraph, text) as MultiGraph;
}

describe.each(['gexf', 'graphml'] as const)('graphology reads the %s export', (format) => {
  it('every node with its label, every tie once with its ends, type, strength, trust and direction', () => {
    const graph = readBack(format, true);
    expect(graph.order).toBe(map.stakeholders.length);
    for (const s of map.stakeholders) {
      expect(graph.hasNode(s.id), s.id).toBe(true);
      expect(graph.getNodeAttribute(s.id, 'label'), s.id).toBe(s.name);
      expect(graph.getNodeAttribute(s.id, 'kind'), s.id).toBe(s.kind);
    }
    expect(graph.size).toBe(map.ties.length);
    for (const t of map.ties) {
      expect(graph.hasEdge(t.id), t.id).toBe(true);
      expect([graph.source(t.id), graph.target(t.id)], t.id).toEqual([t.source, t.target]);
      // graphology holds each edge as directed, as the file says; the tie's own direction is the flag.
      expect(graph.isDirected(t.id), t.id).toBe(true);
      const attributes = graph.getEdgeAttributes(t.id);
      expect(
        { type: attributes.type, strength: attributes.strength, trust: attributes.trust, directed: attributes.directed },
        t.id,
      ).toEqual({ type: t.type, strength: t.strength, trust: t.trust, directed: DIRECTED_TIE_TYPES.includes(t.type) });
    }
  });

  it('in the default export, every tie still there and no confidential person named', () => {
    const graph = readBack(format, false);
    expect(graph.order).toBe(map.stakeholders.length);
    expect(graph.size).toBe(map.ties.length);
    const labels = new Set(graph.mapNodes((_, a) => String(a.label)));
    const confidential = map.stakeholders.filter((s) => s.confidential);
    expect(confidential.length).toBeGreaterThan(0);
    for (const s of confidential) expect(labels.has(s.name), s.name).toBe(false);
    for (const s of map.stakeholders.filter((p) => !p.confidential)) expect(labels.has(s.name), s.name).toBe(true);
  });
});
