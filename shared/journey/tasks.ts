// Follow-up tasks: pure edits, and which tasks are open or overdue on a given day.
import { EditError, type EditContext } from '../edits';
import type { MapDocument, Task } from '../model';

export type TaskDraft = Omit<Task, 'id'>;

function checkReferences(map: MapDocument, task: Partial<TaskDraft>): void {
  if (task.owner !== undefined && task.owner !== '' && !map.stakeholders.some((s) => s.id === task.owner)) {
    throw new EditError(`The task's owner "${task.owner}" is not on the map.`);
  }
  if (task.meetingId != null && !map.meetings.some((m) => m.id === task.meetingId)) {
    throw new EditError(`No meeting with id "${task.meetingId}" on this map.`);
  }
  if (task.goalId != null && !map.coalition.goals.some((g) => g.id === task.goalId)) {
    throw new EditError(`No goal with id "${task.goalId}" on this map.`);
  }
}

function requireTask(map: MapDocument, id: string): Task {
  const found = map.tasks.find((t) => t.id === id);
  if (!found) throw new EditError(`No task with id "${id}" on this map.`);
  return found;
}

export function addTask(map: MapDocument, draft: TaskDraft, ctx: Pick<EditContext, 'newId'>): { map: MapDocument; id: string } {
  checkReferences(map, draft);
  const id = ctx.newId();
  return { map: { ...map, tasks: [...map.tasks, { ...draft, id }] }, id };
}

export function updateTask(map: MapDocument, id: string, changes: Partial<TaskDraft>): MapDocument {
  requireTask(map, id);
  checkReferences(map, changes);
  return { ...map, tasks: map.tasks.map((t) => (t.id === id ? { ...t, ...changes, id } : t)) };
}

export function completeTask(map: MapDocument, id: string): MapDocument {
  return updateTask(map, id, { status: 'done' });
}

export function removeTask(map: MapDocument, id: string): MapDocument {
  requireTask(map, id);
  return { ...map, tasks: map.tasks.filter((t) => t.id !== id) };
}

export function openTasks(map: MapDocument): Task[] {
  return map.tasks.filter((t) => t.status === 'open');
}

/** Open tasks whose due day is before `today` (YYYY-MM-DD); a task due today is not late yet. */
export function isOverdue(task: Task, today: string): boolean {
  return task.status === 'open' && task.due !== null && task.due < today.slice(0, 10);
}

/** Overdue tasks, the longest overdue first. */
export function overdueTasks(map: MapDocument, today: string): Task[] {
  return map.tasks.filter((t) => isOverdue(t, today)).sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
}
