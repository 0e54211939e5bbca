// Anonymous placeholders for confidential people, allowed by their holder (off by default): two
// organizers with real sync files, a folder relay and the holder's real `<map>.sharing` file. Every
// relay document, opened with the coalition key, holds no name, contact, note, tag, custom field,
// role or local id of a confidential person; the other organizer's coverage counts equal the
// holder's; the placeholder is a confidential stakeholder there (exports redact it) that the other
// organizer cannot write back; turning the option off removes the placeholders. Check 3.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowPlaceholders } from '../../../electron/main/sync/placeholder-policy';
import { readSharingFile, writeSharingFile } from '../../../electron/main/sync/sharing-file';
import { analysisMapOf } from '../../../shared/analysis/analysis-map';
import { analyzeMap } from '../../../shared/analysis/analyze';
import { exportMap } from '../../../shared/exchange/export-map';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { mergeShared } from '../../../shared/sharing/merge';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';
import { anaView, CANARIES, coverage, HELD, holderMap, NOW, organizers, people, relayOpened } from './helpers/placeholder-organizers';

const tempDir = useTempDirs();
describe('anonymous placeholders for confidential people', () => {
  it('are off by default: nothing of a confidential person is shared', async () => {
    const { shared, ben } = await organizers(await tempDir(), false);
    expect(people(ben.map(HEADER)).filter(isPlaceholder)).toEqual([]);
    const relay = await relayOpened(shared);
    for (const canary of CANARIES) expect(relay).not.toContain(canary);
  });

  it('carry only category and stage, under an id unlinked to the local one; coverage counts match', async () => {
    const { shared, ana, ben, anaSettings, map } = await organizers(await tempDir(), true);
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
    const anaSees = anaView(ana, anaSettings, map);
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
    const { ana, ben } = await organizers(await tempDir(), true);
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
    const { dir, ana, ben, anaSettings, map } = await organizers(await tempDir(), false);
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

  it('fail closed: a confidentiality value that is not plainly false counts as confidential', async () => {
    const odd = [
      { id: 'odd-string', name: 'Cassiopeia Oddvalue', confidential: 'no' as unknown as boolean },
      { id: 'odd-missing', name: 'Tiberius Novalue', confidential: undefined as unknown as boolean },
    ];
    const { shared, ben } = await organizers(await tempDir(), true, holderMap(odd));
    const relay = await relayOpened(shared);
    for (const canary of ['Cassiopeia', 'Tiberius', 'odd-string', 'odd-missing']) expect(relay).not.toContain(canary);
    expect(people(ben.map(HEADER)).filter(isPlaceholder)).toHaveLength(3);
  });
});
