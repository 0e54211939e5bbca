// A small, readable coalition map with known answers: policymakers are missing from the whole
// map, two shelters duplicate each other without working together, and the pastor is the only
// link between the service providers and the faith community. Built through the real schema so
// every default is filled exactly as a saved file would have it.
import { mapDocumentSchema } from '../../../shared/schema';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';

const at = '2026-01-05T10:00:00.000Z';

type Person = { id: string; name: string; kind?: 'person' | 'organization' } & Record<string, unknown>;

export function stakeholder(p: Person): Record<string, unknown> {
  return { kind: 'person', categories: [], createdAt: at, updatedAt: at, ...p };
}

export function tie(source: string, target: string, type = 'knows', strength = 2): Record<string, unknown> {
  return { id: `${source}~${target}~${type}`, source, target, type, strength, createdAt: at, updatedAt: at };
}

export function sampleMap(overrides: Partial<{ anchorId: string | null }> = {}): MapDocument {
  const base = emptyMap('Riverside Safety Coalition');
  return mapDocumentSchema.parse({
    ...base,
    coalition: {
      ...base.coalition,
      servicesWanted: ['emergency-shelter', 'crisis-hotline', 'legal-advocacy', 'childcare'],
      anchorId: overrides.anchorId === undefined ? 'shelter' : overrides.anchorId,
    },
    stakeholders: [
      stakeholder({ id: 'shelter', name: 'Harbor House Shelter', kind: 'organization', categories: ['service-provider'], services: ['emergency-shelter', 'crisis-hotline'], area: 'North County', stage: 'core' }),
      stakeholder({ id: 'haven', name: 'Safe Haven Center', kind: 'organization', categories: ['service-provider'], services: ['emergency-shelter'], area: 'north county, east side', stage: 'member' }),
      stakeholder({ id: 'legal', name: 'River Legal Aid', kind: 'organization', categories: ['service-provider'], services: ['legal-advocacy'], area: 'River City', stage: 'contacted' }),
      stakeholder({ id: 'maria', name: 'Maria Lopez', categories: ['directly-affected'], livedExperience: true, confidential: true, stage: 'member' }),
      stakeholder({ id: 'dana', name: 'Dana Smith', categories: ['directly-affected'], livedExperience: true }),
      stakeholder({ id: 'pastor', name: 'Pastor James Reed', categories: ['influential'], influence: 5, stage: 'contacted' }),
      stakeholder({ id: 'deacon', name: 'Deacon Ruth Kim', categories: ['influential'], influence: 3 }),
      stakeholder({ id: 'choir', name: 'Ana Torres', categories: ['influential', 'interested-public'] }),
      stakeholder({ id: 'neighbor', name: 'Sam Okafor', categories: ['interested-public'] }),
      stakeholder({ id: 'refuser', name: 'Lee Grant', categories: ['interested-public'], stage: 'declined' }),
    ],
    ties: [
      tie('shelter', 'haven'),
      tie('shelter', 'maria', 'knows', 3),
      tie('haven', 'maria'),
      tie('shelter', 'legal', 'refers-to'),
      tie('shelter', 'pastor', 'knows', 3),
      tie('pastor', 'deacon'),
      tie('pastor', 'choir', 'knows', 1),
      tie('deacon', 'choir', 'knows', 3),
      tie('choir', 'neighbor'),
      tie('neighbor', 'refuser'),
      tie('haven', 'legal', 'conflict'),
    ],
  });
}

/** Any small map for a focused test, parsed through the real schema. */
export function buildMap(
  stakeholders: Record<string, unknown>[],
  ties: Record<string, unknown>[],
  coalition: Record<string, unknown> = {},
): MapDocument {
  const base = emptyMap('Test coalition');
  return mapDocumentSchema.parse({ ...base, coalition: { ...base.coalition, ...coalition }, stakeholders, ties });
}
