// Committees and meeting plans, driven as a person finds them (roles and labels) against the real
// backend and real files: form a committee, count coverage over its people from the insights
// panel (a category it lacks shows as missing while the whole coalition has it), and edit a
// meeting's plan after planning it, as one undo step. Every change is read back from disk.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { openJourney, pick } from './support/journey-dialog';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('committees');
const onDisk = () => readSampleMap(t.dataDir.path);

function coverageRow(page: Page, category: string): Locator {
  return page
    .getByRole('region', { name: /^Coverage/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: category, exact: true }) });
}

async function upToDate(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^Up to date/ }).waitFor();
}

describe('committees and meeting plans', () => {
  it('scopes coverage to a committee and edits a meeting plan as one undo step', async () => {
    const app = await launchOnSample(t);
    const { page } = app;

    // A committee of three: a provider, a retired judge and a librarian; no one directly affected.
    const dialog = await openJourney(page, 'Committees');
    const committeeForm = dialog.getByRole('form', { name: 'Add a committee' });
    await committeeForm.getByLabel('Name', { exact: true }).fill('Safety planning');
    await committeeForm.getByLabel('Purpose', { exact: true }).fill('Draft the county safety plan');
    await pick(committeeForm, 'Search to members', 'Renata Voss');
    await pick(committeeForm, 'Search to members', 'Gloria Pennington');
    await pick(committeeForm, 'Search to members', 'Kwame Adjei');
    await committeeForm.getByRole('button', { name: 'Add the committee' }).click();
    await dialog.getByRole('button', { name: 'Edit “Safety planning”' }).waitFor();
    await waitUntilSaved(page);
    const committee = (await onDisk()).committees.find((c) => c.name === 'Safety planning');
    expect(committee?.memberIds).toEqual(['s-18', 's-21', 's-22']);

    // Plan a meeting, then change its plan: one save of every field.
    await dialog.getByRole('tab', { name: 'Meetings' }).click();
    const planForm = dialog.getByRole('form', { name: 'Plan a meeting' });
    await planForm.getByLabel('Title', { exact: true }).fill('Committee kickoff');
    await planForm.getByLabel('Date and time').fill('2099-05-06T18:00');
    await planForm.getByLabel('Place', { exact: true }).fill('Town hall, room 4');
    await pick(planForm, 'Search to invite', 'Renata Voss');
    await planForm.getByRole('button', { name: 'Add the meeting' }).click();
    await dialog.getByRole('button', { name: 'Open “Committee kickoff”' }).click();
    await waitUntilSaved(page);
    const planned = (await onDisk()).meetings.find((m) => m.title === 'Committee kickoff')!;
    expect(planned).toMatchObject({ startsAt: '2099-05-06T18:00', place: 'Town hall, room 4', invited: ['s-18'], agenda: [] });

    await dialog.getByRole('button', { name: 'Edit plan' }).click();
    const editForm = dialog.getByRole('form', { name: 'Edit the plan of “Committee kickoff”' });
    expect(await editForm.getByLabel('Title', { exact: true }).inputValue()).toBe('Committee kickoff');
    expect(await editForm.getByLabel('Date and time').inputValue()).toBe('2099-05-06T18:00');
    await editForm.getByLabel('Title', { exact: true }).fill('Safety planning kickoff');
    await editForm.getByLabel('Date and time').fill('2099-05-07T17:30');
    await editForm.getByLabel('Place', { exact: true }).fill('Harlow Bend Public Library, room 2');
    await editForm.getByLabel('a place community members feel safe in').check();
    await editForm.getByLabel('childcare offered').check();
    await editForm.getByLabel('Agenda (one item a line)').fill('Why this committee\nWho else we need');
    // Unticked, an invitee leaves the chosen list at once (so a click, not uncheck()).
    await editForm.getByRole('checkbox', { name: 'Renata Voss' }).click();
    await editForm.getByText('Invite (0 chosen)').waitFor();
    await pick(editForm, 'Search to invite', 'Gloria Pennington');
    await pick(editForm, 'Search to invite', 'Kwame Adjei');
    await editForm.getByRole('button', { name: 'Save the plan' }).click();
    await dialog.getByRole('heading', { name: /Safety planning kickoff/ }).waitFor();
    expect(await dialog.getByRole('list', { name: 'Agenda' }).textContent()).toContain('Who else we need');
    await waitUntilSaved(page);
    const edited = (await onDisk()).meetings.find((m) => m.id === planned.id)!;
    expect(edited).toMatchObject({
      title: 'Safety planning kickoff',
      startsAt: '2099-05-07T17:30',
      place: 'Harlow Bend Public Library, room 2',
      agenda: ['Why this committee', 'Who else we need'],
      invited: ['s-21', 's-22'],
      attended: [],
    });
    expect(edited.accessibility).toMatchObject({ safePlace: true, childcare: true, outsideWorkHours: false });

    // The whole plan edit is one undo step; Redo brings it back.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await onDisk()).meetings.find((m) => m.id === planned.id)?.title).toBe('Committee kickoff');
    expect((await onDisk()).meetings.find((m) => m.id === planned.id)).toMatchObject({ place: 'Town hall, room 4', invited: ['s-18'], agenda: [] });
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => (await onDisk()).meetings.find((m) => m.id === planned.id)?.title).toBe('Safety planning kickoff');

    // Coverage for the committee: directly-affected people are in the coalition but not on it.
    await page.getByRole('tab', { name: 'Insights' }).click();
    await upToDate(page);
    const section = page.getByRole('region', { name: /^Coverage/ });
    expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe('Coverage: whole coalition');
    expect(await coverageRow(page, 'Directly affected').textContent()).not.toContain('Missing');
    await section.getByLabel('Coverage for:').selectOption({ label: 'Safety planning' });
    await section.getByRole('heading', { name: 'Coverage: committee “Safety planning”' }).waitFor();
    await upToDate(page);
    const affected = await coverageRow(page, 'Directly affected').textContent();
    expect(affected).toMatch(/Missing.*0 people on the committee/s);
    expect(affected).toMatch(/No one on Safety planning is a directly-affected person, though \d+ coalition members are: ask one to join it\./);
    // The coalition's targets hold for the committee too: one provider of the three wanted is thin.
    expect(await coverageRow(page, 'Service provider').textContent()).toMatch(/Thin.*1 person on the committee \(at least 3 wanted\).*1 person on Safety planning \(33% of it\) against a target of 3 members\./s);
    expect(await section.textContent()).toContain("3 people on the committee, counted against the coalition's targets.");
    await section.getByRole('heading', { level: 3 }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'committee-coverage');

    // "Show them" lights the committee's people of that category.
    await coverageRow(page, 'Service provider').getByRole('button', { name: /^Show them: the people on the committee/ }).click();
    const bar = page.getByRole('region', { name: 'Highlight' });
    expect(await bar.textContent()).toContain('People on Safety planning who are service provider');
    expect(await bar.getByRole('list', { name: 'Highlighted stakeholders' }).getByRole('listitem').count()).toBe(1);

    // Back to the whole coalition.
    await section.getByLabel('Coverage for:').selectOption({ label: 'whole coalition' });
    await section.getByRole('heading', { name: 'Coverage: whole coalition' }).waitFor();
  });
});
