// The coalition's goals as an action plan: pure edits, the goals not yet achieved, and how the
// profile's plain list of goal lines maps back onto goals without losing their status.
import { EditError } from '../edits';
import type { Goal, GoalStatus, MapDocument } from '../model';

export type GoalDraft = Omit<Goal, 'id'>;

export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

/** The first free "goal-N" id. */
export function nextGoalId(goals: readonly Pick<Goal, 'id'>[]): string {
  const taken = new Set(goals.map((g) => g.id));
  let n = 1;
  while (taken.has(`goal-${n}`)) n += 1;
  return `goal-${n}`;
}

function requireGoal(map: MapDocument, id: string): Goal {
  const found = map.coalition.goals.find((g) => g.id === id);
  if (!found) throw new EditError(`No goal with id "${id}" on this map.`);
  return found;
}

function checkFunders(map: MapDocument, funderIds: readonly string[] | undefined): void {
  if (!funderIds) return;
  const known = new Set(map.stakeholders.map((s) => s.id));
  const unknown = funderIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new EditError(`The goal's funder "${unknown}" is not on the map.`);
}

function withGoals(map: MapDocument, goals: Goal[]): MapDocument {
  return { ...map, coalition: { ...map.coalition, goals } };
}

export function addGoal(map: MapDocument, draft: GoalDraft): { map: MapDocument; id: string } {
  if (draft.title.trim() === '') throw new EditError('A goal needs words.');
  checkFunders(map, draft.funderIds);
  const id = nextGoalId(map.coalition.goals);
  return { map: withGoals(map, [...map.coalition.goals, { ...draft, title: draft.title.trim(), funderIds: [...new Set(draft.funderIds)], id }]), id };
}

export function updateGoal(map: MapDocument, id: string, changes: Partial<GoalDraft>): MapDocument {
  requireGoal(map, id);
  checkFunders(map, changes.funderIds);
  if (changes.title !== undefined && changes.title.trim() === '') throw new EditError('A goal needs words.');
  return withGoals(
    map,
    map.coalition.goals.map((g) => (g.id === id ? { ...g, ...changes, ...(changes.title ? { title: changes.title.trim() } : {}), id } : g)),
  );
}

/** Removes the goal; tasks that served it stay, no longer linked to a goal. */
export function removeGoal(map: MapDocument, id: string): MapDocument {
  requireGoal(map, id);
  return {
    ...withGoals(map, map.coalition.goals.filter((g) => g.id !== id)),
    tasks: map.tasks.map((t) => (t.goalId === id ? { ...t, goalId: null } : t)),
  };
}

/** Goals still to reach: planned or in progress (dropped ones are a decision, not a gap). */
export function unmetGoals(map: Pick<MapDocument, 'coalition'>): Goal[] {
  return map.coalition.goals.filter((g) => g.status === 'planned' || g.status === 'in-progress');
}

/**
 * The profile edits goals as lines of text. Each line keeps the goal it had: first a goal with the
 * same words, else the goal that stood at the same place (a reworded line), else a new planned goal.
 */
export function goalsFromLines(lines: readonly string[], previous: readonly Goal[]): Goal[] {
  const used = new Set<string>();
  const byTitle = (title: string) => previous.find((g) => !used.has(g.id) && g.title === title);
  const kept: (Goal | null)[] = lines.map((line) => {
    const same = byTitle(line);
    if (same) used.add(same.id);
    return same ?? null;
  });
  const out: Goal[] = [];
  kept.forEach((goal, i) => {
    const line = lines[i]!;
    if (goal) return out.push(goal);
    const atPlace = previous[i];
    if (atPlace && !used.has(atPlace.id) && !lines.includes(atPlace.title)) {
      used.add(atPlace.id);
      return out.push({ ...atPlace, title: line });
    }
    const fresh: Goal = { id: nextGoalId([...previous, ...out]), title: line, status: 'planned', outcome: '', funderIds: [], resources: '' };
    return out.push(fresh);
  });
  return out;
}
