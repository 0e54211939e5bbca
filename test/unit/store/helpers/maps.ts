// Valid maps of any size for store tests, built from the real empty map and real schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MapDocument, Stakeholder } from '../../../../shared/model';
import { emptyMap } from '../../../../shared/new-map';
import { mapDocumentSchema } from '../../../../shared/schema';

const STAMP = '2025-01-15T10:00:00.000Z';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/maps/${name}`, import.meta.url));
}

export function fixtureMap(name = 'small-valid.coalition.json'): MapDocument {
  return mapDocumentSchema.parse(JSON.parse(readFileSync(fixturePath(name), 'utf8')));
}

/** A map whose focus issue carries a counter, so tests can tell which save is on disk. */
export function numberedMap(n: number, stakeholders = 3): MapDocument {
  const base = emptyMap('Numbered Coalition');
  const people: Stakeholder[] = Array.from({ length: stakeholders }, (_, i) =>
    mapDocumentSchema.shape.stakeholders.element.parse({
      id: `s${i}`,
      name: `Person ${i}`,
      kind: i % 2 === 0 ? 'person' : 'organization',
      categories: ['interested-public'],
      notes: 'x'.repeat(200),
      createdAt: STAMP,
      updatedAt: STAMP,
    }),
  );
  return { ...base, coalition: { ...base.coalition, focusIssue: `seq:${n}` }, stakeholders: people };
}

export function sequenceOf(map: MapDocument): number {
  const m = /^seq:(\d+)$/.exec(map.coalition.focusIssue);
  if (!m?.[1]) throw new Error(`map has no sequence number: ${map.coalition.focusIssue}`);
  return Number(m[1]);
}
