// What the goal's "Funders and resources" editor saves, kept apart from React so it can be tested
// plainly: who can still be added as a funder, and only the fields that changed (one undo step).
import type { GoalDraft } from '../../../../shared/journey/goals';
import type { Goal, Stakeholder } from '../../../../shared/model';
import type { ChoiceOption } from '../Choice';

/** The drop-down's options: a prompt (null), then everyone not yet funding the goal, by name. */
export function funderOptions(people: readonly Pick<Stakeholder, 'id' | 'name'>[], funderIds: readonly string[]): ChoiceOption<string | null>[] {
  const taken = new Set(funderIds);
  const free = people.filter((p) => !taken.has(p.id)).sort((a, b) => a.name.localeCompare(b.name));
  return [{ value: null, label: 'Add a funder…' }, ...free.map((p) => ({ value: p.id, label: p.name }))];
}

/** The changes to save, or null when the edited funders and resources equal the goal's own. */
export function fundingChanges(goal: Pick<Goal, 'funderIds' | 'resources'>, funderIds: readonly string[], resources: string): Partial<GoalDraft> | null {
  const funders = [...new Set(funderIds)];
  const fundersChanged = funders.length !== goal.funderIds.length || funders.some((id, i) => id !== goal.funderIds[i]);
  const changes: Partial<GoalDraft> = {
    ...(fundersChanged ? { funderIds: funders } : {}),
    ...(resources.trim() !== goal.resources ? { resources: resources.trim() } : {}),
  };
  return Object.keys(changes).length === 0 ? null : changes;
}
