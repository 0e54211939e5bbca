// The meeting follow-up pack, driven as a person finds it: plan a past meeting, tick who came and
// write minutes that name a survivor, then save the pack as PDF and the reminder list as CSV. Both
// go through the export policy: the survivor appears only under a placeholder, and people without
// a current consent are left off the reminder list. Read back from the files on disk.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../shared/exchange/export-csv';
import { buildFollowUpPack, reminderTable } from '../../shared/journey/follow-up-pack';
import { ScriptedDialogs } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { fillMeetingPlan, openJourney, recordAttendance } from './support/journey-dialog';
import { launchOnSample } from './support/launch-sample';
import { SCREENSHOT_DIR } from './support/paths';
import { pdfText, renderFirstPage } from './support/pdf';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('follow-up-pack', { filesFolder: true });

describe('the meeting follow-up pack', () => {
  it('saves the minutes and a consent-filtered, redacted reminder list as PDF and CSV', async () => {
    const dialogs = new ScriptedDialogs();
    const app = await launchOnSample(t, dialogs);
    const { page } = app;

    const dialog = await openJourney(page, 'Meetings');
    const form = await fillMeetingPlan(dialog, {
      title: 'Winter listening session',
      startsAt: '2025-01-14T18:30',
      place: 'Harlow Bend Public Library',
      outsideWorkHours: true,
      accessibilityNotes: 'Step-free entrance by the side door',
      invite: ['Renata Voss', 'Maria T.', 'Walter Ng', 'Denise K.'],
    });
    await form.getByRole('button', { name: 'Add the meeting' }).click();
    const minutes = 'Maria T. asked for evening meetings with childcare.\nRenata will book the library.';
    const detail = await recordAttendance(dialog, 'Winter listening session', ['Renata Voss', 'Maria T.'], minutes);
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
    const words = pdfText(pdfPath);
    expect(words).toContain('Minutes');
    expect(words).toMatch(/Confidential stakeholder \d+ asked for evening meetings/);
    expect(words).toContain('Renata will book the library.');
    expect(words).toContain('Reminder list for the next meeting');
    for (const hidden of ['Maria', 'Walter Ng', 'Denise']) expect(words).not.toContain(hidden);
    const prefix = join(t.files.path, 'pack-page');
    renderFirstPage(pdfPath, prefix, 70);
    await copyFile(`${prefix}.png`, join(SCREENSHOT_DIR, 'follow-up-pack-pdf.png'));
    expect(dialogs.unexpected).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
