// The coalition's journey, driven as a person finds it (roles and labels) against the real
// backend and real files: plan a meeting with two invitees, record who came and confirm one of
// the two stage moves, close an overdue task from the header notice, and compare two snapshots
// taken around an edit. Every step is read back from the map file on disk.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedDialogs } from './harness';
import { appPerTest } from './support/app-per-test';
import { makeTempDir, saveScreenshot } from './support/files';
import { pdfText, renderFirstPage } from './support/pdf';
import { fillMeetingPlan, openJourney, recordAttendance } from './support/journey-dialog';
import { launchOnSample } from './support/launch-sample';
import { SCREENSHOT_DIR } from './support/paths';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('journey');
const onDisk = () => readSampleMap(t.dataDir.path);

const stageOnDisk = async (id: string) => (await onDisk()).stakeholders.find((s) => s.id === id)?.stage;

describe("the coalition's journey", () => {
  it('plans a meeting, records attendance with one confirmed stage move, closes an overdue task, and compares two snapshots', async () => {
    const app = await launchOnSample(t);
    const { page } = app;

    // Plan a meeting with two invitees (Walter Ng is "contacted", Frank Osei "mapped").
    let dialog = await openJourney(page, 'Meetings');
    const form = await fillMeetingPlan(dialog, {
      title: 'Spring listening session',
      startsAt: '2025-03-04T18:30',
      place: 'Harlow Bend Public Library, room 2',
      outsideWorkHours: true,
      childcare: true,
      agenda: 'Welcome and introductions\nWhat the map shows\nNext steps',
      invite: ['Walter Ng', 'Frank Osei'],
    });
    await form.getByLabel('Search to invite').fill('har');
    await form.getByRole('button', { name: 'Add the meeting' }).evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await saveScreenshot(page, 'journey-plan');
    await form.getByLabel('Search to invite').fill('');
    await form.getByRole('button', { name: 'Add the meeting' }).click();
    await dialog.getByRole('heading', { name: /Spring listening session/ }).waitFor();
    await waitUntilSaved(page);
    let meeting = (await onDisk()).meetings[0]!;
    expect(meeting).toMatchObject({ title: 'Spring listening session', startsAt: '2025-03-04T18:30', invited: ['s-37', 's-41'], agenda: ['Welcome and introductions', 'What the map shows', 'Next steps'] });
    expect(meeting.accessibility).toMatchObject({ outsideWorkHours: true, childcare: true, safePlace: false });

    // Both came; the app proposes moving both to "member"; the user keeps Frank where he is.
    await recordAttendance(dialog, 'Spring listening session', ['Walter Ng', 'Frank Osei'], 'Agreed to meet monthly; Walter will share the council calendar.');
    const confirm = dialog.getByRole('region', { name: 'Confirm what attendance changes' });
    await confirm.getByRole('checkbox', { name: 'Walter Ng: contacted → member' }).waitFor();
    await confirm.getByRole('checkbox', { name: 'Frank Osei: mapped → member' }).uncheck();
    await confirm.getByRole('checkbox', { name: /Add 1 “knows” tie/ }).check();
    await saveScreenshot(page, 'journey-meeting');
    const tiesBefore = (await onDisk()).ties.length;
    await confirm.getByRole('button', { name: 'Save attendance' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await waitUntilSaved(page);
    let after = await onDisk();
    meeting = after.meetings[0]!;
    expect(meeting.attended).toEqual(['s-37', 's-41']);
    expect(meeting.minutes).toContain('meet monthly');
    expect(after.stakeholders.find((s) => s.id === 's-37')?.stage).toBe('member');
    expect(after.stakeholders.find((s) => s.id === 's-41')?.stage).toBe('mapped');
    expect(after.ties).toHaveLength(tiesBefore + 1);

    // The whole attendance is one undo step, and Redo brings it back.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stageOnDisk('s-37')).toBe('contacted');
    after = await onDisk();
    expect(after.meetings[0]?.attended).toEqual([]);
    expect(after.ties).toHaveLength(tiesBefore);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => stageOnDisk('s-37')).toBe('member');

    // Two tasks from the meeting, one already overdue; the header says so and opens the tasks.
    dialog = await openJourney(page, 'Tasks');
    const taskForm = dialog.getByRole('form', { name: 'Add a task' });
    for (const [title, due] of [
      ['Send the minutes to everyone who came', '2025-03-10'],
      ['Book the room for the next meeting', '2099-01-15'],
    ] as const) {
      await taskForm.getByLabel('Task').fill(title);
      await taskForm.getByLabel('Owner').selectOption({ label: 'Walter Ng' });
      await taskForm.getByLabel('Due').fill(due);
      await taskForm.getByLabel('From meeting').selectOption({ label: 'Spring listening session (2025-03-04)' });
      await taskForm.getByRole('button', { name: 'Add the task' }).click();
      await dialog.getByText(title).waitFor();
    }
    await dialog.getByRole('button', { name: 'Close' }).click();
    const notice = page.getByRole('button', { name: '1 overdue task' });
    await notice.click();
    dialog = page.getByRole('dialog', { name: "The coalition's journey" });
    expect(await dialog.getByRole('tab', { name: 'Tasks' }).getAttribute('aria-selected')).toBe('true');
    await dialog.getByText('Overdue', { exact: true }).waitFor();
    await saveScreenshot(page, 'journey-tasks');
    await dialog.getByRole('button', { name: 'Mark “Send the minutes to everyone who came” done' }).click();
    await dialog.getByRole('button', { name: 'Reopen “Send the minutes to everyone who came”' }).waitFor();
    await waitUntilSaved(page);
    after = await onDisk();
    expect(after.tasks.map((t) => [t.title, t.status, t.owner, t.meetingId])).toEqual([
      ['Send the minutes to everyone who came', 'done', 's-37', meeting.id],
      ['Book the room for the next meeting', 'open', 's-37', meeting.id],
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await notice.waitFor({ state: 'detached' });

    // A snapshot, an edit in the main window (Carla Dunmore joins), a second snapshot, compared.
    dialog = await openJourney(page, 'Snapshots');
    await dialog.getByLabel('Label (optional)').fill('Before the spring drive');
    await dialog.getByRole('button', { name: 'Take snapshot' }).click();
    await dialog.getByRole('list', { name: 'Snapshots taken' }).getByText(/^Before the spring drive/).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: /Carla Dunmore/ }).click();
    const details = page.getByRole('form', { name: 'Details of Carla Dunmore' });
    await details.getByLabel('Engagement stage').selectOption({ label: 'Member' });
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => stageOnDisk('s-38')).toBe('member');
    dialog = await openJourney(page, 'Snapshots');
    await dialog.getByLabel('Label (optional)').fill('After the spring drive');
    await dialog.getByRole('button', { name: 'Take snapshot' }).click();
    const changes = dialog.getByRole('list', { name: 'What changed' });
    await changes.waitFor();
    const sentences = await changes.getByRole('listitem').allTextContents();
    expect(sentences[0]).toMatch(/^Members went from (\d+) to (\d+): 1 joined, 0 left\.$/);
    expect(sentences).toContain('Policymaker: gained Carla Dunmore (1 -> 2).');
    const table = dialog.getByRole('table', { name: 'Members per category at each snapshot' });
    expect(await table.getByRole('row', { name: /Policymaker/ }).textContent()).toContain('12');
    // The new snapshot changed the map, so the analysis runs again; the picture waits for it.
    await expect.poll(() => dialog.getByRole('button', { name: 'Take snapshot' }).isEnabled()).toBe(true);
    await dialog.getByRole('region', { name: 'Compare two snapshots' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'journey-compare');
    expect((await onDisk()).snapshots.map((s) => s.label)).toEqual(['Before the spring drive', 'After the spring drive']);
    expect(app.errors).toEqual([]);
    expect(app.requests).toEqual([]);
  });
});

describe('meeting papers', () => {
  it('saves a sign-in sheet as PDF and reads a filled one back into the attendance', async () => {
    const out = await makeTempDir('journey-out');
    try {
      const dialogs = new ScriptedDialogs();
      const app = await launchOnSample(t, dialogs);
      const { page } = app;
      const dialog = await openJourney(page, 'Meetings');
      const form = await fillMeetingPlan(dialog, { title: 'Council briefing', startsAt: '2025-05-20T17:30', agenda: 'The gaps on the map', invite: ['Walter Ng', 'Denise K.'] });
      await form.getByRole('button', { name: 'Add the meeting' }).click();
      await dialog.getByRole('button', { name: 'Open “Council briefing”' }).click();

      const pdfPath = join(out.path, 'sign-in.pdf');
      dialogs.answerNextSave(pdfPath);
      await dialog.getByRole('button', { name: 'Sign-in sheet (PDF)…' }).click();
      await page.getByText(`Saved the sign-in sheet as ${pdfPath}.`).waitFor();
      const pdf = await readFile(pdfPath);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(dialogs.asked).toContain('export:pdf:council-briefing-sign-in-2025-05-20.pdf');
      // The sheet names the invited, except the confidential one (Denise K.), who gets a blank line.
      const words = pdfText(pdfPath);
      expect(words).toContain('Sign-in sheet');
      expect(words).toContain('Walter Ng');
      expect(words).not.toContain('Denise');
      const prefix = join(out.path, 'sign-in-page');
      renderFirstPage(pdfPath, prefix, 70);
      await copyFile(`${prefix}.png`, join(SCREENSHOT_DIR, 'journey-sign-in-pdf.png'));

      const sheetPath = join(out.path, 'filled.csv');
      await writeFile(sheetPath, 'Name,Attended,Signature\nWalter Ng,yes,\nWalk-in Visitor,yes,\n', 'utf8');
      await dialog.getByLabel('Read a filled sign-in sheet (CSV)').setInputFiles(sheetPath);
      await dialog.getByText('1 marked as attended in filled.csv; review and save below. Not on the map: Walk-in Visitor.').waitFor();
      expect(await dialog.getByRole('checkbox', { name: 'Walter Ng' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('checkbox', { name: 'Denise K.' }).isChecked()).toBe(false);
      await dialog.getByRole('button', { name: 'Save attendance and minutes' }).click();
      await dialog.getByRole('button', { name: 'Save attendance', exact: true }).click();
      await expect.poll(async () => (await onDisk()).meetings[0]?.attended).toEqual(['s-37']);
      expect(await stageOnDisk('s-37')).toBe('member');
      expect(app.errors).toEqual([]);
    } finally {
      await out.remove();
    }
  });
});
