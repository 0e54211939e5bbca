// Format 2 -> 3: goals stop being plain lines and become an action plan. Each old line becomes a
// planned goal with a numbered id; the new lists (roles, orientation, unsafe places, evaluations)
// start empty. Pure and idempotent, like the step before it: goals already in the new shape, and
// lists already there, are kept as they are.
const NEW_LISTS = ['roles', 'oriented', 'unsafePlaces', 'evaluations'] as const;

function upgradeGoals(goals: unknown): unknown {
  if (!Array.isArray(goals)) return goals;
  const taken = new Set(goals.flatMap((g: unknown) => (g !== null && typeof g === 'object' && typeof (g as { id?: unknown }).id === 'string' ? [(g as { id: string }).id] : [])));
  let next = 1;
  const freshId = () => {
    while (taken.has(`goal-${next}`)) next += 1;
    taken.add(`goal-${next}`);
    return `goal-${next}`;
  };
  // Anything that is neither a line nor a goal is left for the schema to name as an error.
  return goals.map((g: unknown) => (typeof g === 'string' ? { id: freshId(), title: g, status: 'planned', outcome: '', funderIds: [], resources: '' } : g));
}

export function upgradeToActionPlan(doc: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...doc };
  const coalition = doc.coalition;
  if (coalition !== null && typeof coalition === 'object' && !Array.isArray(coalition)) {
    const c = coalition as Record<string, unknown>;
    next.coalition = c.goals === undefined ? c : { ...c, goals: upgradeGoals(c.goals) };
  }
  for (const list of NEW_LISTS) if (next[list] === undefined) next[list] = [];
  return next;
}
