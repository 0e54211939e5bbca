// The sample map the first run writes into a data folder: added to before the app starts, read
// back from disk after each step, and the status line that says the app has written it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createBackend, SAMPLE_FILE_NAME } from '../../../electron/main/backend';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { mapDocumentSchema } from '../../../shared/schema';
import { ScriptedDialogs } from './scripted-dialogs';

export function sampleMapPath(dataDir: string): string {
  return join(dataDir, 'maps', SAMPLE_FILE_NAME);
}

/** The sample map as it is on disk now, checked against the file format. */
export async function readSampleMap(dataDir: string): Promise<MapDocument> {
  return mapDocumentSchema.parse(JSON.parse(await readFile(sampleMapPath(dataDir), 'utf8')));
}

/** Waits until the status line says every change has reached the file. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

/**
 * Writes the sample map into `dataDir` through the real backend and appends the stakeholders
 * `extras` builds from the sample's first one (a complete record to start from).
 */
export async function addToSampleMap(dataDir: string, extras: (model: Stakeholder) => Stakeholder[]): Promise<void> {
  const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs() });
  const first = await backend.startSession({});
  if (first.status !== 'opened') throw new Error('the sample did not open');
  const [model] = first.map.stakeholders;
  if (!model) throw new Error('the sample has no stakeholders');
  await backend.saveMap({ map: { ...first.map, stakeholders: [...first.map.stakeholders, ...extras(model)] } });
  await backend.close();
}
