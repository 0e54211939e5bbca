import { describe, expect, it } from 'vitest';
import { importedGraphToStakeholders } from '../../../shared/exchange/graph-to-map';
import { addImportToMap } from '../../../shared/exchange/merge-into-map';
import { readGraphFile } from '../../../shared/exchange/read-graph-file';
import { emptyMap } from '../../../shared/new-map';
import { mapDocumentSchema } from '../../../shared/schema';
import { interopBytes } from './fixture-paths';

function lesMisAddition(prefix: string) {
  let n = 0;
  const graph = readGraphFile(interopBytes('miserables.graphml'), 'miserables.graphml');
  return importedGraphToStakeholders(graph, { now: '2026-01-05T10:00:00.000Z', newId: () => `${prefix}${++n}`, sourceLabel: 'miserables.graphml' });
}

describe('addImportToMap', () => {
  it('returns a new valid map with the import appended and leaves the old one untouched', () => {
    const before = emptyMap('Riverside Coalition');
    const frozen = JSON.stringify(before);
    const after = addImportToMap(before, lesMisAddition('a'));
    expect(after.stakeholders).toHaveLength(77);
    expect(after.ties).toHaveLength(254);
    expect(after.coalition).toBe(before.coalition);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(mapDocumentSchema.safeParse(after).success).toBe(true);
  });

  it('imports twice side by side when ids are fresh', () => {
    const once = addImportToMap(emptyMap('Twice'), lesMisAddition('a'));
    const twice = addImportToMap(once, lesMisAddition('b'));
    expect(twice.stakeholders).toHaveLength(154);
  });

  it('adds nothing when the result would be invalid, and says why', () => {
    const once = addImportToMap(emptyMap('Clash'), lesMisAddition('a'));
    expect(() => addImportToMap(once, lesMisAddition('a'), 'miserables.graphml')).toThrow(
      /^miserables\.graphml: the map would not be valid after this import, so nothing was added:\nstakeholders\[77\]\.id: duplicate stakeholder id "a1"/,
    );
    expect(once.stakeholders).toHaveLength(77);
  });
});
