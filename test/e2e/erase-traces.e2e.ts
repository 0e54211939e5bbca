// Erasing a confidential person in the running app: the delete dialog lists the other places that
// name them (a note, who reported a tie) and asks about a first name alone; after "Delete and
// erase" the map file holds no spelling the user chose. The new-passphrase field shows how
// guessable a passphrase is and will not take a weak one.
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/main/backend';
import { mapDocumentSchema } from '../../shared/schema';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { readSampleMap, waitUntilSaved } from './support/sample-map';
import { ScriptedDialogs } from './support/scripted-dialogs';
import { toolbarButton } from './support/toolbar';

const SECRET = 'Rosalind Quillfeather';
const FRIEND = 'Bo Vantongeren';
const STAMP = '2025-01-15T10:00:00.000Z';

const t = appPerTest('erase-traces');

/** The sample plus a confidential person, a friend whose notes name her, and a tie she reported. */
async function prepare(dataDir: string): Promise<void> {
  const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs() });
  const first = await backend.startSession({});
  if (first.status !== 'opened') throw new Error('the sample did not open');
  const person = (id: string, name: string, extra: object) =>
    mapDocumentSchema.shape.stakeholders.element.parse({ id, name, kind: 'person', categories: ['directly-affected'], createdAt: STAMP, updatedAt: STAMP, ...extra });
  const [a, b] = first.map.stakeholders;
  if (!a || !b) throw new Error('the sample is too small');
  const tie = mapDocumentSchema.shape.ties.element.parse({ id: 'reported', source: a.id, target: b.id, type: 'knows', reportedBy: 'quillfeather, rosalind', createdAt: STAMP, updatedAt: STAMP });
  await backend.saveMap({
    map: {
      ...first.map,
      stakeholders: [
        ...first.map.stakeholders,
        person('secret-1', SECRET, { confidential: true }),
        person('friend-1', FRIEND, { notes: `Drove ${SECRET} home. Ask Rosalind about the key.` }),
      ],
      ties: [...first.map.ties.filter((x) => !(x.source === a.id && x.target === b.id)), tie],
    },
  });
  await backend.close();
}

describe('erase traces', () => {
  it('lists the mentions, asks about a first name alone, and leaves none of the chosen ones in the file', async () => {
    await prepare(t.dataDir.path);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    await page.getByRole('row').filter({ hasText: SECRET }).click();
    await page.getByRole('button', { name: 'Delete stakeholder' }).click();

    const dialog = page.getByRole('dialog', { name: `Delete ${SECRET}?` });
    await expect.poll(() => dialog.getByRole('checkbox', { name: /Also erase/ }).isChecked()).toBe(true);
    const removed = dialog.getByRole('list', { name: 'Mentions removed with them' });
    await expect.poll(() => removed.innerText()).toMatch(new RegExp(`Notes on ${FRIEND}`));
    expect(await removed.innerText()).toMatch(/reported by/);
    const firstName = dialog.getByRole('checkbox', { name: /“Rosalind” in Notes on Bo Vantongeren/ });
    expect(await firstName.isChecked()).toBe(true);
    await firstName.uncheck();
    await dialog.getByRole('status').filter({ hasText: /Left as they are.*“Rosalind”/ }).waitFor();
    await firstName.check();
    await saveScreenshot(page, 'erase-mentions');

    await dialog.getByRole('button', { name: 'Delete and erase' }).click();
    await waitUntilSaved(page);
    const text = JSON.stringify(await readSampleMap(t.dataDir.path));
    expect(text).not.toMatch(/rosalind|quillfeather/i);
    expect(text).toContain('Drove [removed] home. Ask [removed] about the key.');
  });

  it('shows a strength meter and refuses a weak passphrase', async () => {
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    await (await toolbarButton(page, 'Protect with passphrase…')).click();
    const field = page.getByLabel('New passphrase (at least 8 characters)');
    await field.fill('password123');
    await page.getByLabel('Type it again').fill('password123');
    await page.getByText('Very weak', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Protect', exact: true }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'passphrase-meter-weak');
    // The auto-lock choice under the form is readable: nothing (such as the form's buttons) lies on its label.
    const lockLabel = page.getByText('Lock an encrypted map after this long without use', { exact: true });
    expect(await lockLabel.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(box.left + 4, box.top + box.height / 2));
    })).toBe(true);
    await field.fill('harbour kettle violet');
    await page.getByLabel('Type it again').fill('harbour kettle violet');
    await page.getByText(/^(Strong|Very strong)$/).waitFor();
    expect(await page.getByRole('button', { name: 'Protect', exact: true }).isDisabled()).toBe(false);
    await saveScreenshot(page, 'passphrase-meter-strong');
  });
});
