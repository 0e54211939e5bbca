// The journey dialog as a person reaches it: the header's Journey button, then a tab; and its
// stakeholder pickers, which are narrowed through a search box before a name is ticked; and the
// meeting steps several tests take: plan a meeting, then record who came.
import type { Locator, Page } from 'playwright-core';

/** Opens the journey dialog on `tab` (Meetings, Tasks, Snapshots, Committees) and returns it. */
export async function openJourney(page: Page, tab: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: "The coalition's journey" });
  await dialog.getByRole('tab', { name: tab }).click();
  return dialog;
}

/** Ticks `name` in a stakeholder picker found through its search box labelled `search`. */
export async function pick(form: Locator, search: string, name: string): Promise<void> {
  await form.getByLabel(search).fill(name.split(' ')[0]!);
  await form.getByRole('checkbox', { name }).check();
  await form.getByLabel(search).fill('');
}

/** What a test writes in "Plan a meeting"; what is left out stays as the form starts. */
export interface MeetingPlan {
  readonly title: string;
  /** As the date-and-time field takes it: 2025-03-04T18:30. */
  readonly startsAt: string;
  readonly place?: string;
  readonly outsideWorkHours?: boolean;
  readonly childcare?: boolean;
  readonly accessibilityNotes?: string;
  /** One item a line. */
  readonly agenda?: string;
  /** Names ticked through the invite picker. */
  readonly invite: readonly string[];
}

/** Fills the journey dialog's "Plan a meeting" form with `plan`, not yet added; returns the form. */
export async function fillMeetingPlan(dialog: Locator, plan: MeetingPlan): Promise<Locator> {
  const form = dialog.getByRole('form', { name: 'Plan a meeting' });
  await form.getByLabel('Title', { exact: true }).fill(plan.title);
  await form.getByLabel('Date and time').fill(plan.startsAt);
  if (plan.place !== undefined) await form.getByLabel('Place', { exact: true }).fill(plan.place);
  if (plan.outsideWorkHours === true) await form.getByLabel('held outside working hours').check();
  if (plan.childcare === true) await form.getByLabel('childcare offered').check();
  if (plan.accessibilityNotes !== undefined) await form.getByLabel('Accessibility notes').fill(plan.accessibilityNotes);
  if (plan.agenda !== undefined) await form.getByLabel('Agenda (one item a line)').fill(plan.agenda);
  for (const name of plan.invite) await pick(form, 'Search to invite', name);
  return form;
}

/** Opens the meeting `title` in the journey dialog, ticks who came, writes the minutes and saves them; returns the meeting's region. */
export async function recordAttendance(dialog: Locator, title: string, came: readonly string[], minutes: string): Promise<Locator> {
  await dialog.getByRole('button', { name: `Open “${title}”` }).click();
  const detail = dialog.getByRole('region', { name: `Meeting “${title}”` });
  for (const name of came) await detail.getByRole('checkbox', { name }).check();
  await detail.getByLabel('Minutes').fill(minutes);
  await detail.getByRole('button', { name: 'Save attendance and minutes' }).click();
  return detail;
}
