// A map shared in the window is the same shared map to the command line: the window's backend keeps
// the settings beside the map (`<map>.sharing`) and its sealed changes in `<map>.sync.json`, so the
// built `coalition-map sync status` finds the relay and the organizers there, also after the map got
// a passphrase (the settings are written again under it at once, even before the sync had started)
// and then with that passphrase only; removing it makes them plain again.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/main/backend';
import { ScriptedDialogs } from '../backend/scripted-dialogs';
import { useBackends } from '../backend/use-backends';
import { outcomeOf, REPO_ROOT } from '../store/helpers/spawn-ts';
import { opened } from '../sync/helpers/backend-pair';

const backends = useBackends();

function cli(dir: string, args: readonly string[], passphrase = '') {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/coalition-map.mjs'), ...args], { cwd: dir, stdio: 'pipe', env: { ...process.env, COALITION_PASSPHRASE: passphrase, COALITION_DATA_DIR: join(dir, 'cli-data') } });
  return outcomeOf(child);
}

describe('a map shared in the window, seen by coalition-map sync', () => {
  it('status shows the relay, you and both organizers; after a passphrase is set it needs that passphrase', { timeout: 120_000 }, async () => {
    const relay = join(await backends.tempDir(), 'relay');
    const ana = await backends.start();
    const ben = await backends.start();
    const mapPath = (await opened(ana.api)).file.path;
    const invite = await ana.api.shareMap({ yourName: 'Ana', relay, inviteName: 'Ben' });
    await ana.api.syncSharedNow({});
    await opened(ben.api);
    await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
    await ana.api.syncSharedNow({});

    const plain = await cli(dirname(mapPath), ['sync', 'status', mapPath]);
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`relay:         the folder ${invite.relay}`);
    expect(plain.stdout).toMatch(/you: +Ana\n/);
    expect(plain.stdout).toMatch(/organizers: +2 \(Ana, Ben\)/);
    expect(plain.stdout).toMatch(/waiting: +nothing waiting to send/);

    // Ana opens the app again and sets a passphrase before anything asked for the sharing status.
    await ana.api.close();
    const again = await createBackend({ dataDir: ana.dataDir, dialogs: new ScriptedDialogs() });
    await opened(again);
    const passphrase = 'a long passphrase for the test';
    await again.setPassphrase({ current: null, next: passphrase });
    await again.close();
    const refused = await cli(dirname(mapPath), ['sync', 'status', mapPath]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/encrypted/);
    const encrypted = await cli(dirname(mapPath), ['sync', 'status', mapPath], passphrase);
    expect(encrypted.stderr).toBe('');
    expect(encrypted.code).toBe(0);
    expect(encrypted.stdout).toMatch(/organizers: +2 \(Ana, Ben\)/);
    // The window reads the settings it rewrote, under the passphrase.
    const unlocked = await createBackend({ dataDir: ana.dataDir, dialogs: new ScriptedDialogs() });
    try {
      const locked = await unlocked.startSession({});
      expect(locked).toMatchObject({ status: 'problem', reason: 'encrypted' });
      expect((await unlocked.unlockMap({ path: mapPath, passphrase })).status).toBe('opened');
      expect((await unlocked.sharingStatus({})).members).toEqual(['Ana', 'Ben']);
      // Removing the passphrase writes them plain again, and the command line needs none.
      await unlocked.setPassphrase({ current: passphrase, next: null });
      const plainAgain = await cli(dirname(mapPath), ['sync', 'status', mapPath]);
      expect(plainAgain.stderr).toBe('');
      expect(plainAgain.stdout).toMatch(/organizers: +2 \(Ana, Ben\)/);
    } finally {
      await unlocked.close();
    }
  });
});
