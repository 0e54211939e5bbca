// Follow-up tasks: overdue ones first and marked, then the rest of the open ones, then done.
import { completeTask, isOverdue } from '../../../../shared/journey/tasks';
import type { MapDocument, Task } from '../../../../shared/model';
import { useActions } from '../../state/use-store';

function order(task: Task, today: string): number {
  return isOverdue(task, today) ? 0 : task.status === 'open' ? 1 : 2;
}

export function TasksSection({ map, now }: { readonly map: MapDocument; readonly now: string }) {
  const actions = useActions();
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const tasks = [...map.tasks].sort((a, b) => order(a, now) - order(b, now) || (a.due ?? '9').localeCompare(b.due ?? '9'));
  if (tasks.length === 0) return <p>No follow-up tasks yet.</p>;
  return (
    <ul className="journey-tasks" aria-label="Follow-up tasks">
      {tasks.map((t) => {
        const late = isOverdue(t, now);
        return (
          <li key={t.id} className={late ? 'overdue' : t.status === 'done' ? 'done' : undefined}>
            <span className="journey-task-title">{t.title}</span>
            <span>{t.owner ? names.get(t.owner) : 'No owner yet'}</span>
            <span>{t.due ? `due ${t.due}` : 'no due date'}</span>
            {late && <strong className="journey-tag">Overdue</strong>}
            {t.status === 'open' ? (
              <button type="button" className="small" onClick={() => void actions.editJourney(`closing “${t.title}”`, (m) => completeTask(m, t.id))}>
                Mark done
              </button>
            ) : (
              <span className="journey-tag">Done</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
