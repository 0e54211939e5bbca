// Patch saves on the real store: a patch made against the revision on disk lands exactly as the
// whole map would; a stale one, or one whose result breaks the map's rules, is refused and the
// file on disk stays byte for byte as it was.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/main/backend';
import { readMapFile } from '../../../electron/main/store';
import { updateStakeholder } from '../../../shared/edits';
import { parseChannelArgs } from '../../../shared/ipc';
import { diffMaps } from '../../../shared/map-patch';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const NOW = '2025-04-02T12:00:00.000Z';

describe('saveMapPatch', () => {
  const tempDir = useTempDirs();

  async function opened() {
    const backend = await createBackend({ dataDir: await tempDir(), dialogs: new ScriptedDialogs(), clock: () => new Date(NOW) });
    const created = await backend.newMap({ name: 'Patch Coalition', template: 'sample' });
    if (created.status !== 'opened') throw new Error('the sample did not open');
    return { backend, path: created.file.path, map: created.map };
  }

  it('writes the map the patch describes, and counts the revision on', async () => {
    const { backend, path, map } = await opened();
    try {
      const first = await backend.saveMap({ map });
      const renamed = updateStakeholder(map, map.stakeholders[2]!.id, { name: 'Renamed by a patch' }, { now: NOW });
      const args = parseChannelArgs('saveMapPatch', JSON.parse(JSON.stringify({ baseRevision: first.revision, patch: diffMaps(map, renamed) })), 0);
      const second = await backend.saveMapPatch(args);
      expect(second.revision).toBeGreaterThan(first.revision!);
      expect(await readMapFile(path)).toEqual(renamed);
    } finally {
      await backend.close();
    }
  });

  it('refuses a stale patch or a broken result and leaves the file as it was', async () => {
    const { backend, path, map } = await opened();
    try {
      const first = await backend.saveMap({ map });
      const renamed = updateStakeholder(map, map.stakeholders[2]!.id, { name: 'Once' }, { now: NOW });
      await backend.saveMapPatch({ baseRevision: first.revision!, patch: diffMaps(map, renamed)! });
      const again = updateStakeholder(map, map.stakeholders[2]!.id, { name: 'Twice' }, { now: NOW });
      await expect(backend.saveMapPatch({ baseRevision: first.revision!, patch: diffMaps(map, again)! })).rejects.toThrow(/^stale:/);
      const orphan = { ...renamed.ties[0]!, id: 'tie-to-nowhere', target: 'nobody' };
      const broken = diffMaps(renamed, { ...renamed, ties: [...renamed.ties, orphan] })!;
      const current = (await backend.saveMap({ map: renamed })).revision!;
      const afterWhole = await readFile(path);
      await expect(backend.saveMapPatch({ baseRevision: current, patch: broken })).rejects.toThrow(/unknown stakeholder "nobody"/);
      expect(await readFile(path)).toEqual(afterWhole);
    } finally {
      await backend.close();
    }
  });
});
