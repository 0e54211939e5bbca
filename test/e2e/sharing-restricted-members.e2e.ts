// A restricted record's members in two real windows on a folder relay, at 800x600 and by keyboard.
// Ana shares her confidential survivor with Ben from the survivor's own panel ("Share this
// person…"); Ben joins the record, makes a confidential client of his own and puts them into Ana's
// record from the client's panel; Ana's list then shows the client. Ben leaves the record after the
// dialog says what leaving does: the survivor leaves his list and every file of his, his client
// stays, confidential; Ana keeps both and no longer lists Ben among the record's members. An open
// person's panel offers no "Share this person…". Ana then invites Dana into the same record.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/model';
import { canaryHits } from '../unit/sync/helpers/canary-scan';
import { saveScreenshot } from './support/files';
import { seriousAxeViolations } from './support/layout-checks';
import { listRows, useSharingWindows, waitForSharingStatus } from './support/sharing-windows';
import { addToSampleMap, readSampleMap, waitUntilSaved } from './support/sample-map';

const SURVIVOR = { name: 'Henrietta Quillfeather-Canary', email: 'hq-canary@example.org', phone: '+1 555 0155 7070', notes: 'members-note-e2e' };
const SURVIVOR_ID = 'survivor-members-e2e';
const CLIENT = 'Bartholomew Inchcape-Client';
const SLOW = { timeout: 60_000 };

const { tempDir, launch } = useSharingWindows();

async function inviteIn(page: Page, dialogName: string, name: string): Promise<{ words: string; relay: string }> {
  const card = page.getByRole('dialog', { name: dialogName }).getByRole('region', { name: `Invite for ${name}` });
  await card.waitFor(SLOW);
  return { words: await card.getByLabel('Invite words', { exact: true }).inputValue(), relay: await card.getByLabel('Relay address', { exact: true }).inputValue() };
}

async function joinWith(page: Page, title: string, submit: string, invite: { words: string; relay: string }): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByLabel('Invite words', { exact: true }).fill(invite.words);
  await dialog.getByLabel(/relay address$/i).fill(invite.relay);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached', ...SLOW }).catch(async (e: unknown) => {
    throw new Error(`${title} dialog stayed: ${await dialog.innerText()}`, { cause: e });
  });
}

/** Opens a person's panel from the list. */
async function openPanel(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await listRows(page).filter({ hasText: name }).first().click(SLOW);
  await page.getByRole('complementary', { name: 'Stakeholder panel' }).getByRole('heading', { name }).waitFor(SLOW);
}

/**
 * Tabs from the panel's heading to `button` and presses Enter on it (at most 60 stops), once the
 * button is there: the panel asks for the sharing status every moment and shows it once the map is shared.
 */
async function tabToAndPress(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).waitFor(SLOW);
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => (document.activeElement instanceof HTMLButtonElement ? document.activeElement.textContent : null));
    if (name === button) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`“${button}” was not reached by Tab`);
}

async function benMap(dataDir: string, path: string): Promise<MapDocument> {
  return JSON.parse(await readFile(join(dataDir, 'maps', path), 'utf8')) as MapDocument;
}

describe('a restricted record’s members in two windows', () => {
  it('Ana shares from the survivor’s panel, Ben adds his own client, then leaves; the survivor leaves his computer, his client stays', async () => {
    const [anaDir, benDir] = [await tempDir('members-ana'), await tempDir('members-ben')];
    const relay = join((await tempDir('members-relay')).path, 'relay');
    await addToSampleMap(anaDir.path, (model) => [{ ...model, id: SURVIVOR_ID, ...SURVIVOR, categories: ['directly-affected'], stage: 'core', confidential: true }]);
    const [ana, ben] = [await launch(anaDir.path), await launch(benDir.path)];
    for (const page of [ana.page, ben.page]) await page.setViewportSize({ width: 800, height: 600 });

    // Not shared yet: a confidential person's panel offers no "Share this person…".
    await openPanel(ana.page, SURVIVOR.name);
    expect(await ana.page.getByRole('button', { name: 'Share this person…' }).count()).toBe(0);

    await ana.page.getByRole('button', { name: 'Share this map…' }).click();
    const share = ana.page.getByRole('dialog', { name: 'Share this map' });
    await share.getByLabel('Your name (shown to the others)').fill('Ana');
    await share.getByLabel(/^Relay address/).fill(relay);
    await share.getByLabel('Invite an organizer named').fill('Ben');
    await share.getByRole('button', { name: 'Share and make the invite' }).click();
    const forBen = await inviteIn(ana.page, 'Share this map', 'Ben');
    await share.getByRole('button', { name: 'Done' }).click();
    await waitForSharingStatus(ana.page, 'Shared · synced', SLOW.timeout);
    await ben.page.getByRole('button', { name: 'Join a shared map…' }).click();
    await joinWith(ben.page, 'Join a shared map', 'Join', forBen);

    // Ana, by keyboard from the survivor's own panel: the survivor is already chosen; she names Ben.
    await openPanel(ana.page, SURVIVOR.name);
    await ana.page.getByRole('complementary', { name: 'Stakeholder panel' }).getByRole('heading', { name: SURVIVOR.name }).click();
    await tabToAndPress(ana.page, 'Share this person…');
    const restricted = ana.page.getByRole('dialog', { name: 'Share a confidential person' });
    await restricted.getByText(`Confidential person: ${SURVIVOR.name}`).waitFor();
    await expect.poll(() => ana.page.evaluate(() => document.activeElement?.closest('label')?.textContent ?? '')).toContain('Share with the organizer named');
    await ana.page.keyboard.insertText('Ben');
    await saveScreenshot(ana.page, 'sharing-restricted-person-panel-800x600');
    await ana.page.keyboard.press('Enter');
    const record = await inviteIn(ana.page, 'Share a confidential person', 'Ben');
    await ana.page.keyboard.press('Enter');
    await restricted.waitFor({ state: 'detached' });
    // An open person's panel offers no "Share this person…" either.
    const open = (await readSampleMap(anaDir.path)).stakeholders.find((s) => s.confidential !== true)!;
    await openPanel(ana.page, open.name);
    expect(await ana.page.getByRole('button', { name: 'Share this person…' }).count()).toBe(0);

    // Ben joins the record, adds a confidential client of his own and puts them into Ana's record from their panel.
    await ben.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    await ben.page.getByRole('button', { name: 'Join a restricted record…' }).click();
    await joinWith(ben.page, 'Join a restricted record', 'Join the record', record);
    await ben.page.getByRole('button', { name: 'List', exact: true }).click();
    await listRows(ben.page).filter({ hasText: SURVIVOR.name }).first().waitFor(SLOW);
    await ben.page.getByRole('button', { name: 'Add stakeholder' }).click();
    await ben.page.getByLabel('Name', { exact: true }).fill(CLIENT);
    await ben.page.getByLabel(/^Confidential/).check();
    await ben.page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitUntilSaved(ben.page);
    await openPanel(ben.page, CLIENT);
    await ben.page.getByRole('complementary', { name: 'Stakeholder panel' }).getByRole('heading', { name: CLIENT }).click();
    await tabToAndPress(ben.page, 'Share this person…');
    const add = ben.page.getByRole('dialog', { name: 'Share a confidential person' });
    const into = add.getByLabel('Put them into');
    await into.focus();
    await into.selectOption({ index: 1 });
    expect(await add.getByLabel('Share with the organizer named').count()).toBe(0);
    await add.getByRole('button', { name: 'Add to the record' }).focus();
    await ben.page.keyboard.press('Enter');
    await add.getByRole('status').filter({ hasText: `${CLIENT} is now in “Shared with you”` }).waitFor(SLOW);
    await saveScreenshot(ben.page, 'sharing-restricted-added-800x600');
    expect(await seriousAxeViolations(ben.page)).toEqual([]);
    await ben.page.keyboard.press('Enter');

    // Ana, who started the record, lists Ben's client.
    await ana.page.getByRole('button', { name: 'List', exact: true }).click();
    await listRows(ana.page).filter({ hasText: CLIENT }).first().waitFor(SLOW);

    // Ben leaves, after the dialog says what leaving does.
    await ben.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    await ben.page.getByRole('button', { name: 'Leave “Shared with you”…' }).focus();
    await ben.page.keyboard.press('Enter');
    const leave = ben.page.getByRole('dialog', { name: 'Leave “Shared with you”' });
    await leave.getByRole('button', { name: 'Leave the record' }).waitFor();
    await saveScreenshot(ben.page, 'sharing-restricted-leave-800x600');
    await leave.getByText(`${SURVIVOR.name} leaves your map and its backups`).waitFor();
    await leave.getByText('you put in yourself stay on your map, still confidential').waitFor();
    expect(await seriousAxeViolations(ben.page)).toEqual([]);
    await leave.getByRole('button', { name: 'Leave the record' }).focus();
    await ben.page.keyboard.press('Enter');
    await leave.waitFor({ state: 'detached', ...SLOW });
    await ben.page.getByText(/You left “Shared with you”: 1 person/).first().waitFor(SLOW);
    await ben.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    await ben.page.getByRole('dialog', { name: 'Members and conflicts' }).getByText('You are in no restricted record.').waitFor(SLOW);
    await ben.page.getByRole('dialog', { name: 'Members and conflicts' }).getByRole('button', { name: 'Close' }).click();
    await ben.page.getByRole('button', { name: 'List', exact: true }).click();
    await listRows(ben.page).filter({ hasText: CLIENT }).first().waitFor(SLOW);
    expect(await listRows(ben.page).filter({ hasText: SURVIVOR.name }).count()).toBe(0);
    await waitUntilSaved(ben.page);
    const mapName = (await readdir(join(benDir.path, 'maps'))).find((f) => f.endsWith('.coalition.json'))!;
    expect((await benMap(benDir.path, mapName)).stakeholders.find((s) => s.name === CLIENT)?.confidential).toBe(true);
    expect(await canaryHits(benDir.path, [SURVIVOR_ID, ...Object.values(SURVIVOR)])).toEqual([]);

    // Ana keeps both; the record's members are Ana alone.
    await ana.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    await ana.page.getByRole('dialog', { name: 'Members and conflicts' }).getByText('(with you)').waitFor(SLOW);
    // The starter invites a further organizer into the same record: an invite card for Dana.
    await ana.page.getByRole('button', { name: 'Invite an organizer to “Shared with Ben”…' }).focus();
    await ana.page.keyboard.press('Enter');
    await ana.page.keyboard.insertText('Dana');
    await ana.page.keyboard.press('Enter');
    const forDana = await inviteIn(ana.page, 'Invite an organizer to “Shared with Ben”', 'Dana');
    expect(forDana.relay).toBe(record.relay);
    expect(await listRows(ana.page).filter({ hasText: SURVIVOR.name }).count()).toBeGreaterThan(0);
    expect(await canaryHits(relay, [CLIENT, ...Object.values(SURVIVOR)])).toEqual([]);
  });
});
