// "Remove from this record…" in two real windows on a folder relay, by keyboard at 800x600: Ana
// shares her confidential survivor with Ben in a restricted record, then removes Ben from it. The
// dialog says what removal does and does not do before she confirms; the record moves to a new key
// (Ana's settings name a new record, whose sealed changes Ben's old key does not open), and Ben's
// window says Ana removed him and that "Leave…" deletes the record from his computer.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restrictedSealer } from '../../electron/main/sync/restricted-record';
import { readSharingFile } from '../../electron/main/sync/sharing-file';
import { saveScreenshot } from './support/files';
import { seriousAxeViolations } from './support/layout-checks';
import { addToSampleMap } from './support/sample-map';
import { inviteCard, joinWith, shareAsAna, useSharingWindows, waitForSharingStatus } from './support/sharing-windows';

const SURVIVOR = { name: 'Ottilie Fenwright-Canary', email: 'of-canary@example.org', phone: '+1 555 0166 3030', notes: 'removal-note-e2e' };
const SURVIVOR_ID = 'survivor-removal-e2e';
const SLOW = { timeout: 60_000 };
const JOIN_RESTRICTED = { button: 'Join a restricted record…', title: 'Join a restricted record', submit: 'Join the record' };

const { tempDir, launch } = useSharingWindows();

async function sharingOf(dataDir: string) {
  const name = (await readdir(join(dataDir, 'maps'))).find((f) => f.endsWith('.coalition.json'))!;
  return readSharingFile(join(dataDir, 'maps', name), null);
}

describe('removing an organizer from a restricted record in two windows', () => {
  it('Ana removes Ben by keyboard after the dialog says what removal does; the record moves to a key Ben does not hold', async () => {
    const [anaDir, benDir] = [await tempDir('removal-ana'), await tempDir('removal-ben')];
    const relay = join((await tempDir('removal-relay')).path, 'relay');
    await addToSampleMap(anaDir.path, (model) => [{ ...model, id: SURVIVOR_ID, ...SURVIVOR, categories: ['directly-affected'], stage: 'core', confidential: true }]);
    const [ana, ben] = [await launch(anaDir.path), await launch(benDir.path)];
    for (const page of [ana.page, ben.page]) await page.setViewportSize({ width: 800, height: 600 });

    const { invite: forBen, done } = await shareAsAna(ana.page, relay, 'Ben');
    await done();
    await waitForSharingStatus(ana.page, 'Shared · synced', SLOW.timeout);
    await joinWith(ben.page, forBen, SLOW.timeout);
    await ana.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    await ana.page.getByRole('dialog', { name: 'Members and conflicts' }).getByRole('button', { name: 'Share a confidential person…' }).click();
    const share = ana.page.getByRole('dialog', { name: 'Share a confidential person' });
    await share.getByLabel('Confidential person').selectOption({ label: SURVIVOR.name });
    await share.getByLabel('Share with the organizer named').fill('Ben');
    await share.getByRole('button', { name: 'Share and make the invite' }).click();
    const record = await inviteCard(ana.page, 'Share a confidential person', 'Ben');
    await share.getByRole('button', { name: 'Done' }).click();
    await ben.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    await joinWith(ben.page, record, SLOW.timeout, JOIN_RESTRICTED);
    const before = (await sharingOf(anaDir.path)).restricted![0]!;
    const benBefore = (await sharingOf(benDir.path)).restricted![0]!;
    expect(benBefore.id).toBe(before.id);

    // Ana, by keyboard: "Remove…" on the record's line once Ben's app has joined it.
    await ana.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    const members = ana.page.getByRole('dialog', { name: 'Members and conflicts' });
    await members.getByText('(with you and Ben)').waitFor(SLOW);
    await members.getByRole('button', { name: 'Remove an organizer from “Shared with Ben”…' }).focus();
    await ana.page.keyboard.press('Enter');
    const dialog = ana.page.getByRole('dialog', { name: 'Remove an organizer from “Shared with Ben”' });
    await dialog.getByText('Nothing written to it from then on can be read by Ben.').waitFor();
    await dialog.getByText('Ben keeps what they already saw. Their app is asked to delete it, but nobody can make it.').waitFor();
    // Ben, the only other member, is chosen already; the radio has the focus.
    expect(await dialog.getByRole('radio', { name: 'Ben' }).isChecked()).toBe(true);
    expect(await ana.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await saveScreenshot(ana.page, 'sharing-restricted-remove-800x600');
    expect(await seriousAxeViolations(ana.page)).toEqual([]);
    await ana.page.keyboard.press('Enter');
    await dialog.getByRole('status').filter({ hasText: 'Ben was removed. The record is on its new key' }).waitFor(SLOW);
    await saveScreenshot(ana.page, 'sharing-restricted-removed-800x600');
    await ana.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    // Ana's record is a new one under a new key; Ben's old key opens none of its sealed changes.
    const after = (await sharingOf(anaDir.path)).restricted![0]!;
    expect(after.id).not.toBe(before.id);
    expect(after.key).not.toBe(before.key);
    // It was named after Ben, who is out of it now.
    expect(after.label).toBe('Shared with nobody else now');
    if (after.relay.kind !== 'folder') throw new Error('a folder relay was expected');
    const names = (await readdir(after.relay.path)).filter((n) => n.endsWith('.sealed'));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      const sealed = { id: n.slice(0, -'.sealed'.length), ct: await readFile(join(after.relay.path, n), 'utf8') };
      expect(() => restrictedSealer({ id: after.id, key: benBefore.key }).open(sealed)).toThrow();
      expect(() => restrictedSealer(after).open(sealed)).not.toThrow();
    }

    // Ben's window says he was removed, and how to delete the record from his computer.
    await ben.page.getByRole('button', { name: /^Members \(\d\)…$/ }).click(SLOW);
    await ben.page.getByRole('dialog', { name: 'Members and conflicts' }).getByText('Ana removed you from it and changed its key').waitFor(SLOW);
    await saveScreenshot(ben.page, 'sharing-restricted-removed-ben-800x600');
    expect((await sharingOf(benDir.path)).restricted![0]!.id).toBe(before.id);
  });
});
