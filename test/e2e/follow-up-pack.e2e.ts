// The meeting follow-up pack, driven as a person finds it: plan a past meeting, tick who came and
// write minutes that name a survivor, then save the pack as PDF and the reminder list as CSV. Both
// go through the export policy: the survivor appears only under a placeholder, and people without
// a current consent are left off the reminder list. Read back from the files on disk.
import { execFileSync } from 'node:child_process';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../shared/exchange/export-csv';
import { buildFollowUpPack, reminderTable } from '../../shared/journey/follow-up-pack';
import { launchApp, ScriptedDialogs } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { openJourney, pick } from './support/journey-dialog';
import { SCREENSHOT_DIR } from './support/paths';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('follow-up-pack', { filesFolder: true });

function tool(name: string): string | null {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

describe('the meeting follow-up pack', () => {
  it('saves the minutes and a consent-filtered, redacted reminder list as PDF and CSV', async () => {
    const dialogs = new ScriptedDialogs();
    t.app = await launchApp({ dataDir: t.dataDir.path, dialogs });
    const { page } = t.app;
    await waitUntilSaved(page);

    const dialog = await openJourney(page, 'Meetings');
    const form = dialog.getByRole('form', { name: 'Plan a meeting' });
    await form.getByLabel('Title', { exact: true }).fill('Winter listening session');
    await form.getByLabel('Date and time').fill('2025-01-14T18:30');
    await form.getByLabel('Place', { exact: true }).fill('Harlow Bend Public Library');
    await form.getByLabel('held outside working hours').check();
    await form.getByLabel('Accessibility notes').fill('Step-free entrance by the side door');
    for (const name of ['Renata Voss', 'Maria T.', 'Walter Ng', 'Denise K.']) await pick(form, 'Search to invite', name);
    await form.getByRole('button', { name: 'Add the meeting' }).click();
    await dialog.getByRole('button', { name: 'Open “Winter listening session”' }).click();
    const detail = dialog.getByRole('region', { name: 'Meeting “Winter listening session”' });
    await detail.getByRole('checkbox', { name: 'Renata Voss' }).check();
    await detail.getByRole('checkbox', { name: 'Maria T.' }).check();
    await detail.getByLabel('Minutes').fill('Maria T. asked for evening meetings with childcare.\nRenata will book the library.');
    await detail.getByRole('button', { name: 'Save attendance and minutes' }).click();
    await dialog.getByRole('button', { name: 'Save attendance', exact: true }).click();
    await waitUntilSaved(page);
    const map = await readSampleMap(t.dataDir.path);
    const meeting = map.meetings[0]!;
    expect(meeting.accessibilityNotes).toBe('Step-free entrance by the side door');
    await expect.poll(async () => (await readSampleMap(t.dataDir.path)).meetings[0]?.attended.length).toBe(2);

    // Attendance by category sits beside the meeting.
    const table = detail.getByRole('table', { name: 'Attendance by category' });
    await table.getByRole('row', { name: /Directly affected 2 1 1/ }).waitFor();
    await detail.getByRole('region', { name: 'Follow-up pack' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'follow-up-pack-meeting');

    const saved = await readSampleMap(t.dataDir.path);
    const today = new Date().toISOString().slice(0, 10);
    const expected = buildFollowUpPack(saved, meeting.id, { includeConfidential: false, today });
    expect(expected.omitted.expiredConsent).toBeGreaterThanOrEqual(2); // Walter Ng and Denise K.

    const csvPath = join(t.files.path, 'reminders.csv');
    dialogs.answerNextSave(csvPath);
    await dialog.getByRole('button', { name: 'Reminder list (CSV)…' }).click();
    await page.getByText(`Saved the reminder list as ${csvPath}.`).waitFor();
    const csv = await readFile(csvPath, 'utf8');
    expect(csv).toBe(tableToCsv(reminderTable(expected)));
    expect(csv).toContain('Renata Voss');
    expect(csv).toMatch(/Came,Confidential stakeholder \d+/);
    for (const hidden of ['Maria', 'Walter Ng', 'Denise']) expect(csv).not.toContain(hidden);

    const pdfPath = join(t.files.path, 'pack.pdf');
    dialogs.answerNextSave(pdfPath);
    await dialog.getByRole('button', { name: 'Follow-up pack (PDF)…' }).click();
    await page.getByText(`Saved the follow-up pack as ${pdfPath}.`).waitFor();
    expect((await readFile(pdfPath)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(dialogs.asked).toContain('export:pdf:winter-listening-session-follow-up-2025-01-14.pdf');
    const text = tool('pdftotext');
    if (text !== null) {
      const words = execFileSync(text, [pdfPath, '-'], { encoding: 'utf8' });
      expect(words).toContain('Minutes');
      expect(words).toMatch(/Confidential stakeholder \d+ asked for evening meetings/);
      expect(words).toContain('Renata will book the library.');
      expect(words).toContain('Reminder list for the next meeting');
      for (const hidden of ['Maria', 'Walter Ng', 'Denise']) expect(words).not.toContain(hidden);
    }
    const render = tool('pdftoppm');
    if (render !== null) {
      const prefix = join(t.files.path, 'pack-page');
      execFileSync(render, ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
      await copyFile(`${prefix}.png`, join(SCREENSHOT_DIR, 'follow-up-pack-pdf.png'));
    }
    expect(dialogs.unexpected).toEqual([]);
    expect(t.app.errors).toEqual([]);
  });
});
