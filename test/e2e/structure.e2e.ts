// Structure that scales, as a person sets it: a coordinator role, an orientation tick and a place
// a member said is unsafe, each read back from the map file on disk.
import { describe, expect, it } from 'vitest';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { openJourney } from './support/journey-dialog';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('structure');

describe('roles, orientation and unsafe places', () => {
  it('records a coordinator, an orientation and an unsafe place', async () => {
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await waitUntilSaved(page);
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
    expect(t.app.errors).toEqual([]);
  });
});
