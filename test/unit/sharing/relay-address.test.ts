// What an organizer types as the relay becomes the settings the map's `.sharing` file keeps: an
// account typed into a CouchDB address is kept apart from it (never shown, never put next to an
// invite), a folder stays a folder, and both survive the settings file as the command line reads it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coalitionAddress, joinAddress, shownAddress } from '../../../electron/main/backend/sharing-relay';
import { newCoalitionKey } from '../../../electron/main/sync/seal';
import { describeRelay, readSharingFile, writeSharingFile } from '../../../electron/main/sync/sharing-file';
import { useTempDirs } from '../store/helpers/temp-dir';

const tempDir = useTempDirs();
const ID = '0123456789abcdef0123456789abcdef';

describe('relay addresses as sharing settings', () => {
  it('takes the account out of a CouchDB address and names the coalition database', () => {
    const relay = coalitionAddress(' https://ana:p%40ss@relay.example.org/ ', ID);
    expect(relay).toEqual({ kind: 'couch', url: `https://relay.example.org/coalition-${ID}`, user: 'ana', password: 'p@ss' });
    expect(shownAddress(relay)).toBe(`https://relay.example.org/coalition-${ID}`);
    expect(joinAddress(`https://relay.example.org/coalition-${ID}`)).toEqual({ kind: 'couch', url: `https://relay.example.org/coalition-${ID}` });
    expect(coalitionAddress('/media/usb/relay', ID)).toEqual({ kind: 'folder', path: `/media/usb/relay/coalition-${ID}` });
  });

  it('round-trips through the map’s .sharing file, and the command line’s description has no password', async () => {
    const mapPath = join(await tempDir(), 'harlow.coalition.json');
    const relay = coalitionAddress('http://ana:secret-word@127.0.0.1:5984', ID);
    const settings = { coalitionId: ID, key: newCoalitionKey().toString('base64'), relay, actor: 'org-0011223344556677', name: 'Ana' };
    await writeSharingFile(mapPath, settings, null);
    const back = await readSharingFile(mapPath, null);
    expect(back).toEqual(settings);
    expect(describeRelay(back.relay)).toBe(`http://127.0.0.1:5984/coalition-${ID} (account ana)`);
  });
});
