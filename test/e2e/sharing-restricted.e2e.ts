// A restricted record in three real windows sharing through a folder relay. Ana (placeholders on)
// shares a confidential survivor with Ben from the members dialog, by keyboard at 800x600, and gets
// an invite card; Ben joins the record from his members dialog and then lists the survivor, marked
// confidential in his map file; Carol, a coalition member not in the record, lists Ana's other
// placeholders but neither the survivor nor a placeholder for them, and no file of hers names them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/model';
import { canaryHits } from '../unit/sync/helpers/canary-scan';
import { saveScreenshot } from './support/files';
import { seriousAxeViolations } from './support/layout-checks';
import { inviteCard, inviteOrganizer, joinWith, listRows, shareAsAna, useSharingWindows, waitForSharingStatus } from './support/sharing-windows';
import { addToSampleMap, readSampleMap, waitUntilSaved } from './support/sample-map';

const SURVIVOR = { name: 'Marisol Quennell-Canary', email: 'mq-canary@example.org', phone: '+1 555 0144 6060', notes: 'restricted-note-e2e' };
const SURVIVOR_ID = 'survivor-restricted-e2e';
const SLOW = { timeout: 60_000 };

const { tempDir, launch } = useSharingWindows();
const waitForStatus = (page: Page, text: string | RegExp) => waitForSharingStatus(page, text, SLOW.timeout);
const rows = listRows;

const JOIN_RESTRICTED = { button: 'Join a restricted record…', title: 'Join a restricted record', submit: 'Join the record' };

async function mapFiles(dataDir: string): Promise<MapDocument[]> {
  const names = (await readdir(join(dataDir, 'maps'))).filter((f) => f.endsWith('.coalition.json'));
  return Promise.all(names.map(async (f) => JSON.parse(await readFile(join(dataDir, 'maps', f), 'utf8')) as MapDocument));
}

describe('a restricted record between three windows', () => {
  it('Ana shares a survivor with Ben; Ben sees them as confidential; Carol sees neither them nor a placeholder', async () => {
    const [anaDir, benDir, carolDir] = [await tempDir('restricted-ana'), await tempDir('restricted-ben'), await tempDir('restricted-carol')];
    const relay = join((await tempDir('restricted-relay')).path, 'relay');
    await addToSampleMap(anaDir.path, (model) => [{ ...model, id: SURVIVOR_ID, ...SURVIVOR, categories: ['directly-affected'], stage: 'core', confidential: true }]);
    const [ana, ben, carol] = [await launch(anaDir.path), await launch(benDir.path), await launch(carolDir.path)];
    await ana.page.setViewportSize({ width: 800, height: 600 });

    const { invite: forBen, done } = await shareAsAna(ana.page, relay, 'Ben');
    await done();
    const forCarol = await inviteOrganizer(ana.page, 'Carol');
    await waitForStatus(ana.page, 'Shared · synced');
    await joinWith(ben.page, forBen, SLOW.timeout);
    await joinWith(carol.page, forCarol, SLOW.timeout);

    // Ana, by keyboard in the members dialog: placeholders on, then "Share a confidential person…".
    await ana.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    const members = ana.page.getByRole('dialog', { name: 'Members and conflicts' });
    const box = members.getByRole('checkbox', { name: 'Count my confidential people on the others’ maps' });
    await box.focus();
    await ana.page.keyboard.press('Space');
    await expect.poll(() => box.isChecked(), SLOW).toBe(true);
    await members.getByRole('button', { name: 'Share a confidential person…' }).focus();
    await ana.page.keyboard.press('Enter');
    const restricted = ana.page.getByRole('dialog', { name: 'Share a confidential person' });
    await restricted.getByLabel('Confidential person').selectOption({ label: SURVIVOR.name });
    await restricted.getByLabel('Share with the organizer named').focus();
    await ana.page.keyboard.insertText('Ben');
    await saveScreenshot(ana.page, 'sharing-restricted-share-800x600');
    await ana.page.keyboard.press('Enter');
    const record = await inviteCard(ana.page, 'Share a confidential person', 'Ben');
    expect(record.relay).toMatch(/restricted-[0-9a-f]{32}$/);
    await restricted.getByText('Nothing has to be set up at the shared folder').waitFor();
    await saveScreenshot(ana.page, 'sharing-restricted-invite-800x600');
    expect(await seriousAxeViolations(ana.page)).toEqual([]);
    await ana.page.keyboard.press('Enter');
    await restricted.waitFor({ state: 'detached' });

    // Ben joins the record from his members dialog; the survivor arrives as a confidential person.
    await ben.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    await joinWith(ben.page, record, SLOW.timeout, JOIN_RESTRICTED);
    await ben.page.getByRole('button', { name: 'List', exact: true }).click();
    await rows(ben.page).filter({ hasText: SURVIVOR.name }).first().waitFor(SLOW);
    await waitUntilSaved(ben.page);
    await expect.poll(async () => (await mapFiles(benDir.path)).flatMap((m) => m.stakeholders).find((s) => s.id === SURVIVOR_ID)?.confidential, SLOW).toBe(true);
    await ben.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click();
    await ben.page.getByRole('dialog', { name: 'Members and conflicts' }).getByText('Shared with you: 1 person').waitFor();
    await saveScreenshot(ben.page, 'sharing-restricted-joined');

    // Carol: Ana's other confidential people as placeholders, the survivor not at all.
    await carol.page.getByRole('button', { name: 'List', exact: true }).click();
    const others = (await readSampleMap(anaDir.path)).stakeholders.filter((s) => s.confidential && s.id !== SURVIVOR_ID).length;
    expect(others).toBeGreaterThan(0);
    await expect.poll(() => rows(carol.page).filter({ hasText: 'Confidential person (held by Ana)' }).count(), SLOW).toBe(others);
    await waitUntilSaved(carol.page);
    const carolText = await carol.page.locator('body').innerText();
    for (const canary of Object.values(SURVIVOR)) expect(carolText).not.toContain(canary);
    expect(await canaryHits(carolDir.path, [SURVIVOR_ID, ...Object.values(SURVIVOR)])).toEqual([]);
    expect(await canaryHits(relay, Object.values(SURVIVOR))).toEqual([]);
  });
});
