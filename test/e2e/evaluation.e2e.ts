// Evaluation by members (step 7), as a person does it: start a dated round, type in returned forms
// (no name is asked), read the tallies, then a second round compared with the first. The answers
// on disk carry no names; step 7 tells the latest round.
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { openJourney } from './support/journey-dialog';
import { readSampleMap, waitUntilSaved } from './support/sample-map';
import type { Locator } from 'playwright-core';

const t = appPerTest('evaluation');

async function typeInForm(section: Locator, answers: Record<string, number>): Promise<void> {
  const form = section.getByRole('form', { name: 'Type in a returned form' });
  for (const [question, value] of Object.entries(answers)) {
    await form.getByRole('group', { name: question }).getByRole('radio', { name: String(value), exact: true }).check();
  }
  await form.getByRole('button', { name: 'Add this form' }).click();
  await form.getByText('Form added. Its answers are kept without a name.').waitFor();
}

async function startRound(section: Locator, heldOn: string, name: string): Promise<void> {
  const form = section.getByRole('form', { name: 'Start an evaluation round' });
  await form.getByLabel('Held on').fill(heldOn);
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Start the round' }).click();
}

describe('evaluation by members', () => {
  it('tallies two rounds without names and compares them', async () => {
    const app = await launchOnSample(t);
    const { page } = app;
    const dialog = await openJourney(page, 'Evaluation');
    const section = dialog.getByRole('region', { name: 'Evaluation' });

    await startRound(section, '2025-03-01', 'Spring review');
    await typeInForm(section, { 'Meetings are a good use of my time.': 2, 'Our goals are clear and still the right ones.': 4 });
    await typeInForm(section, { 'Meetings are a good use of my time.': 3, 'Everyone, not only professionals, gets heard.': 2 });
    const table = section.getByRole('table', { name: 'Evaluation rounds compared' });
    await table.getByRole('row', { name: /Spring review \(2025-03-01\) 2 2\.3 of 5 4\.0 of 5/ }).waitFor();

    await startRound(section, '2025-09-01', 'Autumn review');
    await typeInForm(section, { 'Meetings are a good use of my time.': 4, 'Everyone, not only professionals, gets heard.': 4, 'Services work together better because of the coalition.': 5 });
    await table.getByRole('row', { name: /Autumn review \(2025-09-01\) 1 4\.0 of 5 \(\+1\.7\)/ }).waitFor();
    await table.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'evaluation-rounds');
    await waitUntilSaved(page);

    const map = await readSampleMap(t.dataDir.path);
    expect(map.evaluations.map((e) => [e.label, e.heldOn, e.responses.length])).toEqual([
      ['Spring review', '2025-03-01', 2],
      ['Autumn review', '2025-09-01', 1],
    ]);
    // Only question ids and numbers are kept: nothing that could name who answered.
    expect(map.evaluations[0]?.responses).toEqual([{ 'q-meetings': 2, 'q-goals-clear': 4 }, { 'q-meetings': 3, 'q-voice': 2 }]);

    await dialog.getByRole('tab', { name: 'Seven steps' }).click();
    const facts = dialog.getByRole('list', { name: 'What the map says about “Evaluate and improve”' });
    await facts.getByText('Autumn review of 2025-09-01: 1 form returned (kept without names).').waitFor();
    await facts.getByText('How we work: 4.0 of 5, up 1.7 since the round before.').waitFor();
    await facts.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'evaluation-step-seven');
    expect(app.errors).toEqual([]);
  });
});
