// Removing an organizer and starting a clean copy, in three real windows with one real relay
// (pouchdb-server on 127.0.0.1). Ana shares, Ben (at 800x600) and Carol join. Ana removes Carol:
// the confirmation says what happens in plain words, then Ben's handover invite (words and QR).
// Ben's window says the map moved and what to do; Carol's that she was removed. Ben follows by
// keyboard with the handover words and keeps syncing with Ana; Carol's key opens nothing in the new
// database and her map never gets Ben's new edit. Then Ana starts a clean copy and Ben follows again.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coalitionSealer, SyncRefusal } from '../../electron/main/sync/seal';
import type { MapDocument } from '../../shared/model';
import { mapDocumentSchema } from '../../shared/schema';
import { inviteFromWords } from '../../shared/sharing/invite';
import type { LaunchedApp } from './harness';
import { saveScreenshot } from './support/files';
import { coveredControls, fullyVisible, seriousAxeViolations } from './support/layout-checks';
import { readQrCode } from './support/qr-reader';
import { readSampleMap } from './support/sample-map';
import { inviteCard, inviteOrganizer, joinWith, setRoleOf, shareAsAna, useSharingWindows, waitForSharingStatus } from './support/sharing-windows';

const PERSON = 'Tomas Ferreira';
const SLOW = { timeout: 45_000 };
/** A join fetches the whole shared map; on a busy machine with three windows it may take a while. */
const JOIN_TIMEOUT = 120_000;

const windows = useSharingWindows();
const waitForStatus = (page: Page, text: string | RegExp) => waitForSharingStatus(page, text, SLOW.timeout);
const setRole = (page: Page, role: string) => setRoleOf(page, PERSON, role);

async function launch(label: string): Promise<{ app: LaunchedApp; dir: string }> {
  const dir = (await windows.tempDir(label)).path;
  return { app: await windows.launch(dir), dir };
}

async function joinedMap(dataDir: string): Promise<MapDocument> {
  const file = (await readdir(join(dataDir, 'maps'))).find((f) => f.endsWith('.coalition.json') && f !== 'sample-coalition.coalition.json') ?? '';
  return mapDocumentSchema.parse(JSON.parse(await readFile(join(dataDir, 'maps', file), 'utf8')));
}

const roleIn = (map: MapDocument) => map.stakeholders.find((s) => s.name === PERSON)?.role;

async function docIds(address: string): Promise<string[]> {
  const body = (await (await fetch(`${address}/_all_docs`)).json()) as { rows?: { id: string }[] };
  return (body.rows ?? []).map((r) => r.id);
}

/** Ben follows by keyboard only: the bar's button, the words, Enter. */
async function followByKeyboard(page: Page, words: string, screenshot: string | null): Promise<void> {
  await page.getByRole('button', { name: 'Follow to the new copy…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Follow to the new copy' });
  await dialog.waitFor();
  await page.keyboard.insertText(words);
  await dialog.getByText('This handover invite is for Ben.').waitFor();
  if (screenshot !== null) {
    await saveScreenshot(page, screenshot);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }
  expect(await fullyVisible(dialog.getByRole('button', { name: 'Follow', exact: true }))).toBe(true);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached', ...SLOW });
}

describe('removing an organizer and starting a clean copy in the window', () => {
  it('Ana removes Carol, Ben follows with his handover invite and keeps syncing, Carol reads nothing new; then a clean copy, and Ben follows again', async () => {
    const relay = await windows.startRelay((await windows.tempDir('admin-relay')).path);
    const ana = await launch('admin-ana');
    const ben = await launch('admin-ben');
    const carol = await launch('admin-carol');
    await ben.app.page.setViewportSize({ width: 800, height: 600 });

    const { invite: forBen, done } = await shareAsAna(ana.app.page, relay.url, 'Ben');
    await done();
    // Ana hands the invite over once her bar says the shared map is on the relay; before that a join
    // rightly answers that the relay holds no shared map yet.
    await waitForStatus(ana.app.page, 'Shared · synced: everyone’s changes are here.');
    await joinWith(ben.app.page, forBen, JOIN_TIMEOUT);
    const forCarol = await inviteOrganizer(ana.app.page, 'Carol');
    await joinWith(carol.app.page, forCarol, JOIN_TIMEOUT);
    for (const page of [ana.app.page, ben.app.page, carol.app.page]) await page.getByRole('button', { name: 'Members (3)…' }).waitFor(SLOW);

    // Ana removes Carol; the confirmation says what happens, in plain words.
    await ana.app.page.getByRole('button', { name: 'Members (3)…' }).click();
    await ana.app.page.getByRole('dialog', { name: 'Members and conflicts' }).getByRole('button', { name: 'Remove Carol…' }).click();
    const confirm = ana.app.page.getByRole('dialog', { name: 'Remove Carol?' });
    const said = await confirm.textContent();
    expect(said).toContain('Carol keeps everything they already had on their computer');
    expect(said).toContain('Nothing written from now on reaches Carol');
    expect(said).toContain('Every other organizer (Ben) must move to the new copy');
    await saveScreenshot(ana.app.page, 'sharing-remove-confirm');
    expect(await seriousAxeViolations(ana.app.page)).toEqual([]);
    // By keyboard: Cancel has the focus (the safe choice); Tab reaches the removal, Enter confirms.
    await ana.app.page.keyboard.press('Tab');
    expect(await confirm.getByRole('button', { name: 'Remove Carol and move the map' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await ana.app.page.keyboard.press('Enter');
    const handover = await inviteCard(ana.app.page, 'Remove Carol: handover', 'Ben');
    expect(handover.relay).not.toBe(forBen.relay);
    expect(await readQrCode(ana.app.page)).toBe(`${handover.words}\n${handover.relay}`);
    await saveScreenshot(ana.app.page, 'sharing-remove-handover');
    await ana.app.page.getByRole('dialog', { name: 'Remove Carol: handover' }).getByRole('button', { name: 'Done' }).click();
    expect(await docIds(forBen.relay)).toEqual(['note-moved']);

    // Ben's window says the map moved and what to do; Carol's that she was removed.
    await waitForStatus(ben.app.page, /^Moved on .* by Ana: this copy is closed\. Get your handover invite from an organizer who stayed/);
    await saveScreenshot(ben.app.page, 'sharing-moved-800x600');
    expect(await fullyVisible(ben.app.page.getByRole('button', { name: 'Follow to the new copy…' }))).toBe(true);
    expect(await seriousAxeViolations(ben.app.page)).toEqual([]);
    await waitForStatus(carol.app.page, /^You were removed from this shared map on .* by Ana\./);
    await saveScreenshot(carol.app.page, 'sharing-removed');
    expect(await carol.app.page.getByRole('button', { name: 'Follow to the new copy…' }).count()).toBe(0);

    await followByKeyboard(ben.app.page, handover.words, 'sharing-follow-800x600');
    await waitForStatus(ben.app.page, 'Shared · synced');
    await ben.app.page.getByRole('button', { name: 'Members (2)…' }).waitFor(SLOW);

    // Ben keeps syncing with Ana in the new copy; Carol's map never gets it, and her key opens nothing there.
    await setRole(ben.app.page, 'Written after Carol left');
    await expect.poll(async () => roleIn(await readSampleMap(ana.dir)), SLOW).toBe('Written after Carol left');
    await ana.app.page.getByRole('button', { name: 'List', exact: true }).click();
    await ana.app.page.getByRole('table', { name: 'Stakeholders' }).getByText('Written after Carol left').first().waitFor(SLOW);
    const carolsKey = inviteFromWords(forCarol.words);
    const carolsSealer = coalitionSealer(carolsKey.key, carolsKey.coalitionId);
    const newDocs = (await (await fetch(`${handover.relay}/_all_docs?include_docs=true`)).json()) as { rows: { doc: { _id: string; ct: string } }[] };
    const changes = newDocs.rows.filter((r) => /^[0-9a-f]{32}$/.test(r.doc._id));
    expect(changes.length).toBeGreaterThan(0);
    for (const r of changes) expect(() => carolsSealer.open({ id: r.doc._id, ct: r.doc.ct })).toThrow(SyncRefusal);
    await carol.app.page.getByRole('button', { name: 'Members (3)…' }).waitFor();
    expect(roleIn(await joinedMap(carol.dir))).not.toBe('Written after Carol left');
    await waitForStatus(carol.app.page, 'You were removed');

    // Ana starts a clean copy; Ben follows again and both converge.
    await ana.app.page.getByRole('button', { name: 'Members (2)…' }).click();
    await ana.app.page.getByRole('dialog', { name: 'Members and conflicts' }).getByRole('button', { name: 'Start a clean copy…' }).click();
    const clean = ana.app.page.getByRole('dialog', { name: 'Start a clean copy?' });
    expect(await clean.textContent()).toContain('The old database, with its whole history, is deleted');
    await saveScreenshot(ana.app.page, 'sharing-clean-copy-confirm');
    await clean.getByRole('button', { name: 'Start the clean copy' }).click();
    const second = await inviteCard(ana.app.page, 'Start a clean copy: handover', 'Ben');
    await ana.app.page.getByRole('dialog', { name: 'Start a clean copy: handover' }).getByRole('button', { name: 'Done' }).click();
    expect(await docIds(handover.relay)).toEqual(['note-moved']);
    await waitForStatus(ben.app.page, /^Moved on/);
    await followByKeyboard(ben.app.page, second.words, null);
    await waitForStatus(ben.app.page, 'Shared · synced');
    await setRole(ana.app.page, 'Written in the clean copy');
    await expect.poll(async () => roleIn(await joinedMap(ben.dir)), SLOW).toBe('Written in the clean copy');
    await saveScreenshot(ben.app.page, 'sharing-clean-copy-followed-800x600');

    // The audit logs: each sync event, and no organizer's name in any entry.
    const logOf = async (dir: string) => (await readFile(join(dir, 'audit.log'), 'utf8')).trim().split('\n');
    const actions = async (dir: string) => (await logOf(dir)).map((l) => (JSON.parse(l) as { action: string }).action).filter((a) => a.startsWith('sync-'));
    expect(await actions(ana.dir)).toEqual(['sync-share', 'sync-member-removed', 'sync-clean-copy']);
    expect(await actions(ben.dir)).toEqual(['sync-join', 'sync-followed', 'sync-followed']);
    expect(await actions(carol.dir)).toEqual(['sync-join']);
    for (const dir of [ana.dir, ben.dir, carol.dir]) for (const name of ['Ana', 'Ben', 'Carol', PERSON]) expect((await logOf(dir)).join('\n')).not.toContain(name);
    for (const app of [ana.app, ben.app, carol.app]) {
      expect(await coveredControls(app.page)).toEqual([]);
      expect(app.errors).toEqual([]);
      expect(app.requests).toEqual([]);
    }
  }, 300_000);
});
