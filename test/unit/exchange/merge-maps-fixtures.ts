// Small made-up maps for the dedupe and merge tests, built through the real schema so every
// default is the one a saved map would have.
import type { MapDocument, Stakeholder, Tie } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { mapDocumentSchema, stakeholderSchema, tieSchema } from '../../../shared/schema';

export const THEN = '2025-11-02T09:00:00.000Z';
export const NOW = '2026-02-10T12:00:00.000Z';

type StakeholderFields = Partial<Omit<Stakeholder, 'id' | 'name'>>;

export function person(id: string, name: string, fields: StakeholderFields = {}): Stakeholder {
  return stakeholderSchema.parse({ kind: 'person', categories: [], createdAt: THEN, updatedAt: THEN, ...fields, id, name });
}

export function org(id: string, name: string, fields: StakeholderFields = {}): Stakeholder {
  return person(id, name, { kind: 'organization', ...fields });
}

export function tie(id: string, source: string, target: string, type: Tie['type'] = 'knows', fields: Partial<Tie> = {}): Tie {
  return tieSchema.parse({ createdAt: THEN, updatedAt: THEN, ...fields, id, source, target, type });
}

export function mapOf(name: string, stakeholders: Stakeholder[], ties: Tie[] = [], coalition: Partial<MapDocument['coalition']> = {}): MapDocument {
  const base = emptyMap(name);
  return mapDocumentSchema.parse({ ...base, coalition: { ...base.coalition, ...coalition }, stakeholders, ties });
}

/** Deterministic ids: "new-1", "new-2", ... */
export function counterIds(prefix = 'new-'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
