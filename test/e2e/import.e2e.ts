// Importing and merging, driven as a person would: real files in a temp folder picked through the
// scripted file dialog, the real backend and worker, and the map file on disk checked after each
// step. Covers a sheet that needs its columns mapped (and one Undo taking the whole import back),
// a Windows-1252 sheet decoded after the user chooses its encoding, an Excel workbook through the
// same mapping, a merge review, and a hostile GEXF refused with nothing changed.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeMerge } from '../../shared/exchange/merge-maps';
import type { MapDocument, Stakeholder } from '../../shared/model';
import { emptyMap } from '../../shared/new-map';
import { stakeholderSchema } from '../../shared/schema';
import { EXCHANGE_FIXTURES } from '../unit/exchange/fixture-paths';
import { ScriptedDialogs, type LaunchedApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { chooseImport } from './support/import-dialog';
import { launchOnSample } from './support/launch-sample';
import { readSampleMap, waitUntilSaved } from './support/sample-map';
import { toolbarButton } from './support/toolbar';

const t = appPerTest('import', { filesFolder: true });
const onDisk = () => readSampleMap(t.dataDir.path);

/** The map without node positions, which the layout may save at any moment on its own. */
function content(map: MapDocument) {
  return { coalition: map.coalition, stakeholders: map.stakeholders.map(({ position: _position, ...rest }) => rest), ties: map.ties };
}

async function start(): Promise<{ app: LaunchedApp; dialogs: ScriptedDialogs }> {
  const dialogs = new ScriptedDialogs();
  return { app: await launchOnSample(t, dialogs), dialogs };
}

async function writeSheet(name: string, content: string | Buffer): Promise<string> {
  const path = join(t.files.path, name);
  await writeFile(path, content);
  return path;
}

const SHEET = [
  'Full name,Type,Groups,Org,Email',
  'Amara Okafor,person,directly affected,Riverside Tenants Union,amara@example.org',
  'Luis Ortega,person,service provider; policymaker,Riverside Tenants Union,luis@example.org',
  'Riverside Tenants Union,organization,interested public,,info@rtu.example',
  '',
].join('\n');

describe('importing a sheet', () => {
  it('maps the columns, shows what will be added, imports in one step that one Undo removes, and remembers the mapping', async () => {
    const { app: launched, dialogs } = await start();
    const { page } = launched;
    const before = await onDisk();
    const sheet = await writeSheet('people.csv', SHEET);

    let dialog = await chooseImport(launched.page, dialogs, sheet);
    // "Full name" and "Email" are recognised; the others need the user.
    expect(await dialog.getByLabel('What “Full name” holds').inputValue()).toBe('name');
    expect(await dialog.getByLabel('What “Email” holds').inputValue()).toBe('email');
    expect(await dialog.getByLabel('What “Type” holds').inputValue()).toBe('custom');
    await dialog.getByLabel('What “Type” holds').selectOption('kind');
    await dialog.getByLabel('What “Groups” holds').selectOption('categories');
    await dialog.getByLabel('What “Org” holds').selectOption('organization');
    // Two columns for one field is refused before anything is read.
    await dialog.getByLabel('What “Email” holds').selectOption('name');
    await dialog.getByText('both go to Name; choose one of them.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    await dialog.getByLabel('What “Email” holds').selectOption('email');
    await dialog.getByRole('cell', { name: 'Amara Okafor', exact: true }).waitFor();
    await saveScreenshot(page, 'import-mapping');
    expect(content(await onDisk())).toEqual(content(before));

    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(async () => dialog.getByRole('status').textContent()).toMatch(/^3 new · 0 to update · 0 already on the map/);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntilSaved(page);

    const after = await onDisk();
    expect(after.stakeholders).toHaveLength(before.stakeholders.length + 3);
    expect(after.ties).toHaveLength(before.ties.length + 2);
    const amara = after.stakeholders.find((s) => s.name === 'Amara Okafor');
    const union = after.stakeholders.find((s) => s.name === 'Riverside Tenants Union');
    expect(amara).toMatchObject({ kind: 'person', categories: ['directly-affected'], email: 'amara@example.org', source: 'people.csv' });
    expect(after.stakeholders.find((s) => s.name === 'Luis Ortega')?.categories).toEqual(['service-provider', 'policymaker']);
    expect(union?.kind).toBe('organization');
    expect(after.ties.filter((t) => t.target === union?.id && t.type === 'works-at')).toHaveLength(2);

    // One Undo takes the whole import back, on disk too.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await onDisk()).stakeholders.length).toBe(before.stakeholders.length);
    const undone = await onDisk();
    expect(undone.ties).toHaveLength(before.ties.length);
    expect(undone.stakeholders.map((s) => s.id)).toEqual(before.stakeholders.map((s) => s.id));

    // The same columns again: the choices come back; Cancel changes nothing.
    dialog = await chooseImport(launched.page, dialogs, sheet);
    await dialog.getByText('your choices from the last sheet with these columns').waitFor();
    expect(await dialog.getByLabel('What “Type” holds').inputValue()).toBe('kind');
    expect(await dialog.getByLabel('What “Org” holds').inputValue()).toBe('organization');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await onDisk()).stakeholders).toHaveLength(before.stakeholders.length);
    expect(dialogs.unexpected).toEqual([]);
    expect(launched.errors).toEqual([]);
    expect(launched.requests).toEqual([]);
  });

  it('refuses a Windows-1252 sheet naming the encoding, then decodes it once the user chooses it', async () => {
    const { app: launched, dialogs } = await start();
    const before = await onDisk();
    const sheet = await writeSheet('kontakte.csv', Buffer.from('Name,Email\nJosé Núñez,jose@example.org\nZoë Brontë,zoe@example.org\n', 'latin1'));

    const dialog = await chooseImport(launched.page, dialogs, sheet);
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/kontakte\.csv, line 2: the file is not UTF-8 .*Windows-1252/);
    expect(await dialog.getByLabel(/^Windows-1252/).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Decode with this encoding' }).click();
    await dialog.getByRole('cell', { name: 'José Núñez', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(async () => dialog.getByRole('status').textContent()).toMatch(/^2 new · 0 to update/);
    expect(await dialog.textContent()).toContain('read as WINDOWS-1252');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await onDisk()).stakeholders.length).toBe(before.stakeholders.length + 2);
    const names = (await onDisk()).stakeholders.map((s) => s.name);
    expect(names).toContain('José Núñez');
    expect(names).toContain('Zoë Brontë');
    expect(launched.errors).toEqual([]);
  });

  it('names the row a sheet cannot import, changes nothing, and lets the user go back to the columns', async () => {
    const { app: launched, dialogs } = await start();
    const before = await onDisk();
    const sheet = await writeSheet('gaps.csv', 'Name,Role\nAmara Okafor,Tenant organizer\n,Nurse\n');
    const dialog = await chooseImport(launched.page, dialogs, sheet);
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const leftOut = dialog.getByRole('region', { name: 'Rows left out' });
    await leftOut.waitFor();
    expect(await leftOut.getByRole('listitem').allTextContents()).toEqual(['gaps.csv, line 3, column "Name": the name is empty (every stakeholder needs one)']);
    await dialog.getByRole('button', { name: 'Back to columns' }).click();
    expect(await dialog.getByLabel('What “Role” holds').inputValue()).toBe('role');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(content(await onDisk())).toEqual(content(before));
    expect(launched.errors).toEqual([]);
  });

  it('imports an Excel workbook through the same column mapping, dates and all', async () => {
    const { app: launched, dialogs } = await start();
    const before = await onDisk();
    const workbook = await writeSheet('people.xlsx', await readFile(join(EXCHANGE_FIXTURES, 'people.xlsx')));
    const dialog = await chooseImport(launched.page, dialogs, workbook);
    expect(await dialog.getByLabel('What “Name” holds').inputValue()).toBe('name');
    expect(await dialog.getByLabel('What “Consent until” holds').inputValue()).toBe('consent_until');
    await dialog.getByRole('cell', { name: '2025-01-01', exact: true }).first().waitFor();
    await dialog.getByText('people.xlsx, sheet People, cell H1: the header "__proto__" is a reserved name').waitFor();
    await saveScreenshot(launched.page, 'import-xlsx-mapping');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(async () => dialog.getByRole('status').textContent()).toMatch(/^5 new · 0 to update/);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntilSaved(launched.page);
    const after = await onDisk();
    const ana = after.stakeholders.find((s) => s.name === 'Ana Ruiz');
    expect(ana).toMatchObject({ kind: 'person', categories: ['directly-affected'], email: 'ana@example.org', consentUntil: '2025-01-01', source: 'people.xlsx' });
    expect(after.stakeholders).toHaveLength(before.stakeholders.length + 5);
    expect(after.ties).toHaveLength(before.ties.length + 2);
    expect(launched.errors).toEqual([]);
  });

  it('refuses a GEXF with a DOCTYPE, says why, and changes nothing', async () => {
    const { app: launched, dialogs } = await start();
    const before = await onDisk();
    const hostile = await writeSheet(
      'network.gexf',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE gexf [<!ENTITY boom "boom">]>\n' +
        '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="&boom;"/></nodes><edges/></graph></gexf>\n',
    );
    const dialog = await chooseImport(launched.page, dialogs, hostile);
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/^network\.gexf, .*DOCTYPE/);
    await dialog.getByText('Nothing was imported; your map is as it was.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(content(await onDisk())).toEqual(content(before));
    expect(await launched.page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    expect(launched.errors).toEqual([]);
  });
});

function stakeholder(id: string, name: string, extra: Partial<Stakeholder> = {}): Stakeholder {
  const now = '2025-02-01T09:00:00.000Z';
  return stakeholderSchema.parse({ id, name, kind: 'person', categories: [], createdAt: now, updatedAt: now, ...extra });
}

/** A one-letter typo in the longest word of the name, e.g. "Okafor" -> "Okafer". */
function withTypo(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  const swapped = longest.slice(0, at) + (longest[at] === 'x' ? 'y' : 'x') + longest.slice(at + 1);
  return words.map((w) => (w === longest ? swapped : w)).join(' ');
}

/** Another organizer's map: one exact copy of a sample person, one near one, one newcomer. */
function otherMap(base: MapDocument): { map: MapDocument; exactOf: Stakeholder; nearOf: Stakeholder } {
  const people = base.stakeholders.filter((s) => s.kind === 'person' && !s.confidential && s.name.split(' ').length >= 2);
  for (const exactOf of people) {
    for (const nearOf of people) {
      if (nearOf === exactOf) continue;
      const map: MapDocument = {
        ...emptyMap('Eastside organizers'),
        stakeholders: [
          stakeholder('east-1', exactOf.name, { role: exactOf.role, email: exactOf.email, categories: ['influential'] }),
          stakeholder('east-2', withTypo(nearOf.name), { role: 'Volunteer driver', phone: '555-0199', area: 'Eastside' }),
          stakeholder('east-3', 'Ingrid Solberg-Achebe', { email: 'ingrid@example.org' }),
        ],
      };
      const { matches } = proposeMerge(base, map);
      const strengths = matches.map((m) => `${m.incomingId}:${m.baseId}:${m.strength}`);
      if (strengths.length === 2 && strengths[0] === `east-1:${exactOf.id}:exact` && strengths[1] === `east-2:${nearOf.id}:near`) {
        return { map, exactOf, nearOf };
      }
    }
  }
  throw new Error('no pair of sample people gives one exact and one near match');
}

describe('merging another map', () => {
  it('reviews each match side by side, merges the accepted exact one, keeps the rejected near one apart, in one undo step', async () => {
    const { app: launched, dialogs } = await start();
    const { page } = launched;
    const before = await onDisk();
    const { map: other, exactOf, nearOf } = otherMap(before);
    const otherPath = join(t.files.path, 'eastside.coalition.json');
    await writeFile(otherPath, JSON.stringify(other));

    dialogs.answerNextImport(otherPath);
    await (await toolbarButton(page, 'Merge another map…')).click();
    const dialog = page.getByRole('dialog', { name: 'Merge eastside.coalition.json' });
    const exact = dialog.getByRole('listitem', { name: 'match 1' });
    const near = dialog.getByRole('listitem', { name: 'match 2' });
    await exact.waitFor();
    expect(await exact.textContent()).toContain('Exact match');
    expect(await exact.textContent()).toContain(exactOf.name);
    expect(await near.textContent()).toContain('Near match');
    expect(await near.textContent()).toContain(nearOf.name);
    // Exact starts accepted, near starts rejected.
    expect(await exact.getByRole('button', { name: 'Accept: same stakeholder' }).getAttribute('aria-pressed')).toBe('true');
    expect(await near.getByRole('button', { name: 'Reject: keep both' }).getAttribute('aria-pressed')).toBe('true');
    // The user changes their mind twice, ending with the exact one accepted and the near one rejected.
    await near.getByRole('button', { name: 'Accept: same stakeholder' }).click();
    await dialog.getByRole('button', { name: 'Merge (2 pairs as one)' }).waitFor();
    await near.getByRole('button', { name: 'Reject: keep both' }).click();
    await exact.getByRole('button', { name: 'Accept: same stakeholder' }).click();
    await dialog.locator('.merge-matches').evaluate((list) => list.scrollTo(0, 0));
    await saveScreenshot(page, 'merge-review');
    expect(content(await onDisk())).toEqual(content(before));

    await dialog.getByRole('button', { name: 'Merge (1 pair as one)' }).click();
    await dialog.getByText('Merged: 2 stakeholders added, 1 merged with ones already on the map').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await waitUntilSaved(page);

    const after = await onDisk();
    expect(after.stakeholders).toHaveLength(before.stakeholders.length + 2);
    expect(after.stakeholders.filter((s) => s.name === exactOf.name)).toHaveLength(1);
    const keptApart = after.stakeholders.find((s) => s.name === withTypo(nearOf.name));
    expect(keptApart?.source).toBe('Eastside organizers (eastside.coalition.json)');
    expect(after.stakeholders.some((s) => s.name === nearOf.name)).toBe(true);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await onDisk()).stakeholders.length).toBe(before.stakeholders.length);
    expect(content(await onDisk())).toEqual(content(before));
    expect(launched.errors).toEqual([]);
  });
});
