// Anonymous placeholders in two real windows sharing through a folder relay: Ana ticks "Count my
// confidential people on the others' maps" in the members dialog (keyboard, at 800x600), and Ben's
// window then lists "Confidential person (held by Ana)" and no name, contact or note of hers;
// unticking takes the placeholder away. Ben's map file on disk holds nothing of the person either.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/model';
import { isPlaceholder } from '../../shared/sync/placeholders';
import { saveScreenshot } from './support/files';
import { seriousAxeViolations } from './support/layout-checks';
import { joinWith, listRows, shareAsAna, useSharingWindows, waitForSharingStatus } from './support/sharing-windows';
import { addToSampleMap, readSampleMap, waitUntilSaved } from './support/sample-map';

const SECRET = { name: 'Perpetua Holloway-Canary', email: 'ph-canary@example.org', phone: '+1 555 0111 2222', notes: 'placeholder-note-e2e' };
const SLOW = { timeout: 45_000 };

const { tempDir, launch } = useSharingWindows();
const waitForStatus = (page: Page, text: string | RegExp) => waitForSharingStatus(page, text, SLOW.timeout);
const rows = listRows;

describe('anonymous placeholders between two windows', () => {
  it('the holder turns them on and off; the other window lists the placeholder, never the person', async () => {
    const anaDir = await tempDir('placeholders-ana');
    const benDir = await tempDir('placeholders-ben');
    const relay = join((await tempDir('placeholders-relay')).path, 'relay');
    await addToSampleMap(anaDir.path, (model) => [{ ...model, id: 'held-e2e', ...SECRET, categories: ['directly-affected'], stage: 'core', confidential: true }]);
    const ana = await launch(anaDir.path);
    const ben = await launch(benDir.path);
    await ana.page.setViewportSize({ width: 800, height: 600 });

    const { invite, done } = await shareAsAna(ana.page, relay, 'Ben');
    await done();
    await waitForStatus(ana.page, 'Shared · synced');
    await joinWith(ben.page, invite, SLOW.timeout);
    await waitForStatus(ben.page, 'Shared · synced');
    await ben.page.getByRole('button', { name: 'List', exact: true }).click();
    expect(await rows(ben.page).filter({ hasText: 'Confidential person' }).count()).toBe(0);

    // Ana turns placeholders on from the members dialog, by keyboard.
    await ana.page.getByRole('button', { name: 'Members (2)…' }).click(SLOW);
    const members = ana.page.getByRole('dialog', { name: 'Members and conflicts' });
    const box = members.getByRole('checkbox', { name: 'Count my confidential people on the others’ maps' });
    expect(await box.isChecked()).toBe(false);
    await box.focus();
    await ana.page.keyboard.press('Space');
    await expect.poll(() => box.isChecked(), SLOW).toBe(true);
    await saveScreenshot(ana.page, 'sharing-placeholders-800x600');
    expect(await seriousAxeViolations(ana.page)).toEqual([]);

    const placeholderRow = rows(ben.page).filter({ hasText: 'Confidential person (held by Ana)' });
    await placeholderRow.first().waitFor(SLOW);
    // One for each of Ana's confidential people (the sample's own and the added one).
    const held = (await readSampleMap(anaDir.path)).stakeholders.filter((s) => s.confidential).length;
    await expect.poll(() => placeholderRow.count(), SLOW).toBe(held);
    // Ben cannot edit it as a person: the panel says who holds it, with no form and no delete.
    await placeholderRow.first().click();
    await ben.page.getByText('Another organizer holds this confidential person').waitFor();
    expect(await ben.page.getByRole('form', { name: /^Details of/ }).count()).toBe(0);
    expect(await ben.page.getByRole('button', { name: 'Delete stakeholder' }).isDisabled()).toBe(true);
    await saveScreenshot(ben.page, 'sharing-placeholder-other-window');
    const benText = await ben.page.locator('body').innerText();
    for (const canary of Object.values(SECRET)) expect(benText).not.toContain(canary);

    await ana.page.keyboard.press('Space');
    await expect.poll(() => box.isChecked(), SLOW).toBe(false);
    await placeholderRow.first().waitFor({ state: 'detached', ...SLOW });
    await waitUntilSaved(ben.page);
    const benMaps = await readdir(join(benDir.path, 'maps'));
    for (const file of benMaps.filter((f) => f.endsWith('.json') && !f.endsWith('.sync.json'))) {
      const text = await readFile(join(benDir.path, 'maps', file), 'utf8');
      for (const canary of Object.values(SECRET)) expect(text).not.toContain(canary);
      const map = JSON.parse(text) as Partial<MapDocument>;
      if (Array.isArray(map.stakeholders)) expect(map.stakeholders.filter(isPlaceholder)).toEqual([]);
    }
  });
});
