// Seeded synthetic coalition maps for the bench: hubs (new people tend to attach to the well
// connected), local groups, a few conflicts, and every field the answers read, so the whole
// analysis does real work. The same size and seed always give the same map.
import { CATEGORY_IDS } from '../../shared/categories';
import type { MapDocument, Stage, Stakeholder, Tie } from '../../shared/model';
import { emptyMap } from '../../shared/new-map';
import { seededRandom } from '../../shared/graph/random';

const AT = '2026-01-05T10:00:00.000Z';
const STAGES: readonly Stage[] = ['mapped', 'mapped', 'mapped', 'to-contact', 'contacted', 'member', 'member', 'core', 'declined'];
const AREAS = ['North County', 'South County', 'River City', 'East Side', ''];

/** About `tiesPerStakeholder` ties touch each stakeholder on average (ties = size * that / 2). */
export function generateMap(size: number, seed = 1, tiesPerStakeholder = 3): MapDocument {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const base = emptyMap(`Bench ${size}`);
  const catalog = base.coalition.serviceCatalog.map((s) => s.id);

  const stakeholders: Stakeholder[] = Array.from({ length: size }, (_, i) => {
    const organization = random() < 0.3;
    const categories = [...new Set([pick(CATEGORY_IDS), ...(random() < 0.2 ? [pick(CATEGORY_IDS)] : [])])];
    return {
      id: `s${i}`,
      name: `Stakeholder ${i}`,
      kind: organization ? 'organization' : 'person',
      categories,
      role: '', sector: '', email: '', phone: '', address: '', notes: '',
      area: pick(AREAS),
      services: organization ? [pick(catalog), pick(catalog)] : [],
      influence: random() < 0.5 ? 1 + Math.floor(random() * 5) : null,
      livedExperience: categories.includes('directly-affected') && random() < 0.7,
      confidential: random() < 0.05,
      consentUntil: null,
      stage: pick(STAGES),
      tags: [],
      custom: {},
      createdAt: AT,
      updatedAt: AT,
    };
  });

  const ties: Tie[] = [];
  const tie = (a: number, b: number, type: Tie['type']) => {
    if (a === b) return;
    ties.push({
      id: `t${ties.length}`, source: `s${a}`, target: `s${b}`, type,
      strength: 1 + Math.floor(random() * 3), trust: null, reportedBy: '', reportedAt: null, notes: '',
      createdAt: AT, updatedAt: AT,
    });
  };
  const target = Math.round((size * tiesPerStakeholder) / 2);
  const groupSize = 40;
  // A growing network: half the time join the end of an existing tie (rich get richer).
  for (let i = 1; i < size && ties.length < target; i += 1) {
    const existing = ties.length > 0 && random() < 0.5 ? ties[Math.floor(random() * ties.length)]! : null;
    tie(i, existing ? Number(existing.source.slice(1)) : Math.floor(random() * i), 'knows');
  }
  // Local groups: ties among neighbours in the same block of ids.
  while (ties.length < target) {
    const a = Math.floor(random() * size);
    const b = Math.min(size - 1, Math.floor(a / groupSize) * groupSize + Math.floor(random() * groupSize));
    tie(a, b, pick(['knows', 'partners-with', 'refers-to', 'works-at'] as const));
  }
  for (let k = 0; k < size * 0.03; k += 1) tie(Math.floor(random() * size), Math.floor(random() * size), 'conflict');

  return { ...base, coalition: { ...base.coalition, anchorId: 's0' }, stakeholders, ties };
}
