// Structure that scales, as a person sets it: a coordinator role, an orientation tick and a place
// a member said is unsafe, each read back from the map file on disk; a goal's funders and resources
// changed after the goal was added; the first-meeting agenda added to a meeting's plan.
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { openJourney } from './support/journey-dialog';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('structure');

describe('roles, orientation and unsafe places', () => {
  it('records a coordinator, an orientation and an unsafe place', async () => {
    const app = await launchOnSample(t);
    const { page } = app;
    const dialog = await openJourney(page, 'Committees');
    const section = dialog.getByRole('region', { name: 'Structure' });
    const roleForm = section.getByRole('form', { name: 'Give a role' });
    await roleForm.getByLabel('Person').selectOption({ label: 'Renata Voss' });
    await roleForm.getByLabel('Role').selectOption({ label: 'Coordinator' });
    await roleForm.getByRole('button', { name: 'Give the role' }).click();
    await section.getByRole('list', { name: 'Roles' }).getByText('Coordinator: Renata Voss').waitFor();
    // The tick is saved as an edit; the box shows the saved state once the edit is done.
    const tick = section.getByRole('checkbox', { name: 'Renata Voss' });
    await tick.click();
    await expect.poll(() => tick.isChecked()).toBe(true);
    const placeForm = section.getByRole('form', { name: 'Add an unsafe place' });
    await placeForm.getByLabel('Place').fill('County courthouse');
    await placeForm.getByRole('button', { name: 'Add the place' }).click();
    await section.getByRole('list', { name: 'Unsafe places' }).getByText('County courthouse').waitFor();
    await waitUntilSaved(page);
    await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'journey-structure');
    await expect.poll(async () => (await readSampleMap(t.dataDir.path)).unsafePlaces.map((p) => p.place)).toEqual(['County courthouse']);
    const map = await readSampleMap(t.dataDir.path);
    const renata = map.stakeholders.find((s) => s.name === 'Renata Voss')!;
    expect(map.roles).toEqual([{ stakeholderId: renata.id, role: 'coordinator' }]);
    expect(map.oriented).toEqual([renata.id]);
    expect(app.errors).toEqual([]);
  });

  it('changes a goal\u2019s funders and resources after it is added, and fills a first-meeting agenda', async () => {
    const app = await launchOnSample(t);
    const { page } = app;
    const dialog = await openJourney(page, 'Goals');
    const add = dialog.getByRole('form', { name: 'Add a goal' });
    await add.getByLabel('Goal').fill('One shared referral form');
    await add.getByRole('button', { name: 'Add the goal' }).click();
    const goal = dialog.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'One shared referral form' }) });
    await goal.locator('summary', { hasText: 'Funders and resources' }).click();
    await goal.getByLabel('Add a funder to “One shared referral form”').selectOption({ label: 'Renata Voss' });
    await goal.getByLabel('Resources of “One shared referral form”').fill('Printing and a meeting room');
    await goal.getByRole('button', { name: 'Save funders and resources' }).click();
    await goal.getByText('Funded by Renata Voss.').waitFor();
    await waitUntilSaved(page);
    const saved = (await readSampleMap(t.dataDir.path)).coalition.goals.find((g) => g.title === 'One shared referral form');
    const map = await readSampleMap(t.dataDir.path);
    const renata = map.stakeholders.find((s) => s.name === 'Renata Voss')!;
    expect(saved).toMatchObject({ funderIds: [renata.id], resources: 'Printing and a meeting room' });
    await goal.locator('summary', { hasText: 'Funders and resources' }).click();
    await goal.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'journey-goal-funding');

    await dialog.getByRole('tab', { name: 'Meetings' }).click();
    const plan = dialog.getByRole('form', { name: 'Plan a meeting' });
    await plan.getByLabel('Agenda (one item a line)').fill('Housing update');
    await plan.getByRole('button', { name: 'Use the first-meeting agenda' }).click();
    const agenda = (await plan.getByLabel('Agenda (one item a line)').inputValue()).split('\n');
    expect(agenda[0]).toBe('Housing update');
    expect(agenda).toHaveLength(7);
    for (const line of agenda.slice(1)) expect(line).toMatch(/ — Speaker: \S/);
    await plan.getByLabel('Agenda (one item a line)').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await saveScreenshot(page, 'journey-first-meeting-agenda');
    expect(app.errors).toEqual([]);
  });
});
