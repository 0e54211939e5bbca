// Journey edits through the window's store: each is one save and one undo step; a refused edit
// (an unknown task) changes nothing and says why.
import { describe, expect, it } from 'vitest';
import { addMeeting } from '../../../shared/journey/meetings';
import { completeTask, overdueTasks } from '../../../shared/journey/tasks';
import { updateStep } from '../../../shared/journey/steps-state';
import type { MapDocument } from '../../../shared/model';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { createFakeApi } from '../renderer/fake-api';
import { journeyMap, NOW, TODAY } from './journey-map';

async function started(map: MapDocument = journeyMap()) {
  const api = createFakeApi(map);
  let n = 0;
  const store = createAppStore(api, { now: () => NOW, newId: () => `gen-${++n}` });
  await store.actions.start();
  return { api, store };
}

describe('journey edits in the store', () => {
  it('closing a task saves once and undo reopens it', async () => {
    const { api, store } = await started();
    expect(await store.actions.editJourney('closing the minutes task', (m) => completeTask(m, 't-minutes'))).toBe(true);
    expect(api.saved).toHaveLength(1);
    expect(overdueTasks(api.onDisk()!, TODAY)).toEqual([]);
    expect(await store.actions.undo()).toBe(true);
    expect(overdueTasks(store.getState().map!, TODAY).map((t) => t.id)).toEqual(['t-minutes']);
  });

  it('a new meeting gets an id from the store and a step status sticks', async () => {
    const { api, store } = await started();
    const draft = { title: 'Evening circle', startsAt: '2026-05-01T18:00', place: '', accessibility: { outsideWorkHours: true, childcare: true, safePlace: true, transport: true, language: true }, accessibilityNotes: '', agenda: ['Welcome'], invited: ['maria'], attended: [], minutes: '' };
    expect(await store.actions.editJourney('the meeting', (m, ctx) => addMeeting(m, draft, ctx).map)).toBe(true);
    expect(await store.actions.editJourney('the step', (m) => updateStep(m, 'first-meeting', { status: 'in-progress' }))).toBe(true);
    const disk = api.onDisk()!;
    expect(disk.meetings.at(-1)).toMatchObject({ id: 'gen-1', title: 'Evening circle', invited: ['maria'] });
    expect(disk.steps).toEqual([{ id: 'first-meeting', status: 'in-progress', notes: '' }]);
  });

  it('a refused edit changes nothing and tells the user', async () => {
    const { api, store } = await started();
    expect(await store.actions.editJourney('closing a task', (m) => completeTask(m, 'gone'))).toBe(false);
    expect(api.saved).toHaveLength(0);
    expect(store.getState().notices.at(-1)?.message).toMatch(/No task with id "gone"/);
  });
});
