// The "moved" note in a signed map, through the channels the window uses on a real folder relay:
// the note the window leaves in the old copy when it moves is signed by the organizer who moved it,
// and a "moved" note forged by someone who holds the coalition key but is no member (unsigned, or
// signed with a key of their own) is refused: Ben's app neither says the map moved nor that he was
// removed (nor does `coalition-map sync status`), and keeps syncing with Ana. Genuine notes are still followed (the positive control).
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNote } from '../../../electron/main/sync/relay-note';
import { readSharingFile } from '../../../electron/main/sync/sharing-file';
import { documentMessage, newSigningKeys, splitCt, verifyText } from '../../../electron/main/sync/signing';
import { inviteFromWords } from '../../../shared/sharing/invite';
import { useBackends } from '../backend/use-backends';
import { outcomeOf, REPO_ROOT } from '../store/helpers/spawn-ts';
import { current, opened, sharedByAna, syncAll, withRole } from '../sync/helpers/backend-pair';

const backends = useBackends();

describe('signed "moved" notes in the window', () => {
  it('a forged note is not followed; the window signs its own and the others follow it', { timeout: 90_000 }, async () => {
    const { ana, start, anaMap, invite } = await sharedByAna(backends, (m) => m);
    const relay = invite.relay;
    const ben = await backends.start();
    await opened(ben.api);
    const joined = await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    await syncAll(ana.api, ben.api);
    const benId = (await ben.api.sharingStatus({})).youId ?? '';
    const anaKeys = (await readSharingFile(start.file.path, null)).signing;
    if (anaKeys === undefined) throw new Error('the window shares a signed map');

    // Whoever holds the invite's words holds the coalition key: they seal a note Ana "removed" Ben.
    const { key, coalitionId } = inviteFromWords(invite.words);
    const forged = { at: new Date().toISOString(), by: 'Ana', removed: [benId] };
    const file = join(relay, 'note-moved.note');
    const target = start.map.stakeholders[1]!;
    let benMap = joined.map;
    for (const [label, signer] of [['unsigned', undefined], ['a stranger', newSigningKeys()]] as const) {
      await writeNote({ kind: 'folder', path: relay }, 'moved', forged, { key, coalitionId, ...(signer === undefined ? {} : { signer }) });
      benMap = withRole(benMap, target.id, `Ben's edit with a note ${label} in the relay`);
      await ben.api.saveMap({ map: benMap });
      await syncAll(ben.api, ana.api);
      const status = await ben.api.sharingStatus({});
      expect({ label, state: status.state, moved: status.moved }).toEqual({ label, state: 'synced', moved: null });
      expect((await current(ana.api, anaMap)).stakeholders.find((s) => s.id === target.id)?.role).toBe(`Ben's edit with a note ${label} in the relay`);
      // The command line's `sync status` reads the note the same way.
      const cliStatus = await outcomeOf(spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/coalition-map.mjs'), 'sync', 'status', basename(joined.file.path)], { cwd: dirname(joined.file.path), stdio: 'pipe', env: { ...process.env, COALITION_PASSPHRASE: '', COALITION_DATA_DIR: ben.dataDir } }));
      expect({ label, out: cliStatus.stdout.match(/moved: .*/)?.[0], err: cliStatus.stderr }).toEqual({ label, out: 'moved:         no (this copy is the current one)', err: '' });
      await rm(file);
    }

    // The window's own note: signed by Ana, over its id in the old copy; Ben's app follows it.
    const move = await ana.api.startSharedCleanCopy({});
    expect(move.warnings).toEqual([]);
    const stored = splitCt(await readFile(file, 'utf8'));
    expect(stored.signer).toBe(anaKeys.publicKey);
    expect(verifyText(anaKeys.publicKey, documentMessage(coalitionId, 'note-moved', 'note', stored.ct), stored.signature ?? '')).toBe(true);
    await ben.api.syncSharedNow({});
    expect(await ben.api.sharingStatus({})).toMatchObject({ state: 'moved', moved: { by: 'Ana' } });
  });
});
