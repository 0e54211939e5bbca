// Windows for the sharing end-to-end tests: each launched on its own data folder and closed, with
// the relays the test started stopped and its temporary folders removed, after each test; and the
// steps every sharing test takes the same way: share the map and read the invite card, invite one
// more organizer, join with an invite, change a person's role, the sharing bar's status, the list's rows.
import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { launchApp, type LaunchedApp } from '../harness';
import { makeTempDir, type TempDir } from './files';
import { startRelay, type RelayProcess } from './relay-server';
import { waitUntilSaved } from './sample-map';

/** What an invite card shows: the words and the relay address. */
export interface CardInvite {
  readonly words: string;
  readonly relay: string;
}

const SLOW = { timeout: 45_000 };

/** Registers the clean-up; returns how to make a temporary folder, start a relay and launch a window on a data folder. */
export function useSharingWindows() {
  const opened: { apps: LaunchedApp[]; relays: RelayProcess[]; dirs: TempDir[] } = { apps: [], relays: [], dirs: [] };
  afterEach(async () => {
    for (const app of opened.apps.splice(0)) await app.close();
    for (const relay of opened.relays.splice(0)) await relay.stop();
    for (const dir of opened.dirs.splice(0)) await dir.remove();
  });
  return {
    async tempDir(label: string): Promise<TempDir> {
      const dir = await makeTempDir(label);
      opened.dirs.push(dir);
      return dir;
    },
    /** A real pouchdb-server on 127.0.0.1 keeping its data in `dir`; `port` brings a stopped one back. */
    async startRelay(dir: string, port?: number): Promise<RelayProcess> {
      const relay = await startRelay(dir, port);
      opened.relays.push(relay);
      return relay;
    },
    async launch(dataDir: string): Promise<LaunchedApp> {
      const app = await launchApp({ dataDir });
      opened.apps.push(app);
      await waitUntilSaved(app.page);
      return app;
    },
  };
}

/** Waits until the sharing bar's status says `text`. */
export async function waitForSharingStatus(page: Page, text: string | RegExp, timeout: number): Promise<void> {
  await page.getByRole('region', { name: 'Sharing' }).getByRole('status').filter({ hasText: text }).waitFor({ timeout });
}

/** The rows of the list view's table. */
export function listRows(page: Page) {
  return page.getByRole('table', { name: 'Stakeholders' }).getByRole('row');
}

/** The invite card for `name` in the dialog called `dialogName`, once it shows. */
export async function inviteCard(page: Page, dialogName: string, name: string): Promise<CardInvite> {
  const card = page.getByRole('dialog', { name: dialogName }).getByRole('region', { name: `Invite for ${name}` });
  await card.waitFor(SLOW);
  return { words: await card.getByLabel('Invite words', { exact: true }).inputValue(), relay: await card.getByLabel('Relay address', { exact: true }).inputValue() };
}

/**
 * "Share this map…" as Ana, on `relay`, inviting `inviteName`: returns the invite card and leaves the
 * dialog open (the caller looks at it, then calls `done`).
 */
export async function shareAsAna(page: Page, relay: string, inviteName: string): Promise<{ invite: CardInvite; done: () => Promise<void> }> {
  await page.getByRole('button', { name: 'Share this map…' }).click();
  const share = page.getByRole('dialog', { name: 'Share this map' });
  await share.getByLabel('Your name (shown to the others)').fill('Ana');
  await share.getByLabel(/^Relay address/).fill(relay);
  await share.getByLabel('Invite an organizer named').fill(inviteName);
  await share.getByRole('button', { name: 'Share and make the invite' }).click();
  const invite = await inviteCard(page, 'Share this map', inviteName);
  return { invite, done: () => share.getByRole('button', { name: 'Done' }).click() };
}

/** "Invite an organizer…" for `name`: the invite card's words and address; the dialog is closed. */
export async function inviteOrganizer(page: Page, name: string): Promise<CardInvite> {
  await page.getByRole('button', { name: 'Invite an organizer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite an organizer' });
  await dialog.getByLabel('Invite an organizer named').fill(name);
  await dialog.getByRole('button', { name: 'Make the invite' }).click();
  const invite = await inviteCard(page, 'Invite an organizer', name);
  await dialog.getByRole('button', { name: 'Done' }).click();
  return invite;
}

/** Where a join starts and ends: the shared map's own (the default) or a restricted record's. */
export interface JoinDialog {
  readonly button: string;
  readonly title: string;
  readonly submit: string;
}

const JOIN_SHARED_MAP: JoinDialog = { button: 'Join a shared map…', title: 'Join a shared map', submit: 'Join' };

/** Joins with `invite` through the dialog; a join that fails throws with what the dialog says. */
export async function joinWith(page: Page, invite: CardInvite, timeout: number, via: JoinDialog = JOIN_SHARED_MAP): Promise<void> {
  await page.getByRole('button', { name: via.button }).click({ timeout });
  const dialog = page.getByRole('dialog', { name: via.title });
  await dialog.getByLabel('Invite words', { exact: true }).fill(invite.words);
  await dialog.getByLabel(/relay address$/i).fill(invite.relay);
  await dialog.getByRole('button', { name: via.submit, exact: true }).click();
  await dialog.waitFor({ state: 'detached', timeout }).catch(async (e: unknown) => {
    throw new Error(`${via.title} dialog stayed: ${await dialog.innerText()}`, { cause: e });
  });
}

/** Gives `person` the role `role` in the list's details panel and waits until it is saved. */
export async function setRoleOf(page: Page, person: string, role: string): Promise<void> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: new RegExp(person) }).first().click();
  const details = page.getByRole('form', { name: `Details of ${person}` });
  await details.getByLabel('Role or title').fill(role);
  await details.getByRole('button', { name: 'Save', exact: true }).click();
  await waitUntilSaved(page);
}
