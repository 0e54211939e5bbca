// The five stakeholder categories of the coalition guide's "who should be involved".
// Colours are the Okabe-Ito palette, which stays distinct for colour-blind readers.

export const CATEGORY_IDS = [
  'directly-affected',
  'service-provider',
  'influential',
  'policymaker',
  'interested-public',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryInfo {
  readonly id: CategoryId;
  readonly label: string;
  readonly description: string;
  readonly colour: string;
  /** Professionals and community voices are weighed against each other in voice balance. */
  readonly voice: 'professional' | 'community' | 'neither';
}

export const CATEGORIES: readonly CategoryInfo[] = [
  {
    id: 'directly-affected',
    label: 'Directly affected',
    description: 'People with lived experience of the problem, their families, and the communities that bear it.',
    colour: '#D55E00',
    voice: 'community',
  },
  {
    id: 'service-provider',
    label: 'Service provider',
    description: 'Victim-service workers and other providers: advocacy, shelter, health, courts, law enforcement.',
    colour: '#0072B2',
    voice: 'professional',
  },
  {
    id: 'influential',
    label: 'Influential community member',
    description: 'People the community trusts and listens to: faith leaders, business owners, elders.',
    colour: '#009E73',
    voice: 'neither',
  },
  {
    id: 'policymaker',
    label: 'Policymaker',
    description: 'Elected officials and those who set policy or budgets.',
    colour: '#CC79A7',
    voice: 'professional',
  },
  {
    id: 'interested-public',
    label: 'Interested public',
    description: 'Community members who are not directly affected but care about the issue.',
    colour: '#E69F00',
    voice: 'community',
  },
];

export const UNCATEGORIZED_COLOUR = '#8A8F98';

const byId = new Map(CATEGORIES.map((c) => [c.id, c]));

export function categoryInfo(id: CategoryId): CategoryInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`unknown category ${id}`);
  return info;
}

export function isCategoryId(value: string): value is CategoryId {
  return byId.has(value as CategoryId);
}
