// Reopening a shared map whose file already holds everything the sync holds: the window is told
// there is nothing new, so it is not sent the whole map again (on 20,000 stakeholders that costs
// its thread a render of several hundred milliseconds), and the map file is not rewritten.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/main/backend';
import { updateStakeholder } from '../../../shared/edits';
import { useBackends } from '../backend/use-backends';
import { ScriptedDialogs } from '../backend/scripted-dialogs';

const backends = useBackends();

describe('reopening a shared map', () => {
  it('sends the window nothing when the map file already holds all the shared changes', async () => {
    const relay = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    const first = await ana.api.startSession({});
    if (first.status !== 'opened') throw new Error('no map');
    await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    const edited = updateStakeholder(first.map, first.map.stakeholders[1]!.id, { role: 'Treasurer' }, { now: '2026-12-04T10:00:00.000Z' });
    await ana.api.saveMap({ map: edited });
    await ana.api.syncSharedNow({});
    await ana.api.close();

    const again = await createBackend({ dataDir: ana.dataDir, dialogs: new ScriptedDialogs() });
    try {
      const reopened = await again.startSession({});
      if (reopened.status !== 'opened') throw new Error('no map');
      const bytes = await readFile(reopened.file.path);
      expect((await again.sharingStatus({})).incoming).toBeGreaterThan(0);
      expect(await again.takeSharedChanges({})).toBeNull();
      expect(await readFile(reopened.file.path)).toEqual(bytes);
    } finally {
      await again.close();
    }
  });
});
