// Follow-up tasks: overdue ones first and marked, then the rest of the open ones, then done; each
// can be closed or reopened, and a form adds new ones.
import { isOverdue, updateTask } from '../../../../shared/journey/tasks';
import type { MapDocument, Task } from '../../../../shared/model';
import { useActions } from '../../state/core/use-store';
import { TaskForm } from './TaskForm';

function order(task: Task, today: string): number {
  return isOverdue(task, today) ? 0 : task.status === 'open' ? 1 : 2;
}

export function TasksSection({ map, now }: { readonly map: MapDocument; readonly now: string }) {
  const actions = useActions();
  const names = new Map(map.stakeholders.map((s) => [s.id, s.name]));
  const meetings = new Map(map.meetings.map((m) => [m.id, m.title]));
  const goals = new Map(map.coalition.goals.map((g) => [g.id, g.title]));
  const tasks = [...map.tasks].sort((a, b) => order(a, now) - order(b, now) || (a.due ?? '9').localeCompare(b.due ?? '9'));
  const setStatus = (t: Task, status: Task['status']) =>
    void actions.editJourney(status === 'done' ? `closing “${t.title}”` : `reopening “${t.title}”`, (m) => updateTask(m, t.id, { status }));
  return (
    <section aria-label="Tasks">
      {tasks.length === 0 ? (
        <p>No follow-up tasks yet.</p>
      ) : (
        <ul className="journey-tasks" aria-label="Follow-up tasks">
          {tasks.map((t) => {
            const late = isOverdue(t, now);
            return (
              <li key={t.id} className={late ? 'overdue' : t.status === 'done' ? 'done' : undefined}>
                <span className="journey-task-title">
                  {t.title}
                  {t.meetingId && <span className="journey-tag">from {meetings.get(t.meetingId)}</span>}
                  {t.goalId && <span className="journey-tag">for {goals.get(t.goalId)}</span>}
                </span>
                <span>{t.owner ? names.get(t.owner) : 'No owner yet'}</span>
                <span>{t.due ? `due ${t.due}` : 'no due date'}</span>
                {late ? <strong className="journey-tag">Overdue</strong> : <span className="journey-tag">{t.status === 'done' ? 'Done' : ''}</span>}
                {t.status === 'open' ? (
                  <button type="button" className="small" aria-label={`Mark “${t.title}” done`} onClick={() => setStatus(t, 'done')}>
                    Mark done
                  </button>
                ) : (
                  <button type="button" className="small" aria-label={`Reopen “${t.title}”`} onClick={() => setStatus(t, 'open')}>
                    Reopen
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <TaskForm map={map} />
    </section>
  );
}
