// A shared map keeps its settings and sealed changes beside it. When the map file was deleted by
// hand and those two stayed, a new map must not land on that path: it would be shared into the old
// coalition without anyone asking. A new map with the same name gets the next free name instead.
import { access, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharingFilePath, syncFilePath } from '../../../electron/main/sync/sharing-file';
import { useBackends } from '../backend/use-backends';
import { opened } from '../sync/helpers/backend-pair';

const backends = useBackends();

describe('settings left beside a deleted map', () => {
  it('a new map never takes the path whose .sharing and .sync.json were left behind, so it is not shared', async () => {
    const relay = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    await opened(ana.api);
    const invite = await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    await ana.api.syncSharedNow({});
    const ben = await backends.start();
    await opened(ben.api);
    const joined = await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    // Ben opens another map, then deletes the shared one's file by hand; its two siblings stay.
    await ben.api.newMap({ name: 'Elsewhere', template: 'empty' });
    await rm(joined.file.path);
    await access(sharingFilePath(joined.file.path));
    await access(syncFilePath(joined.file.path));

    const fresh = await ben.api.newMap({ name: joined.map.coalition.name, template: 'empty' });
    expect(fresh.file.path).not.toBe(joined.file.path);
    expect((await ben.api.sharingStatus({})).state).toBe('not-shared');
  });
});
