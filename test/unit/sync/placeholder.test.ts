// Anonymous placeholders for confidential people, allowed by their holder (off by default): two
// organizers with real sync files, a folder relay and the holder's real `<map>.sharing` file. Every
// relay document, opened with the coalition key, holds no name, contact, note, tag, custom field,
// role or local id of a confidential person; the other organizer's coverage counts equal the
// holder's; the placeholder is a confidential stakeholder there (exports redact it) that the other
// organizer cannot write back; turning the option off removes the placeholders. Check 3.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowPlaceholders, mainPart, placeholderPolicy } from '../../../electron/main/sync/placeholder-policy';
import { readSharingFile, writeSharingFile, type SharingSettings } from '../../../electron/main/sync/sharing-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { analysisMapOf } from '../../../shared/analysis/analysis-map';
import { analyzeMap } from '../../../shared/analysis/analyze';
import { exportMap } from '../../../shared/exchange/export-map';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { mergeShared } from '../../../shared/sharing/merge';
import type { MapLike } from '../../../shared/sync/map-ops';
import { isPlaceholder, ownPlaceholderIds } from '../../../shared/sync/placeholders';
import { useTempDirs } from '../store/helpers/temp-dir';
import { coalition, HEADER, type Coalition } from './helpers/organizers';

const tempDir = useTempDirs();
const NOW = '2026-03-01T10:00:00.000Z';
const HELD = {
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
const CANARIES = [HELD.id, HELD.name, HELD.email, HELD.phone, HELD.notes, HELD.role, HELD.sector, HELD.address, 'canary-tag-5e', 'canary-custom-77', 'held-tie'];

function holderMap(extra: Partial<Stakeholder>[] = []): MapDocument {
  const map = sampleCoalition({ now: NOW });
  const base = map.stakeholders[0];
  const tie = map.ties[0];
  if (base === undefined || tie === undefined) throw new Error('empty sample');
  const people = [{ ...base, ...HELD }, ...extra.map((e) => ({ ...base, ...e }) as Stakeholder)];
  // The sample's own confidential people are made open, so what follows is about these alone.
  const sample = map.stakeholders.map((s) => ({ ...s, confidential: false }));
  return { ...map, stakeholders: [...sample, ...people], ties: [...map.ties, { ...tie, id: 'held-tie', source: HELD.id, target: base.id }] };
}

function settingsOf(shared: Coalition, name: string, allowed: boolean): SharingSettings {
  const base: SharingSettings = { coalitionId: 'coalition-test', actor: `actor-${name.toLowerCase()}-0001`, name, key: Buffer.alloc(32, 7).toString('base64'), relay: { kind: 'folder', path: shared.relayFolder } };
  return allowed ? { ...base, placeholders: { secret: Buffer.alloc(32, 9).toString('base64') } } : base;
}

async function organizers(allowed: boolean, map: MapDocument = holderMap()) {
  const dir = await tempDir();
  const shared = coalition(dir);
  const anaSettings = settingsOf(shared, 'Ana', allowed);
  const open = (settings: SharingSettings) =>
    SyncPeer.open({ actor: settings.actor, name: settings.name, sealer: shared.sealer, relay: shared.relay, stateFile: join(dir, `${settings.name}.sync.json`), part: mainPart(settings) });
  const ana = await open(anaSettings);
  await ana.share(map);
  await ana.sync();
  const benSettings = settingsOf(shared, 'Ben', false);
  const ben = await open(benSettings);
  await ben.join();
  await ana.sync();
  return { dir, shared, ana, ben, anaSettings, benSettings, map };
}

/** Every change on the relay, opened with the coalition key, as one text. */
async function relayOpened(shared: Coalition): Promise<string> {
  const files = await readdir(shared.relayFolder);
  const opened = await Promise.all(files.map(async (f) => shared.sealer.open({ id: f.slice(0, 32), ct: await readFile(join(shared.relayFolder, f), 'utf8') })));
  return JSON.stringify(opened);
}

function people(map: MapLike): Stakeholder[] {
  return map.stakeholders as Stakeholder[];
}

function coverage(map: MapLike) {
  return analyzeMap(analysisMapOf(mapDocumentSchema.parse(map))).coverage.map(({ category, members, onMap, status }) => ({ category, members, onMap, status }));
}

describe('anonymous placeholders for confidential people', () => {
  it('are off by default: nothing of a confidential person is shared', async () => {
    const { shared, ben } = await organizers(false);
    expect(people(ben.map(HEADER)).filter(isPlaceholder)).toEqual([]);
    const relay = await relayOpened(shared);
    for (const canary of CANARIES) expect(relay).not.toContain(canary);
  });

  it('carry only category and stage, under an id unlinked to the local one; coverage counts match', async () => {
    const { shared, ana, ben, anaSettings, map } = await organizers(true);
    const relay = await relayOpened(shared);
    for (const canary of CANARIES) expect(relay).not.toContain(canary);

    const stand = people(ben.map(HEADER)).filter(isPlaceholder);
    expect(stand).toHaveLength(1);
    expect(stand[0]).toEqual({
      id: expect.stringMatching(/^held-[0-9a-f]{32}$/) as string,
      name: 'Confidential person (held by Ana)',
      kind: 'person',
      categories: ['directly-affected'],
      stage: 'member',
      confidential: true,
      createdAt: '2000-01-01T00:00:00.000Z',
      updatedAt: '2000-01-01T00:00:00.000Z',
    });
    expect((ben.map(HEADER).ties as { source: string; target: string }[]).some((t) => t.source === stand[0]?.id || t.target === stand[0]?.id)).toBe(false);

    // The holder sees the person, not the placeholder; the other organizer the placeholder.
    const anaSees = mergeShared(ana.map(HEADER), map, ownPlaceholderIds(map, placeholderPolicy(anaSettings)));
    expect(people(anaSees).filter(isPlaceholder)).toEqual([]);
    expect(people(anaSees).map((s) => s.id)).toContain(HELD.id);
    expect(coverage(ben.map(HEADER))).toEqual(coverage(anaSees));
    expect(coverage(ben.map(HEADER))).not.toEqual(coverage(mapDocumentSchema.parse({ ...ben.map(HEADER), stakeholders: people(ben.map(HEADER)).filter((s) => !isPlaceholder(s)) })));

    // On the other device, exports treat it as any confidential stakeholder.
    const exported = new TextDecoder().decode(exportMap(mapDocumentSchema.parse(ben.map(HEADER)), { format: 'json', includeConfidential: false, includeSensitive: false, today: '2026-03-02' }).bytes);
    expect(exported).not.toContain('held by Ana');
    expect(exported).toContain('Confidential stakeholder 1');
    // The analysis (what the printed brief is written from) names it like any confidential stakeholder.
    const figures = analyzeMap(analysisMapOf(mapDocumentSchema.parse(ben.map(HEADER)))).stakeholders.find((s) => s.id === stand[0]?.id);
    expect(figures?.name).toMatch(/^Confidential stakeholder \d+$/);
  });

  it('cannot be written back by another organizer, who keeps seeing the holder\'s version', async () => {
    const { ana, ben } = await organizers(true);
    const start = ben.map(HEADER);
    const stand = people(start).find(isPlaceholder);
    if (stand === undefined) throw new Error('no placeholder');
    const edited = { ...start, stakeholders: people(start).map((s) => (s.id === stand.id ? { ...s, name: 'Guessed name', confidential: false, stage: 'core' as const } : s)) };
    expect(await ben.record(start, edited)).toBe(0);
    await ben.sync();
    await ana.sync();
    expect(people(ana.map(HEADER)).find((s) => s.id === stand.id)).toEqual(stand);
    expect(people(mergeShared(ben.map(HEADER), edited)).find((s) => s.id === stand.id)).toEqual(stand);
  });

  it('turn on and off with the map\'s sharing setting; off removes them from the shared map', async () => {
    const { dir, ana, ben, anaSettings, map } = await organizers(false);
    const mapPath = join(dir, 'ana.coalition-map');
    await writeSharingFile(mapPath, anaSettings, null);
    const on = await allowPlaceholders(mapPath, anaSettings, null, ana, map, true);
    expect((await readSharingFile(mapPath, null)).placeholders?.secret).toBe(on.placeholders?.secret);
    await ana.sync();
    await ben.sync();
    expect(people(ben.map(HEADER)).filter(isPlaceholder)).toHaveLength(1);
    const off = await allowPlaceholders(mapPath, on, null, ana, map, false);
    expect((await readSharingFile(mapPath, null)).placeholders).toBeUndefined();
    expect(off.placeholders).toBeUndefined();
    await ana.sync();
    await ben.sync();
    expect(people(ben.map(HEADER)).filter(isPlaceholder)).toEqual([]);
    expect(people(ben.map(HEADER)).map((s) => s.id).sort()).toEqual(people(sampleCoalition({ now: NOW })).map((s) => s.id).sort());
    expect(people(ben.map(HEADER)).some((s) => s.confidential)).toBe(false);
  });

  it('a person made confidential later leaves the shared map and becomes a placeholder', async () => {
    const open = { id: 'later-held', name: 'Philippa Later', categories: ['policymaker'] as Stakeholder['categories'], stage: 'core' as const, confidential: false };
    const { shared, ana, ben, map } = await organizers(true, holderMap([open]));
    expect(people(ben.map(HEADER)).map((s) => s.id)).toContain('later-held');
    const before = new Set(await readdir(shared.relayFolder));
    const after = { ...map, stakeholders: map.stakeholders.map((s) => (s.id === 'later-held' ? { ...s, confidential: true } : s)) };
    await ana.record(map, after);
    await ana.sync();
    await ben.sync();
    expect(people(ben.map(HEADER)).map((s) => s.id)).not.toContain('later-held');
    expect(people(ben.map(HEADER)).filter(isPlaceholder).map((s) => [s.categories, s.stage])).toEqual(expect.arrayContaining([[['policymaker'], 'core'], [['directly-affected'], 'member']]));
    const fresh = (await readdir(shared.relayFolder)).filter((f) => !before.has(f));
    const written = JSON.stringify(await Promise.all(fresh.map(async (f) => shared.sealer.open({ id: f.slice(0, 32), ct: await readFile(join(shared.relayFolder, f), 'utf8') }))));
    expect(written).not.toContain('Philippa');
  });

  it('fail closed: a confidentiality value that is not plainly false counts as confidential', async () => {
    const odd = [
      { id: 'odd-string', name: 'Cassiopeia Oddvalue', confidential: 'no' as unknown as boolean },
      { id: 'odd-missing', name: 'Tiberius Novalue', confidential: undefined as unknown as boolean },
    ];
    const { shared, ben } = await organizers(true, holderMap(odd));
    const relay = await relayOpened(shared);
    for (const canary of ['Cassiopeia', 'Tiberius', 'odd-string', 'odd-missing']) expect(relay).not.toContain(canary);
    expect(people(ben.map(HEADER)).filter(isPlaceholder)).toHaveLength(3);
  });
});
