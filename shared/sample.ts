// The fictional sample coalition a newcomer sees on first run. It is built to show what the
// analysis finds: policymakers on the map but none among members (a recruitment gap), two
// east-side counselling services that overlap without ever working together (uncoordinated
// duplication), interpretation wanted but offered by no one (a service gap), and a hospital
// chaplain who is the faith leaders' only path to the service providers (a broker).
import { emptyMap } from './new-map';
import type { MapDocument, Stakeholder, Tie } from './model';
import { SAMPLE_ORGANIZATIONS } from './sample-data/organizations';
import { SAMPLE_PEOPLE } from './sample-data/people';
import type { StakeholderSpec, TieSpec } from './sample-data/spec';
import { SAMPLE_TIES } from './sample-data/ties';

export const SAMPLE_COALITION_NAME = 'Harlow Bend Family Safety Coalition';
const ANCHOR_ID = 's-01';
const DAY_MS = 86_400_000;

/** The calendar day `days` after the instant `now` (ISO), as YYYY-MM-DD. */
function dayFrom(now: string, days: number): string {
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new Error(`sampleCoalition: "${now}" is not an ISO date-time`);
  return new Date(ms + days * DAY_MS).toISOString().slice(0, 10);
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, '')
    .trim()
    .toLowerCase()
    .replace(/ +/g, '.');
}

function toStakeholder(spec: StakeholderSpec, index: number, now: string): Stakeholder {
  const reachable = !spec.noContact;
  return {
    id: spec.id,
    name: spec.name,
    kind: spec.kind,
    categories: [...spec.categories],
    role: spec.role ?? '',
    sector: spec.sector ?? '',
    email: reachable ? `${slug(spec.name)}@example.org` : '',
    // 555-0100 to 555-0199 are set aside for fiction.
    phone: reachable ? `555-01${String(index % 100).padStart(2, '0')}` : '',
    address: spec.kind === 'organization' ? `${10 + index * 7} Mill Road, Harlow Bend` : '',
    area: spec.area ?? '',
    services: [...(spec.services ?? [])],
    influence: spec.influence ?? null,
    livedExperience: spec.livedExperience ?? false,
    confidential: spec.confidential ?? false,
    consentUntil: spec.consentInDays === undefined ? null : dayFrom(now, spec.consentInDays),
    stage: spec.stage,
    notes: spec.notes ?? '',
    tags: [...(spec.tags ?? [])],
    custom: {},
    createdAt: now,
    updatedAt: now,
  };
}

function toTie([id, source, target, type, strength, notes]: TieSpec, index: number, now: string): Tie {
  return {
    id,
    source,
    target,
    type,
    strength,
    trust: type === 'conflict' ? 1 : 2 + (index % 3),
    reportedBy: index % 2 === 0 ? 'Renata Voss' : 'Kwame Adjei',
    reportedAt: dayFrom(now, -30 - index),
    notes: notes ?? '',
    createdAt: now,
    updatedAt: now,
  };
}

export function sampleCoalition(ctx: { now: string }): MapDocument {
  const base = emptyMap(SAMPLE_COALITION_NAME);
  const specs = [...SAMPLE_ORGANIZATIONS, ...SAMPLE_PEOPLE];
  return {
    ...base,
    coalition: {
      ...base.coalition,
      focusIssue: 'Domestic violence',
      mission:
        'Every household in Harlow Bend (a fictional town) can find safety, help and a fair hearing ' +
        'without being sent from door to door. We join up the services, put survivors at the table ' +
        'and ask the town for what is missing.',
      values: ['Survivors lead', 'No wrong door', 'Confidentiality first', 'Plain language'],
      goals: [
        { id: 'goal-1', title: 'One shared referral path between shelter, counselling, legal aid and the courts', status: 'in-progress', outcome: '', funderIds: [], resources: '' },
        { id: 'goal-2', title: 'Interpretation available at every service by next year', status: 'planned', outcome: '', funderIds: [], resources: '' },
        { id: 'goal-3', title: 'A city budget line for survivor housing', status: 'planned', outcome: '', funderIds: [], resources: '' },
      ],
      area: 'Harlow Bend and the rest of Harlow County (fictional)',
      servicesWanted: [
        'crisis-hotline', 'emergency-shelter', 'safety-planning', 'legal-advocacy', 'court-accompaniment',
        'counselling', 'medical-care', 'housing', 'financial-help', 'interpretation',
      ],
      targets: {
        'directly-affected': { minMembers: 3, minShare: 0.2 },
        'service-provider': { minMembers: 3, minShare: 0 },
        influential: { minMembers: 2, minShare: 0 },
        policymaker: { minMembers: 1, minShare: 0 },
        'interested-public': { minMembers: 2, minShare: 0 },
      },
      anchorId: ANCHOR_ID,
    },
    stakeholders: specs.map((spec, i) => toStakeholder(spec, i, ctx.now)),
    ties: SAMPLE_TIES.map((spec, i) => toTie(spec, i, ctx.now)),
  };
}
