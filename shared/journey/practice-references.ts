// Format 3's references checked against the map: goals' funders, tasks' goals, roles, orientation,
// who marked a place unsafe, and evaluation answers to questions the round actually asked.
type Issue = { path: (string | number)[]; message: string };

interface PracticeParts {
  readonly coalition: { readonly goals: readonly { readonly id: string; readonly funderIds: readonly string[] }[] };
  readonly tasks: readonly { readonly goalId: string | null }[];
  readonly roles: readonly { readonly stakeholderId: string; readonly role: string }[];
  readonly oriented: readonly string[];
  readonly unsafePlaces: readonly { readonly id: string; readonly markedBy: string }[];
  readonly evaluations: readonly {
    readonly id: string;
    readonly questions: readonly { readonly id: string }[];
    readonly responses: readonly Readonly<Record<string, number>>[];
  }[];
}

function duplicates(list: readonly { readonly id: string }[], where: (string | number)[], what: string, issues: Issue[]): Set<string> {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) issues.push({ path: [...where, i, 'id'], message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

export function practiceReferenceIssues(doc: PracticeParts, stakeholderIds: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  const person = (sid: string, path: (string | number)[], what: string) => {
    if (!stakeholderIds.has(sid)) issues.push({ path, message: `${what} refers to unknown stakeholder "${sid}"` });
  };
  const goalIds = duplicates(doc.coalition.goals, ['coalition', 'goals'], 'goal', issues);
  doc.coalition.goals.forEach((g, i) => g.funderIds.forEach((f, k) => person(f, ['coalition', 'goals', i, 'funderIds', k], 'the goal\u2019s funder')));
  doc.tasks.forEach((t, i) => {
    if (t.goalId !== null && !goalIds.has(t.goalId)) issues.push({ path: ['tasks', i, 'goalId'], message: `the task refers to unknown goal "${t.goalId}"` });
  });
  const roles = new Set<string>();
  doc.roles.forEach((r, i) => {
    person(r.stakeholderId, ['roles', i, 'stakeholderId'], 'the role');
    const key = `${r.stakeholderId}\u0000${r.role}`;
    if (roles.has(key)) issues.push({ path: ['roles', i], message: `"${r.stakeholderId}" holds the role ${r.role} twice` });
    roles.add(key);
  });
  doc.oriented.forEach((sid, i) => person(sid, ['oriented', i], 'the orientation list'));
  duplicates(doc.unsafePlaces, ['unsafePlaces'], 'unsafe place', issues);
  doc.unsafePlaces.forEach((p, i) => {
    if (p.markedBy !== '') person(p.markedBy, ['unsafePlaces', i, 'markedBy'], 'the unsafe place');
  });
  duplicates(doc.evaluations, ['evaluations'], 'evaluation', issues);
  doc.evaluations.forEach((e, i) => {
    const asked = duplicates(e.questions, ['evaluations', i, 'questions'], 'question', issues);
    e.responses.forEach((r, k) => {
      for (const q of Object.keys(r)) {
        if (!asked.has(q)) issues.push({ path: ['evaluations', i, 'responses', k, q], message: `an answer to question "${q}", which this round did not ask` });
      }
    });
  });
  return issues;
}
