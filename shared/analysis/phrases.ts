// How the reasons name each category in a sentence ("3 stakeholders are policymakers",
// "would add a policymaker"), kept in one place so every answer speaks the same way.
import type { CategoryId } from '../categories';

export interface CategoryPhrase {
  /** "policymakers" */
  readonly plural: string;
  /** "a policymaker" */
  readonly one: string;
}

export const CATEGORY_PHRASES: Record<CategoryId, CategoryPhrase> = {
  'directly-affected': { plural: 'directly-affected people', one: 'a directly-affected person' },
  'service-provider': { plural: 'service providers', one: 'a service provider' },
  influential: { plural: 'influential community members', one: 'an influential community member' },
  policymaker: { plural: 'policymakers', one: 'a policymaker' },
  'interested-public': { plural: 'interested members of the public', one: 'an interested member of the public' },
};
