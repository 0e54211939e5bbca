// Two organizers for the placeholder tests: Ana holds confidential people (placeholders allowed or
// not), Ben joins; real sync files and a folder relay in a temp folder, and what the relay holds
// opened with the coalition key.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mainPart, placeholderRefreshOps, publishedPlaceholders } from '../../../../electron/main/sync/placeholder-policy';
import type { SharingSettings } from '../../../../electron/main/sync/sharing-file';
import { SyncPeer } from '../../../../electron/main/sync/sync-peer';
import { analysisMapOf } from '../../../../shared/analysis/analysis-map';
import { analyzeMap } from '../../../../shared/analysis/analyze';
import type { MapDocument, Stakeholder } from '../../../../shared/model';
import { sampleCoalition } from '../../../../shared/sample';
import { mapDocumentSchema } from '../../../../shared/schema';
import { mergeShared } from '../../../../shared/sharing/merge';
import type { Change } from '../../../../shared/sync/change';
import type { MapLike } from '../../../../shared/sync/map-ops';
import { coalition, HEADER, type Coalition } from './organizers';

export const NOW = '2026-03-01T10:00:00.000Z';
export const HELD = {
  id: 'local-held-4411',
  name: 'Ottoline Brackenridge',
  email: 'ob-held@example.org',
  phone: '+1 555 0142 2210',
  notes: 'held-note-c41d02',
  role: 'Canary caseworker',
  sector: 'canary-sector-93',
  address: '12 Canary Lane',
  tags: ['canary-tag-5e'],
  custom: { shelter: 'canary-custom-77' },
  categories: ['directly-affected'] as Stakeholder['categories'],
  stage: 'member' as const,
  confidential: true,
};
export const CANARIES = [HELD.id, HELD.name, HELD.email, HELD.phone, HELD.notes, HELD.role, HELD.sector, HELD.address, 'canary-tag-5e', 'canary-custom-77', 'held-tie'];

export function holderMap(extra: Partial<Stakeholder>[] = []): MapDocument {
  const map = sampleCoalition({ now: NOW });
  const base = map.stakeholders[0];
  const tie = map.ties[0];
  if (base === undefined || tie === undefined) throw new Error('empty sample');
  const people = [{ ...base, ...HELD }, ...extra.map((e) => ({ ...base, ...e }) as Stakeholder)];
  // The sample's own confidential people are made open, so what follows is about these alone.
  const sample = map.stakeholders.map((s) => ({ ...s, confidential: false }));
  return { ...map, stakeholders: [...sample, ...people], ties: [...map.ties, { ...tie, id: 'held-tie', source: HELD.id, target: base.id }] };
}

export function settingsOf(shared: Coalition, name: string, allowed: boolean): SharingSettings {
  const base: SharingSettings = { coalitionId: 'coalition-test', actor: `actor-${name.toLowerCase()}-0001`, name, key: Buffer.alloc(32, 7).toString('base64'), relay: { kind: 'folder', path: shared.relayFolder } };
  return allowed ? { ...base, placeholders: { secret: Buffer.alloc(32, 9).toString('base64') } } : base;
}

export async function organizers(dir: string, allowed: boolean, map: MapDocument = holderMap()) {
  const shared = coalition(dir);
  const anaSettings = settingsOf(shared, 'Ana', allowed);
  const open = (settings: SharingSettings) =>
    SyncPeer.open({ actor: settings.actor, name: settings.name, sealer: shared.sealer, relay: shared.relay, stateFile: join(dir, `${settings.name}.sync.json`), part: mainPart(settings) });
  const ana = await open(anaSettings);
  await ana.share(map);
  // The first refresh, as the app writes it after the first share.
  await ana.write(placeholderRefreshOps(ana, anaSettings, map, new Set(), NOW));
  await ana.sync();
  const benSettings = settingsOf(shared, 'Ben', false);
  const ben = await open(benSettings);
  await ben.join();
  await ana.sync();
  return { dir, shared, ana, ben, anaSettings, benSettings, map };
}

/** Every change on the relay, opened with the coalition key, as one text. */
export async function relayOpened(shared: Coalition): Promise<string> {
  return JSON.stringify(await changesSince(shared, new Set()));
}

/** The changes on the relay that were not there when `seen` was listed, each opened with the coalition key. */
export async function changesSince(shared: Coalition, seen: ReadonlySet<string>): Promise<Change[]> {
  const files = (await readdir(shared.relayFolder)).filter((f) => !seen.has(f));
  return Promise.all(files.map(async (f) => shared.sealer.open({ id: f.slice(0, 32), ct: await readFile(join(shared.relayFolder, f), 'utf8') })));
}

/** Ana's own placeholders left out of her view, as the app does: she sees the people instead. */
export function anaView(ana: SyncPeer, settings: SharingSettings, local: MapDocument): MapLike {
  return mergeShared(ana.map(HEADER), local, new Set(publishedPlaceholders(ana, settings, local).map((p) => p.id)));
}

export function people(map: MapLike): Stakeholder[] {
  return map.stakeholders as Stakeholder[];
}

export function coverage(map: MapLike) {
  return analyzeMap(analysisMapOf(mapDocumentSchema.parse(map))).coverage.map(({ category, members, onMap, status }) => ({ category, members, onMap, status }));
}

