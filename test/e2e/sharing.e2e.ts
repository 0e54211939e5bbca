// Two organizers, two real windows, one real relay. Ana's window (its own backend and data folder)
// shares its map with a real pouchdb-server on 127.0.0.1; Ben's window joins by keyboard with the
// invite's words, at 800x600. The relay goes away, both change the same person's role, the relay
// comes back, and both windows show the conflict in words; Ana keeps Ben's value and both maps
// converge. Ana's confidential people never reach Ben's window or the relay, decrypted or not.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coalitionSealer } from '../../electron/main/sync/seal';
import type { MapDocument } from '../../shared/model';
import { mapDocumentSchema } from '../../shared/schema';
import { inviteFromWords } from '../../shared/sharing/invite';
import { canaryHits } from '../unit/sync/helpers/canary-scan';
import type { LaunchedApp } from './harness';
import { saveScreenshot } from './support/files';
import { coveredControls, fullyVisible, seriousAxeViolations } from './support/layout-checks';
import { readQrCode } from './support/qr-reader';
import { addToSampleMap, readSampleMap, waitUntilSaved } from './support/sample-map';
import { joinWith, setRoleOf, shareAsAna, useSharingWindows, waitForSharingStatus } from './support/sharing-windows';

const CANARY = { name: 'Zephyrine Quillfeather', email: 'zq-canary@example.org', phone: '+1 555 0199 7731', notes: 'canary-note-7f3a9c' };
const PERSON = 'Tomas Ferreira';
const SLOW = { timeout: 45_000 };

const { tempDir, startRelay, launch } = useSharingWindows();
const waitForStatus = (page: Page, text: string | RegExp) => waitForSharingStatus(page, text, SLOW.timeout);
const setRole = (page: Page, role: string) => setRoleOf(page, PERSON, role);

async function mapIn(dataDir: string, fileName: string): Promise<MapDocument> {
  return mapDocumentSchema.parse(JSON.parse(await readFile(join(dataDir, 'maps', fileName), 'utf8')));
}

async function roleIn(map: MapDocument): Promise<string | undefined> {
  return map.stakeholders.find((s) => s.name === PERSON)?.role;
}

describe('two organizers share one map through a relay', () => {
  it('share, join by the words, offline edits of one field, the conflict in words in both windows, keep one, converge; confidential people stay home', async () => {
    const anaDir = await tempDir('sharing-ana');
    const benDir = await tempDir('sharing-ben');
    const relayDir = await tempDir('sharing-relay');
    let relay = await startRelay(relayDir.path);
    const port = relay.port;
    await addToSampleMap(anaDir.path, (model) => [{ ...model, id: 'held-canary', ...CANARY, confidential: true }]);
    const ana = await launch(anaDir.path);
    const ben = await launch(benDir.path);
    await ben.page.setViewportSize({ width: 800, height: 600 });
    await waitForStatus(ana.page, 'Not shared');

    // Ana shares and makes Ben's invite; the QR code reads back as the words and the relay address.
    const shared = await shareAsAna(ana.page, relay.url, 'Ben');
    const { words, relay: relayAddress } = shared.invite;
    expect(relayAddress).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/coalition-[0-9a-f]{32}$`));
    expect(await readQrCode(ana.page)).toBe(`${words}\n${relayAddress}`);
    await saveScreenshot(ana.page, 'sharing-invite');
    expect(await seriousAxeViolations(ana.page)).toEqual([]);
    await shared.done();
    await waitForStatus(ana.page, 'Shared · synced');

    // Ben joins with the keyboard only: the button, the words, Tab, the address, Enter.
    await ben.page.getByRole('button', { name: 'Join a shared map…' }).focus();
    await ben.page.keyboard.press('Enter');
    const joinDialog = ben.page.getByRole('dialog', { name: 'Join a shared map' });
    await joinDialog.waitFor();
    await ben.page.keyboard.insertText(words);
    await joinDialog.getByText('This invite is for Ben.').waitFor();
    await ben.page.keyboard.press('Tab');
    await ben.page.keyboard.insertText(relayAddress);
    await saveScreenshot(ben.page, 'sharing-join-800x600');
    expect(await fullyVisible(joinDialog.getByRole('button', { name: 'Join', exact: true }))).toBe(true);
    expect(await seriousAxeViolations(ben.page)).toEqual([]);
    await ben.page.keyboard.press('Enter');
    await joinDialog.waitFor({ state: 'detached', ...SLOW });
    await waitForStatus(ben.page, 'Shared · synced');
    const coalitionName = (await readSampleMap(anaDir.path)).coalition.name;
    expect(await ben.page.getByRole('heading', { level: 1 }).textContent()).toBe(coalitionName);
    await ana.page.getByRole('button', { name: 'Members (2)…' }).waitFor(SLOW);
    await ben.page.getByRole('button', { name: 'Members (2)…' }).click();
    const members = ben.page.getByRole('dialog', { name: 'Members and conflicts' });
    expect(await members.getByRole('listitem').allTextContents()).toEqual(['Ana Remove…', 'Ben (you)']);
    expect(await members.getByRole('button', { name: 'Remove Ana…' }).count()).toBe(1);
    await ben.page.keyboard.press('Escape');
    await members.waitFor({ state: 'detached' });

    // The relay goes away; both change the same person's role, each saved at once on their own computer.
    await relay.stop();
    await waitForStatus(ana.page, 'Relay unreachable');
    await waitForStatus(ben.page, 'Relay unreachable');
    await setRole(ana.page, 'Director of shelter services');
    await setRole(ben.page, 'Shelter director');
    await waitForStatus(ana.page, 'Relay unreachable · 1 change waiting to be sent');
    await waitForStatus(ben.page, 'Relay unreachable · 1 change waiting to be sent');
    expect(await roleIn(await readSampleMap(anaDir.path))).toBe('Director of shelter services');
    await saveScreenshot(ben.page, 'sharing-offline-800x600');

    // The relay comes back with what it held; both send, receive, and show the conflict in words.
    relay = await startRelay(relayDir.path, port);
    await tryNow(ana, ben);
    for (const page of [ana.page, ben.page, ana.page]) await page.getByRole('button', { name: 'Review 1 conflict…' }).waitFor(SLOW);
    for (const [page, name] of [[ana.page, 'sharing-conflict'], [ben.page, 'sharing-conflict-800x600']] as const) {
      await page.getByRole('button', { name: 'Review 1 conflict…' }).click();
      const review = page.getByRole('dialog', { name: 'Members and conflicts' });
      const item = review.getByRole('listitem', { name: new RegExp(`${PERSON}, role: Changed by Ana and Ben`) });
      expect(await item.textContent()).toContain('Director of shelter services');
      expect(await item.textContent()).toContain('Shelter director');
      await saveScreenshot(page, name);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(await fullyVisible(review.getByRole('button', { name: /^Keep this one/ }).last())).toBe(true);
      if (page === ben.page) {
        await page.keyboard.press('Escape');
        await review.waitFor({ state: 'detached' });
      }
    }

    // Ana keeps Ben's value; both maps converge on it, on screen and on disk.
    await ana.page.getByRole('button', { name: 'Keep this one: Shelter director by Ben' }).click();
    await ana.page.getByRole('dialog', { name: 'Members and conflicts' }).getByText('No conflicts').waitFor(SLOW);
    await ana.page.keyboard.press('Escape');
    await ben.page.getByRole('button', { name: 'Members (2)…' }).waitFor(SLOW);
    await ana.page.getByRole('button', { name: 'Members (2)…' }).waitFor(SLOW);
    const benFile = (await readdir(join(benDir.path, 'maps'))).find((f) => f !== 'sample-coalition.coalition.json') ?? '';
    await expect.poll(async () => roleIn(await mapIn(benDir.path, benFile)), SLOW).toBe('Shelter director');
    await expect.poll(async () => roleIn(await readSampleMap(anaDir.path)), SLOW).toBe('Shelter director');
    for (const page of [ana.page, ben.page]) {
      await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: new RegExp(PERSON) }).first().getByText('Shelter director').first().waitFor(SLOW);
    }
    await saveScreenshot(ben.page, 'sharing-converged-800x600');

    // Ana's confidential people: on Ana's map, never in Ben's window, Ben's files, or the relay.
    const anaMap = await readSampleMap(anaDir.path);
    expect(anaMap.stakeholders.map((s) => s.name)).toEqual(expect.arrayContaining([CANARY.name, 'Maria T.']));
    const benMap = await mapIn(benDir.path, benFile);
    const hidden = anaMap.stakeholders.filter((s) => s.confidential !== false).map((s) => s.name);
    expect(hidden.length).toBeGreaterThan(1);
    for (const name of hidden) {
      expect(benMap.stakeholders.map((s) => s.name)).not.toContain(name);
      expect(await ben.page.locator('body').textContent()).not.toContain(name);
    }
    expect(await canaryHits(benDir.path, [CANARY.name, CANARY.email, CANARY.phone, CANARY.notes])).toEqual([]);
    expect(await canaryHits(relay.dataDir, [...Object.values(CANARY), ...hidden, PERSON, 'Shelter director'])).toEqual([]);
    // Opened with the coalition key, the relay's documents hold the shared people and no confidential one.
    const invite = inviteFromWords(words);
    const sealer = coalitionSealer(invite.key, invite.coalitionId);
    const docs = (await (await fetch(`${relayAddress}/_all_docs?include_docs=true`)).json()) as { rows: { doc: { _id: string; ct: string } }[] };
    const openedDocs = JSON.stringify(docs.rows.map((r) => sealer.open({ id: r.doc._id, ct: r.doc.ct })));
    expect(openedDocs).toContain(PERSON);
    for (const name of [...hidden, CANARY.email, CANARY.notes]) expect(openedDocs).not.toContain(name);

    expect(await seriousAxeViolations(ben.page)).toEqual([]);
    for (const app of [ana, ben]) {
      expect(await coveredControls(app.page)).toEqual([]);
      expect(app.errors).toEqual([]);
      expect(app.requests).toEqual([]);
    }
  }, 240_000);
});

/** Ana shares her sample map, Ben joins; both windows end synced with two members. */
async function shareAndJoin(ana: LaunchedApp, ben: LaunchedApp, relayUrl: string): Promise<void> {
  const { invite, done } = await shareAsAna(ana.page, relayUrl, 'Ben');
  await done();
  // The invite goes to Ben once Ana's bar says the shared map is on the relay.
  await waitForStatus(ana.page, 'Shared · synced');
  await joinWith(ben.page, invite, SLOW.timeout);
  for (const page of [ana.page, ben.page]) await page.getByRole('button', { name: 'Members (2)…' }).waitFor(SLOW);
}

/** "Try now" on each window that offers it, so the relay that came back is tried at once. */
async function tryNow(...apps: LaunchedApp[]): Promise<void> {
  for (const { page } of apps) {
    const button = page.getByRole('button', { name: 'Try now' });
    if (await button.isVisible()) await button.click();
  }
}

describe('a person removed by one organizer while the other edited them', () => {
  it('is flagged in both windows for a decision, and kept with the edit when Ben decides so', async () => {
    const anaDir = await tempDir('removal-ana');
    const benDir = await tempDir('removal-ben');
    const relayDir = await tempDir('removal-relay');
    const relay = await startRelay(relayDir.path);
    const ana = await launch(anaDir.path);
    const ben = await launch(benDir.path);
    await shareAndJoin(ana, ben, relay.url);

    await relay.stop();
    for (const page of [ana.page, ben.page]) await waitForStatus(page, 'Relay unreachable');
    const who = 'Walter Ng';
    await ana.page.getByRole('button', { name: 'List', exact: true }).click();
    await ana.page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: new RegExp(who) }).first().click();
    await ana.page.getByRole('button', { name: 'Delete stakeholder' }).click();
    await ana.page.getByRole('dialog', { name: `Delete ${who}?` }).getByRole('button', { name: /^Delete/ }).click();
    await waitUntilSaved(ana.page);
    expect((await readSampleMap(anaDir.path)).stakeholders.map((s) => s.name)).not.toContain(who);
    await ben.page.getByRole('button', { name: 'List', exact: true }).click();
    await ben.page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: new RegExp(who) }).first().click();
    const details = ben.page.getByRole('form', { name: `Details of ${who}` });
    await details.getByLabel('Role or title').fill('County commissioner, re-elected');
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await waitUntilSaved(ben.page);

    await startRelay(relayDir.path, relay.port);
    await tryNow(ana, ben);
    for (const page of [ana.page, ben.page, ana.page]) await page.getByRole('button', { name: 'Review 1 conflict…' }).waitFor(SLOW);
    // Ana's window shows the person again while the decision is open.
    await ana.page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: new RegExp(who) }).first().waitFor(SLOW);
    await ben.page.getByRole('button', { name: 'Review 1 conflict…' }).click();
    const review = ben.page.getByRole('dialog', { name: 'Members and conflicts' });
    const item = review.getByRole('listitem', { name: `${who}: removed while edited` });
    expect(await item.textContent()).toContain(`Ana removed ${who} while it was being edited`);
    await saveScreenshot(ben.page, 'sharing-removed-while-edited');
    await item.getByRole('button', { name: `Keep ${who}` }).click();
    await review.getByText('No conflicts').waitFor(SLOW);
    await ben.page.keyboard.press('Escape');
    await ana.page.getByRole('button', { name: 'Members (2)…' }).waitFor(SLOW);
    await expect.poll(async () => (await readSampleMap(anaDir.path)).stakeholders.find((s) => s.name === who)?.role, SLOW).toBe('County commissioner, re-elected');
    for (const app of [ana, ben]) expect(app.errors).toEqual([]);
  }, 240_000);
});
