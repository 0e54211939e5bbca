// The seven steps of building a coalition, as the checklist the app walks a coalition through.
// Titles and purposes are the app's own summary of the guide's framework.
import type { StepId } from '../model';

export interface StepDefinition {
  readonly id: StepId;
  readonly number: number;
  readonly title: string;
  /** What finishing the step means, in a sentence. */
  readonly purpose: string;
}

export const STEPS: readonly StepDefinition[] = [
  {
    id: 'examine-objective',
    number: 1,
    title: 'Examine the objective',
    purpose: 'Name the problem clearly and check that a coalition, rather than some other response, is the right way to tackle it.',
  },
  {
    id: 'organize-core',
    number: 2,
    title: 'Organize core members',
    purpose: 'Gather a small group with field contacts and local knowledge to lead, recruit and get things done, ideally around an anchor organization.',
  },
  {
    id: 'recruit-lived-experience',
    number: 3,
    title: 'Recruit members with lived experience',
    purpose: 'Bring in people who live with the problem, give them real work to do, and keep the membership broad.',
  },
  {
    id: 'first-meeting',
    number: 4,
    title: 'Plan and hold the first meeting',
    purpose: 'Pick a time and place everyone can reach, agree the agenda, and start on mission, values and first objectives together.',
  },
  {
    id: 'follow-up',
    number: 5,
    title: 'Follow up after meetings',
    purpose: 'Share minutes, chase the tasks people took on, form committees and keep recruiting while interest is high.',
  },
  {
    id: 'keep-moving',
    number: 6,
    title: 'Keep the coalition moving',
    purpose: 'Settle goals, structure and leadership, plan resources, and keep members informed, included and thanked.',
  },
  {
    id: 'evaluate',
    number: 7,
    title: 'Evaluate and improve',
    purpose: 'Look back at how the coalition works and what it achieves, and adjust.',
  },
];

export function stepDefinition(id: StepId): StepDefinition {
  const found = STEPS.find((s) => s.id === id);
  if (!found) throw new Error(`unknown step "${id}"`);
  return found;
}
